/**
 * A small token service for docker-registry's `auth: token`: answers
 * `GET /token?service=&scope=` (Basic credentials checked against a user
 * table) with an RS256 JWT signed by a self-made certificate (openssl), the
 * certificate carried in the `x5c` header and trusted by the registry
 * through `rootcertbundle`. Counts the tokens it hands out.
 */
import { execFileSync } from 'node:child_process';
import { createSign, randomBytes, X509Certificate } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

export interface TokenIssuer {
  realm: string;
  service: string;
  issuer: string;
  /** `extraConfig` for startRegistry. */
  registryConfig: string;
  /** Tokens issued so far, with the scopes asked for. */
  issued: Array<{ user: string | undefined; scopes: string[] }>;
  stop(): Promise<void>;
}

export interface TokenIssuerOptions {
  users: Record<string, string>;
  /** Token lifetime in seconds (default 300). */
  ttl?: number;
  /** Actions a user gets on a repository; default all it asks for when authenticated, pull when anonymous. */
  grant?: (user: string | undefined, repository: string, asked: string[]) => string[];
  /** The first n tokens are already expired (past the registry's 60 s leeway) while expires_in says otherwise. */
  expiredFirst?: number;
}

const b64url = (b: Buffer | string): string => Buffer.from(b).toString('base64url');

export async function startTokenIssuer(opts: TokenIssuerOptions): Promise<TokenIssuer> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'token-issuer-'));
  const keyPath = path.join(dir, 'key.pem');
  const certPath = path.join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyPath, '-out', certPath, '-days', '2', '-subj', '/CN=test-token-issuer'],
    { stdio: 'ignore' },
  );
  const key = await fs.readFile(keyPath, 'utf8');
  const certDer = new X509Certificate(await fs.readFile(certPath)).raw;
  const service = 'test-registry';
  const issuer = 'test-issuer';
  const issued: TokenIssuer['issued'] = [];
  const grant = opts.grant ?? ((user, _repo, asked) => (user === undefined ? asked.filter((a) => a === 'pull') : asked));

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname !== '/token') {
      res.writeHead(404).end();
      return;
    }
    let user: string | undefined;
    const authz = req.headers.authorization;
    if (authz !== undefined) {
      const decoded = Buffer.from(authz.replace(/^Basic /i, ''), 'base64').toString();
      const i = decoded.indexOf(':');
      const [u, p] = [decoded.slice(0, i), decoded.slice(i + 1)];
      if (opts.users[u] !== p) {
        res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'bad credentials' }] }));
        return;
      }
      user = u;
    }
    const scopes = url.searchParams.getAll('scope');
    issued.push({ user, scopes });
    const access = scopes.flatMap((s) => {
      const m = /^repository:([^:]+):(.*)$/.exec(s);
      if (m === null) return [];
      return [{ type: 'repository', name: m[1] as string, actions: grant(user, m[1] as string, (m[2] as string).split(',')) }];
    });
    const now = Math.floor(Date.now() / 1000);
    const ttl = opts.ttl ?? 300;
    const stale = issued.length <= (opts.expiredFirst ?? 0);
    const header = { alg: 'RS256', typ: 'JWT', x5c: [certDer.toString('base64')] };
    const claims = {
      iss: issuer,
      sub: user ?? '',
      aud: url.searchParams.get('service') ?? service,
      exp: stale ? now - 600 : now + ttl,
      nbf: now - (stale ? 900 : 10),
      iat: now - (stale ? 900 : 0),
      jti: randomBytes(8).toString('hex'),
      access,
    };
    const signingInput = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
    const signature = createSign('RSA-SHA256').update(signingInput).sign(key);
    const token = `${signingInput}.${b64url(signature)}`;
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ token, access_token: token, expires_in: ttl, issued_at: new Date().toISOString() }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const realm = `http://127.0.0.1:${(server.address() as AddressInfo).port}/token`;
  const registryConfig = [
    'auth:',
    '  token:',
    `    realm: ${realm}`,
    `    service: ${service}`,
    `    issuer: ${issuer}`,
    `    rootcertbundle: ${certPath}`,
  ].join('\n');
  return {
    realm,
    service,
    issuer,
    registryConfig,
    issued,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}
