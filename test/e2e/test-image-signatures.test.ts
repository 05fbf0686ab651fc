/**
 * test-image with a policy `signatures:` section against the real
 * docker-registry 2.8 on loopback, run in process through main() (the same
 * path as the bundle: inputs, report files, verdict): an unsigned image
 * fails SIG-001, a signed one passes, the wrong key fails SIG-002, each in
 * SARIF and JUnit too; a local layout gets a notice, not a verdict.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { memoryIO } from '../../shared/src/action/io.js';
import { main } from '../../shared/src/action/run-action.js';
import { generateSigningKeyPair } from '../../shared/src/attest/keys.js';
import { bundleReferrer } from '../../shared/src/attest/referrer.js';
import { createSigner, signImage } from '../../shared/src/attest/sign.js';
import { assertDistributed } from '../../shared/src/distribute/distribute.js';
import { pushImage } from '../../shared/src/distribute/push-image.js';
import { RegistryClient } from '../../shared/src/registry/client/client.js';
import { attachReferrers } from '../../shared/src/distribute/referrers-push.js';
import { testImage } from '../../test-image/src/run.js';
import { inputEnv } from '../../scripts/local/run-bundle.js';
import { makeLayout } from '../support/image-fixture.js';
import { startRegistry, type Registry } from '../support/registry.js';

let ws: string;
let reg: Registry;
let layout: string;
const keyA = generateSigningKeyPair();
const keyB = generateSigningKeyPair();

const clientOf = (): RegistryClient => new RegistryClient({ registry: reg.host, plainHttp: true, credentials: async () => undefined });

async function push(repo: string): Promise<string> {
  const r = await pushImage({ images: [layout], destinations: [`${reg.host}/${repo}`], tags: ['1'] });
  assertDistributed(r);
  return r.digest;
}

async function run(image: string, policy: string) {
  const io = memoryIO();
  const out = path.join(ws, 'out', policy.replace(/\W/g, '-') + '-' + image.replace(/\W/g, '-'));
  const env = {
    GITHUB_WORKSPACE: ws,
    RUNNER_TEMP: path.join(ws, 'rt'),
    ...inputEnv({ image, policy, rules: 'none', sarif: `${out}.sarif`, junit: `${out}.xml` }),
  };
  await main(testImage, env, io);
  return { io, sarif: await fs.readFile(`${out}.sarif`, 'utf8').catch(() => ''), junit: await fs.readFile(`${out}.xml`, 'utf8').catch(() => '') };
}

beforeAll(async () => {
  ws = await fs.mkdtemp(path.join(os.tmpdir(), 'test-image-sig-'));
  reg = await startRegistry();
  layout = path.join(ws, 'layout');
  await makeLayout(layout, { layers: [{ files: { 'etc/hello': 'hello\n' } }] });
  await fs.mkdir(path.join(ws, 'policy/keys'), { recursive: true });
  await fs.writeFile(path.join(ws, 'policy/keys/a.pub'), keyA.publicKeyPem);
  await fs.writeFile(path.join(ws, 'policy/keys/b.pub'), keyB.publicKeyPem);
  await fs.writeFile(path.join(ws, 'policy/a.yml'), 'schemaVersion: 2.0.0\nsignatures:\n  keys: [keys/a.pub]\n');
  await fs.writeFile(path.join(ws, 'policy/b.yml'), 'schemaVersion: 2.0.0\nsignatures:\n  keys: [keys/b.pub]\n');
  await fs.writeFile(path.join(ws, 'policy/escape.yml'), 'schemaVersion: 2.0.0\nsignatures:\n  keys: [../../../etc/passwd]\n');

  await push('unsigned/app');
  const signed = await push('signed/app');
  const sig = bundleReferrer(await signImage(createSigner({ kind: 'key', privateKeyPem: keyA.privateKeyPem }), signed), new Date());
  const head = await clientOf().headManifest('signed/app', signed, ['pull']);
  await attachReferrers(clientOf(), 'signed/app', { mediaType: head?.mediaType ?? '', digest: signed as never, size: head?.size ?? 0 }, [
    { artifactType: sig.artifactType, blobs: [{ mediaType: sig.layerMediaType, bytes: sig.layer }], annotations: sig.annotations },
  ]);
}, 120_000);

afterAll(async () => {
  await reg?.stop();
  await fs.rm(ws, { recursive: true, force: true });
});

describe('test-image verifies signatures of a registry image', () => {
  test('an unsigned image fails SIG-001 when the policy requires a signature', async () => {
    const r = await run(`${reg.host}/unsigned/app:1`, 'policy/a.yml');
    expect(r.io.recorded.outputs.result).toBe('failed');
    expect(r.io.recorded.failed).toBeDefined();
    expect(r.sarif).toContain('"ruleId": "SIG-001"');
    expect(r.junit).toContain('SIG-001');
    expect(r.io.recorded.summary).toContain('SIG-001');
  }, 60_000);

  test('a signed image passes with the right key', async () => {
    const r = await run(`${reg.host}/signed/app:1`, 'policy/a.yml');
    expect(r.io.recorded.failed).toBeUndefined();
    expect(r.io.recorded.outputs.result).toBe('passed');
    expect(r.io.recorded.outputs.findings).toBe('0');
    expect(r.sarif).not.toContain('SIG-00');
  }, 60_000);

  test('the wrong key fails SIG-002', async () => {
    const r = await run(`${reg.host}/signed/app:1`, 'policy/b.yml');
    expect(r.io.recorded.outputs.result).toBe('failed');
    expect(r.sarif).toContain('"ruleId": "SIG-002"');
    expect(r.sarif).not.toContain('SIG-001');
  }, 60_000);

  test('a key path leaving the workspace is refused, naming the field', async () => {
    const r = await run(`${reg.host}/signed/app:1`, 'policy/escape.yml');
    expect(r.io.recorded.failed).toMatch(/signatures\.keys\[0\].*expected a file inside the workspace/);
  }, 60_000);

  test('a local layout gets a notice: it has no referrers', async () => {
    await fs.cp(layout, path.join(ws, 'local-layout'), { recursive: true });
    const r = await run(`oci:${path.join(ws, 'local-layout')}`, 'policy/a.yml');
    expect(r.io.recorded.failed).toBeUndefined();
    expect(r.io.recorded.outputs.result).toBe('passed');
    expect(JSON.stringify(r.io.recorded)).toContain('has no referrers');
  }, 60_000);
});
