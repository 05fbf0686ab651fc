/**
 * Sigstore on loopback for keyless signing tests: @sigstore/mock's Fulcio
 * (with its CT log), Rekor and timestamp authority handlers served over real
 * HTTP on 127.0.0.1, and a fake GitHub Actions OIDC token endpoint (the
 * ACTIONS_ID_TOKEN_REQUEST_URL protocol). The real @sigstore/sign clients talk
 * to it through their URL options; its trusted root is what verifiers trust.
 *
 * State kept: the tokens issued (Fulcio refuses a token it did not issue, or
 * one for another audience, as the real one does), every request with its
 * answer, the log entries. Faults on request per service: an HTTP status
 * (`times` answers, then normal again), a delay, a certificate from a rogue
 * CA outside the trusted root, or a garbage body.
 *
 * Rekor: real Rekor stores a canonical body for a `dsse` entry (hashes and
 * signatures), the mock stores the proposed entry as is; the emulator does
 * Rekor's step first (canonicalEntry), so log entries verify as real ones do.
 *
 * Identity: the mock Fulcio puts one token claim into the certificate's URI
 * SAN. Real Fulcio derives `https://github.com/<job_workflow_ref>` from a
 * GitHub token; the emulator puts that value into the emulator-only claim
 * `fulcio_subject` and has the mock read it, so certificates look like
 * GitHub's.
 */
import { createHash, createSign, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fulcioHandler, initializeCA, initializeCTLog, initializeTLog, initializeTSA, rekorHandler, tsaHandler, type HandlerFn } from '@sigstore/mock';

export type Service = 'fulcio' | 'rekor' | 'tsa' | 'oidc';

export type Fault =
  /** Answer with this status (`times` answers, default all). */
  | { kind: 'status'; status: number; times?: number }
  /** Wait before answering (`times` answers, default all). */
  | { kind: 'delay'; ms: number; times?: number }
  /** Fulcio only: certificates from a CA that the trusted root does not hold. */
  | { kind: 'rogue-ca' }
  /** Answer 201 with a body that is no valid answer. */
  | { kind: 'garbage' };

export interface RecordedRequest {
  service: Service;
  method: string;
  path: string;
  status: number;
}

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

export interface TokenClaims {
  iss: string;
  aud: string;
  sub: string;
  repository: string;
  ref: string;
  sha: string;
  workflow_ref: string;
  job_workflow_ref: string;
  run_id: string;
  run_attempt: string;
  runner_environment: string;
  event_name: string;
}

export interface SigstoreServices {
  origin: string;
  fulcioUrl: string;
  rekorUrl: string;
  /** The TSA's timestamp endpoint (sigstore-js calls a URL with a path as is). */
  tsaUrl: string;
  /** ACTIONS_ID_TOKEN_REQUEST_URL */
  oidcRequestUrl: string;
  /** ACTIONS_ID_TOKEN_REQUEST_TOKEN */
  oidcRequestToken: string;
  /** The SAN that certificates carry for the current claims: https://github.com/<job_workflow_ref>. */
  readonly identity: string;
  /** A sigstore TrustedRoot (protobuf JSON) holding this instance's CA, CT log, Rekor and TSA keys. */
  trustedRoot: Record<string, unknown>;
  requests: RecordedRequest[];
  tokensIssued: number;
  logEntries: number;
  /** Set (or clear, with undefined) a fault for a service. */
  fault(service: Service, fault: Fault | undefined): void;
  /** Change claims of the tokens issued from now on. */
  claims: TokenClaims;
  close(): Promise<void>;
}

const MAX_REQUEST = 1024 * 1024;

const p256 = (): { publicKey: KeyObject; privateKey: KeyObject } => generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const b64 = (b: ArrayBufferView): string => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('base64');
const b64url = (b: Buffer | string): string => Buffer.from(b).toString('base64url');
const spki = (k: KeyObject): Buffer => k.export({ type: 'spki', format: 'der' });

export async function startSigstoreServices(): Promise<SigstoreServices> {
  const faults = new Map<Service, Fault>();
  const requests: RecordedRequest[] = [];
  const issued = new Set<string>();
  const oidcKey = p256();
  const oidcRequestToken = randomBytes(24).toString('hex');
  // Filled once the port is known (below); requests before that get 503.
  const ready: { handlers?: { fulcio: HandlerFn; rogue: HandlerFn; rekor: HandlerFn; tsa: HandlerFn }; tsaClock?: Date } = {};

  const state: { tokensIssued: number; logEntries: number; claims: TokenClaims } = {
    tokensIssued: 0,
    logEntries: 0,
    claims: {
      iss: GITHUB_ISSUER,
      aud: 'sigstore',
      sub: 'repo:acme/app:ref:refs/heads/main',
      repository: 'acme/app',
      ref: 'refs/heads/main',
      sha: 'f'.repeat(40),
      workflow_ref: 'acme/app/.github/workflows/image.yml@refs/heads/main',
      job_workflow_ref: 'acme/app/.github/workflows/image.yml@refs/heads/main',
      run_id: '4242',
      run_attempt: '1',
      runner_environment: 'github-hosted',
      event_name: 'push',
    },
  };

  function issueToken(audience: string): string {
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      ...state.claims,
      aud: audience,
      iat: now,
      nbf: now - 5,
      exp: now + 300,
      fulcio_subject: `https://github.com/${state.claims.job_workflow_ref}`,
    };
    const head = b64url(JSON.stringify({ alg: 'ES256', typ: 'JWT', kid: 'emulator' }));
    const body = b64url(JSON.stringify(claims));
    const sig = createSign('sha256').update(`${head}.${body}`).sign({ key: oidcKey.privateKey, dsaEncoding: 'ieee-p1363' });
    const jwt = `${head}.${body}.${b64url(sig)}`;
    issued.add(jwt);
    state.tokensIssued++;
    return jwt;
  }

  /** Fulcio's own check of the token, before the mock issues a certificate. */
  function tokenProblem(request: string): string | undefined {
    let token: unknown;
    try {
      token = (JSON.parse(request) as { credentials?: { oidcIdentityToken?: unknown } }).credentials?.oidcIdentityToken;
    } catch {
      return 'request is not JSON';
    }
    if (typeof token !== 'string' || !issued.has(token)) return 'the identity token was not issued by this OIDC provider';
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { aud?: string; exp?: number };
    if (claims.aud !== 'sigstore') return `expected audience sigstore, got ${String(claims.aud)}`;
    if ((claims.exp ?? 0) < Date.now() / 1000) return 'the identity token has expired';
    return undefined;
  }

  function readBody(req: http.IncomingMessage): Promise<string | undefined> {
    return new Promise((resolve, reject) => {
      const parts: Buffer[] = [];
      let size = 0;
      req.on('data', (c: Buffer) => {
        size += c.length;
        if (size > MAX_REQUEST) {
          resolve(undefined);
          req.destroy();
          return;
        }
        parts.push(c);
      });
      req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
      req.on('error', reject);
    });
  }

  async function answer(service: Service, req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<number> {
    const fault = faults.get(service);
    if (fault !== undefined && (fault.kind === 'status' || fault.kind === 'delay')) {
      if (fault.times !== undefined && --fault.times <= 0) faults.delete(service);
      if (fault.kind === 'delay') await pause(fault.ms, res);
      else return send(res, fault.status, 'application/json', JSON.stringify({ code: fault.status, message: 'injected fault' }));
    }
    if (fault?.kind === 'garbage') return send(res, 201, 'application/json', '{"not": "what you asked for"');
    if (service === 'oidc') {
      if (req.method !== 'GET') return send(res, 405, 'text/plain', 'GET only');
      const auth = req.headers.authorization ?? '';
      if (!/^bearer /i.test(auth) || auth.slice(7) !== oidcRequestToken) return send(res, 401, 'application/json', JSON.stringify({ message: 'Unauthorized' }));
      const audience = url.searchParams.get('audience');
      if (audience === null || audience === '') return send(res, 400, 'application/json', JSON.stringify({ message: 'audience required' }));
      return send(res, 200, 'application/json', JSON.stringify({ count: 1, value: issueToken(audience) }));
    }
    if (req.method !== 'POST') return send(res, 405, 'text/plain', 'POST only');
    const body = await readBody(req);
    if (body === undefined) return send(res, 413, 'text/plain', 'request too large');
    const handlers = ready.handlers;
    if (handlers === undefined) return send(res, 503, 'text/plain', 'starting');
    let fn: HandlerFn;
    if (service === 'fulcio') {
      if (url.pathname !== '/fulcio/api/v2/signingCert') return send(res, 404, 'text/plain', 'not found');
      const problem = tokenProblem(body);
      if (problem !== undefined) return send(res, 401, 'application/json', JSON.stringify({ code: 401, message: problem }));
      fn = fault?.kind === 'rogue-ca' ? handlers.rogue : handlers.fulcio;
    } else if (service === 'rekor') {
      if (url.pathname !== '/rekor/api/v1/log/entries') return send(res, 404, 'text/plain', 'not found');
      fn = handlers.rekor;
    } else {
      if (url.pathname !== '/tsa/api/v1/timestamp') return send(res, 404, 'text/plain', 'not found');
      const now = Date.now();
      ready.tsaClock?.setTime(now % 10 === 0 ? now + 1 : now);
      fn = handlers.tsa;
    }
    const r = await fn(service === 'rekor' ? canonicalEntry(body) : body);
    if (service === 'rekor' && r.statusCode === 201) state.logEntries++;
    return send(
      res,
      r.statusCode,
      r.contentType ?? 'text/plain',
      typeof r.response === 'string' ? r.response : Buffer.from(r.response.buffer, r.response.byteOffset, r.response.byteLength),
    );
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const service = url.pathname.split('/')[1] as Service;
    const known: readonly string[] = ['fulcio', 'rekor', 'tsa', 'oidc'];
    const done = (status: number): void => void requests.push({ service, method: req.method ?? '', path: url.pathname, status });
    if (!known.includes(service)) {
      done(send(res, 404, 'text/plain', 'not found'));
      return;
    }
    answer(service, req, res, url).then(done, (e: unknown) => done(send(res, 500, 'text/plain', e instanceof Error ? e.message : String(e))));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const fulcioUrl = `${origin}/fulcio`;
  const rekorUrl = `${origin}/rekor`;

  // Keys and handlers once the port is known: Rekor's checkpoints name its host, and verifiers match it to the root's baseUrl.
  const [caKey, ctKey, tlogKey, tsaKey] = [p256(), p256(), p256(), p256()];
  const ctlog = await initializeCTLog(ctKey);
  const ca = await initializeCA(caKey, ctlog);
  const rogueKey = p256();
  const rogue = await initializeCA(rogueKey, await initializeCTLog(rogueKey));
  const tlog = await initializeTLog(rekorUrl, tlogKey);
  // The mock TSA writes genTime with asn1js, which drops trailing zeros of the milliseconds ('.12Z'), and
  // @sigstore/core reads exactly three digits or none: one timestamp in ten would fail to parse. The TSA's
  // clock is this Date, set before each request to now with a millisecond count that does not end in 0.
  const tsaClock = new Date();
  const tsa = await initializeTSA(tsaKey, tsaClock);
  ready.tsaClock = tsaClock;
  ready.handlers = {
    fulcio: fulcioHandler(ca, { subjectClaim: 'fulcio_subject' }).fn,
    rogue: fulcioHandler(rogue, { subjectClaim: 'fulcio_subject' }).fn,
    rekor: rekorHandler(tlog).fn,
    tsa: tsaHandler(tsa).fn,
  };

  // Valid from a minute ago: Rekor's integrated time is in whole seconds.
  const validFor = { start: new Date(Date.now() - 60_000).toISOString() };
  const tlogSpki = spki(tlogKey.publicKey);
  const trustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
      {
        baseUrl: rekorUrl,
        hashAlgorithm: 'SHA2_256',
        publicKey: { rawBytes: b64(tlogSpki), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor },
        logId: { keyId: b64(createHash('sha256').update(tlogSpki).digest()) },
      },
    ],
    certificateAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
        uri: fulcioUrl,
        certChain: { certificates: [{ rawBytes: b64(ca.rootCertificate) }] },
        validFor,
      },
    ],
    ctlogs: [
      {
        baseUrl: `${origin}/ctlog`,
        hashAlgorithm: 'SHA2_256',
        publicKey: { rawBytes: b64(ctlog.publicKey), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor },
        logId: { keyId: b64(ctlog.logID) },
      },
    ],
    timestampAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'tsa' },
        uri: `${origin}/tsa`,
        certChain: { certificates: [{ rawBytes: b64(tsa.intCertificate) }, { rawBytes: b64(tsa.rootCertificate) }] },
        validFor,
      },
    ],
  };

  return {
    origin,
    fulcioUrl,
    rekorUrl,
    tsaUrl: `${origin}/tsa/api/v1/timestamp`,
    oidcRequestUrl: `${origin}/oidc/token?api-version=2.0`,
    oidcRequestToken,
    get identity() {
      return `https://github.com/${state.claims.job_workflow_ref}`;
    },
    trustedRoot,
    requests,
    get tokensIssued() {
      return state.tokensIssued;
    },
    get logEntries() {
      return state.logEntries;
    },
    get claims() {
      return state.claims;
    },
    set claims(c: TokenClaims) {
      state.claims = c;
    },
    fault(service, fault) {
      if (fault === undefined) faults.delete(service);
      else faults.set(service, { ...fault });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * What real Rekor stores for a proposed `dsse` v0.0.1 entry (rekor pkg/types/dsse/v0.0.1): the
 * envelope and payload hashes and the signatures with their verifiers, not the proposed content.
 * The mock logs whatever it is given, so the emulator does this step; other kinds pass unchanged.
 */
function canonicalEntry(request: string): string {
  let entry: { kind?: string; apiVersion?: string; spec?: { proposedContent?: { envelope?: string; verifiers?: string[] } } };
  try {
    entry = JSON.parse(request) as typeof entry;
  } catch {
    return request;
  }
  const proposed = entry.spec?.proposedContent;
  if (entry.kind !== 'dsse' || entry.apiVersion !== '0.0.1' || proposed?.envelope === undefined) return request;
  const env = JSON.parse(proposed.envelope) as { payload: string; signatures: Array<{ sig: string }> };
  const sha256 = (b: Buffer | string): string => createHash('sha256').update(b).digest('hex');
  const verifier = proposed.verifiers?.[0] ?? '';
  return JSON.stringify({
    apiVersion: '0.0.1',
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: sha256(proposed.envelope) },
      payloadHash: { algorithm: 'sha256', value: sha256(Buffer.from(env.payload, 'base64')) },
      signatures: env.signatures.map((s) => ({ signature: s.sig, verifier })),
    },
  });
}

/** Wait `ms`, or less when the client hangs up or the emulator closes: no timer outlives a test. */
function pause(ms: number, res: http.ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    res.on('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

function send(res: http.ServerResponse, status: number, contentType: string, body: string | Buffer): number {
  if (!res.headersSent) res.writeHead(status, { 'Content-Type': contentType });
  res.end(body);
  return status;
}
