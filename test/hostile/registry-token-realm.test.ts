/**
 * Attack: an https registry answers with a Bearer challenge whose realm is
 * plain http on another host, so the Basic credentials the client sends for
 * a token travel in clear to whoever runs it. Defence: origin.ts's
 * checkRealm, asked by auth.ts before anything is sent: credentials go to an
 * http:// realm only when the registry itself is plain HTTP.
 */
import { afterAll, afterEach, beforeAll, expect, test } from '@jest/globals';
import { PipelineError } from '../../shared/src/errors.js';
import { digestBytes } from '../../shared/src/oci/digest.js';
import { RegistryClient } from '../../shared/src/registry/client/client.js';
import type { Credentials } from '../../shared/src/registry/credentials/credentials.js';
import { startHostileServer, trustAnyCertificate, type HostileServer } from '../support/hostile-server.js';

const PASSWORD = 'realm-password-never-leaves';
const creds: Credentials = { username: 'realm-user', password: PASSWORD, source: 'the test' };
const NO_RETRY = { attempts: 1, baseDelayMs: 1, maxDelayMs: 1, budgetMs: 1 };
const digest = digestBytes(Buffer.from('x'));

/** The realm: records who asks and hands out a token to anyone. */
let realm: HostileServer;
let untrust: () => void;

beforeAll(async () => {
  untrust = trustAnyCertificate();
  realm = await startHostileServer((req, res) => {
    const body = JSON.stringify({ token: 'tok', expires_in: 300 });
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(body.length) }).end(body);
    req.resume();
  });
});
afterAll(async () => {
  untrust();
  await realm.stop();
});

let registry: HostileServer | undefined;
afterEach(async () => {
  await registry?.stop();
  registry = undefined;
  realm.requests.length = 0;
});

/** A registry that wants a bearer token from the http realm above, then answers 404 to everything. */
async function challenging(tls: boolean): Promise<HostileServer> {
  return startHostileServer(
    (req, res) => {
      req.resume();
      if (req.headers.authorization === 'Bearer tok') res.writeHead(req.url === '/v2/' ? 200 : 404, { 'content-length': '0' }).end();
      else res.writeHead(401, { 'www-authenticate': `Bearer realm="${realm.origin}/token",service="hostile"`, 'content-length': '0' }).end();
    },
    { tls },
  );
}

const client = (reg: HostileServer, plainHttp: boolean, credentials: Credentials | undefined): RegistryClient =>
  new RegistryClient({ registry: reg.host, plainHttp, credentials: async () => credentials, retry: NO_RETRY });

test('an https registry with an http realm: refused before the credentials leave, naming the registry, the realm and the fix', async () => {
  registry = await challenging(true);
  const c = client(registry, false, creds);
  await c.ping();
  const e: unknown = await c.blobExists('app', digest).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(PipelineError);
  const err = e as PipelineError;
  expect(err.code).toBe('AUTH');
  expect(err.message).toContain(`${registry.host} is served over https but sends its token realm over plain http (${realm.origin}/token)`);
  expect(err.hint).toMatch(/https:\/\/ realm.*insecure-registries/);
  expect(err.message).not.toContain(PASSWORD);
  // Not one request reached the realm.
  expect(realm.requests).toEqual([]);
});

test('a plain-http registry (loopback) may use an http realm: the user already chose clear text', async () => {
  registry = await challenging(false);
  const c = client(registry, true, creds);
  await c.ping();
  await expect(c.blobExists('app', digest)).resolves.toBe(false);
  expect(realm.requests.map((r) => r.headers.authorization)).toEqual([`Basic ${Buffer.from(`realm-user:${PASSWORD}`).toString('base64')}`]);
});

test('anonymous pulls from an https registry may still get a token from an http realm: there is nothing to leak', async () => {
  registry = await challenging(true);
  const c = client(registry, false, undefined);
  await c.ping();
  await expect(c.blobExists('app', digest, ['pull'])).resolves.toBe(false);
  expect(realm.requests.length).toBe(1);
  expect(realm.requests[0]?.headers.authorization).toBeUndefined();
});
