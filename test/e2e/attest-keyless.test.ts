/**
 * Keyless signing end to end on loopback: the real @sigstore/sign clients
 * (our OIDC provider, FulcioSigner, RekorWitness, TSAWitness) against the
 * sigstore emulator, verified by @sigstore/verify against the emulator's
 * trusted root; then the faults.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { fetchGitHubIdToken, githubIdentityProvider } from '../../shared/src/attest/oidc.js';
import { createSigner, signImage, type KeylessSignerConfig } from '../../shared/src/attest/sign.js';
import { PredicateType } from '../../shared/src/attest/types.js';
import { createVerifier, type KeylessPolicy } from '../../shared/src/attest/verify.js';
import { generateSigningKeyPair } from '../../shared/src/attest/keys.js';
import { GITHUB_ISSUER, startSigstoreServices, type SigstoreServices } from '../support/sigstore-services.js';
import { pipelineErrorOf, pipelineRejectionOf } from '../support/pipeline-error.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;
const NO_RETRY = { attempts: 1, baseDelayMs: 1, maxDelayMs: 1, budgetMs: 1 };

let services: SigstoreServices;

beforeAll(async () => {
  services = await startSigstoreServices();
});
afterAll(async () => {
  await services.close();
});
beforeEach(() => {
  for (const s of ['fulcio', 'rekor', 'tsa', 'oidc'] as const) services.fault(s, undefined);
});

function config(over: Partial<KeylessSignerConfig> = {}): KeylessSignerConfig {
  return {
    kind: 'keyless',
    identity: githubIdentityProvider({ requestUrl: services.oidcRequestUrl, requestToken: services.oidcRequestToken }),
    fulcioUrl: services.fulcioUrl,
    rekorUrl: services.rekorUrl,
    tsaUrl: services.tsaUrl,
    timeoutMs: 5_000,
    retries: 0,
    ...over,
  };
}

function policy(over: Partial<KeylessPolicy> = {}): KeylessPolicy {
  return { kind: 'keyless', trustedRoot: services.trustedRoot, identity: { exact: services.identity }, issuer: { exact: GITHUB_ISSUER }, ...over };
}

describe('keyless signing against the emulator', () => {
  it('signs through OIDC -> Fulcio -> Rekor (+ TSA) and the bundle verifies against the trusted root', async () => {
    const before = { tokens: services.tokensIssued, entries: services.logEntries, requests: services.requests.length };
    const signed = await signImage(createSigner(config()), DIGEST);
    expect(services.tokensIssued).toBe(before.tokens + 1);
    expect(services.logEntries).toBe(before.entries + 1);
    expect(
      services.requests
        .slice(before.requests)
        .map((r) => `${r.service} ${r.status}`)
        .sort((a, b) => order(a) - order(b)),
    ).toEqual(['oidc 200', 'fulcio 201', 'rekor 201', 'tsa 201']);

    const json = JSON.parse(signed.json) as { mediaType: string; verificationMaterial: Record<string, unknown> };
    expect(json.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    // v0.3: the leaf certificate alone, not a chain; one dsse log entry with its inclusion proof; one RFC 3161 timestamp.
    expect(Object.keys(json.verificationMaterial).sort()).toEqual(['certificate', 'timestampVerificationData', 'tlogEntries']);
    const entries = json.verificationMaterial.tlogEntries as Array<{ kindVersion: { kind: string }; inclusionProof?: unknown }>;
    expect(entries.map((e) => e.kindVersion.kind)).toEqual(['dsse']);
    expect(entries[0]?.inclusionProof).toBeDefined();
    expect((json.verificationMaterial.timestampVerificationData as { rfc3161Timestamps: unknown[] }).rfc3161Timestamps).toHaveLength(1);

    const v = createVerifier(policy()).verify(signed.json, { subjectDigest: DIGEST, predicateType: PredicateType.CosignSign }, 'the signature');
    expect(v.signer).toEqual({ kind: 'keyless', identity: 'https://github.com/acme/app/.github/workflows/image.yml@refs/heads/main', issuer: GITHUB_ISSUER });
  });

  it('every TSA timestamp parses: 20 signatures in a row verify (the mock TSA once failed one in ten)', async () => {
    const signer = createSigner(config());
    const verifier = createVerifier(policy());
    for (let i = 0; i < 20; i++) {
      const signed = await signImage(signer, DIGEST);
      expect(verifier.verify(signed.json, { subjectDigest: DIGEST }, `signature ${i}`).signer.kind).toBe('keyless');
    }
  }, 120_000);

  it('accepts an identity regex and an issuer regex (Go/RE2, matched anywhere, as cosign)', async () => {
    const signed = await signImage(createSigner(config({ tsaUrl: undefined })), DIGEST);
    const v = createVerifier(
      policy({ identity: { regex: '^https://github\\.com/acme/app/\\.github/workflows/.*@refs/heads/main$' }, issuer: { regex: 'githubusercontent' } }),
    );
    expect(v.verify(signed.bundle, { subjectDigest: DIGEST }, 'sig').signer.kind).toBe('keyless');
  });

  it('rejects another identity or issuer: expected X, got Y', async () => {
    const signed = await signImage(createSigner(config()), DIGEST);
    const wrongId = pipelineErrorOf(() =>
      createVerifier(policy({ identity: { exact: 'https://github.com/evil/app/.github/workflows/x.yml@refs/heads/main' } })).verify(
        signed.json,
        {},
        'the signature',
      ),
    );
    expect(wrongId.code).toBe('SIGNATURE');
    expect(wrongId.message).toContain(
      "the signature: expected the certificate identity 'https://github.com/evil/app/.github/workflows/x.yml@refs/heads/main', got 'https://github.com/acme/app/.github/workflows/image.yml@refs/heads/main'",
    );
    const wrongRegex = pipelineErrorOf(() => createVerifier(policy({ identity: { regex: '^https://github\\.com/other/' } })).verify(signed.json, {}, 'sig'));
    expect(wrongRegex.message).toContain('expected the certificate identity matching /^https://github\\.com/other//, got');
    const wrongIssuer = pipelineErrorOf(() => createVerifier(policy({ issuer: { exact: 'https://accounts.google.com' } })).verify(signed.json, {}, 'sig'));
    expect(wrongIssuer.message).toContain(`expected the certificate issuer 'https://accounts.google.com', got '${GITHUB_ISSUER}'`);
  });

  it('rejects a tampered payload and a wrong subject digest', async () => {
    const signed = await signImage(createSigner(config()), DIGEST);
    const b = JSON.parse(signed.json) as { dsseEnvelope: { payload: string } };
    const statement = JSON.parse(Buffer.from(b.dsseEnvelope.payload, 'base64').toString('utf8')) as { subject: Array<{ digest: { sha256: string } }> };
    (statement.subject[0] as { digest: { sha256: string } }).digest.sha256 = 'b'.repeat(64);
    b.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64');
    const tampered = pipelineErrorOf(() => createVerifier(policy()).verify(JSON.stringify(b), { subjectDigest: `sha256:${'b'.repeat(64)}` }, 'sig'));
    expect(tampered.code).toBe('SIGNATURE');
    expect(tampered.message).toMatch(/got a (signature that does not verify|transparency log entry for other content)/);

    const other = pipelineErrorOf(() => createVerifier(policy()).verify(signed.json, { subjectDigest: `sha256:${'c'.repeat(64)}` }, 'sig'));
    expect(other.message).toContain(`expected a subject with digest sha256:${'c'.repeat(64)}, got ${DIGEST}`);
  });

  it('a key policy refuses a keyless bundle, a keyless policy a key bundle', async () => {
    const keyless = await signImage(createSigner(config()), DIGEST);
    const pair = generateSigningKeyPair();
    expect(pipelineErrorOf(() => createVerifier({ kind: 'key', publicKeyPem: pair.publicKeyPem }).verify(keyless.json, {}, 'sig')).message).toContain(
      'got a keyless (certificate) signature',
    );
    const keyed = await signImage(createSigner({ kind: 'key', privateKeyPem: pair.privateKeyPem }), DIGEST);
    expect(pipelineErrorOf(() => createVerifier(policy()).verify(keyed.json, {}, 'sig')).message).toContain('got a signature by a public key');
  });

  it('rejects a bundle logged by another sigstore (a trusted root that does not hold its keys)', async () => {
    const elsewhere = await startSigstoreServices();
    try {
      const signed = await signImage(
        createSigner(
          config({
            identity: githubIdentityProvider({ requestUrl: elsewhere.oidcRequestUrl, requestToken: elsewhere.oidcRequestToken }),
            fulcioUrl: elsewhere.fulcioUrl,
            rekorUrl: elsewhere.rekorUrl,
            tsaUrl: elsewhere.tsaUrl,
          }),
        ),
        DIGEST,
      );
      const e = pipelineErrorOf(() => createVerifier(policy()).verify(signed.json, { subjectDigest: DIGEST }, 'sig'));
      expect(e.code).toBe('SIGNATURE');
    } finally {
      await elsewhere.close();
    }
  });
});

describe('faults', () => {
  it('a certificate from a rogue CA signs, but does not verify', async () => {
    services.fault('fulcio', { kind: 'rogue-ca' });
    const signed = await signImage(createSigner(config()), DIGEST);
    const e = pipelineErrorOf(() => createVerifier(policy()).verify(signed.json, { subjectDigest: DIGEST }, 'sig'));
    expect(e.code).toBe('SIGNATURE');
    expect(e.message).toContain('got a certificate that does not chain to the trusted root');
  });

  it('Fulcio 503 for good: NETWORK, naming Fulcio', async () => {
    services.fault('fulcio', { kind: 'status', status: 503 });
    const e = await pipelineRejectionOf(signImage(createSigner(config()), DIGEST));
    expect(e.code).toBe('NETWORK');
    expect(e.message).toContain(`Fulcio at ${services.fulcioUrl} did not issue a signing certificate (HTTP 503)`);
  });

  it('Fulcio 503 once: retried by the client, then signed', async () => {
    services.fault('fulcio', { kind: 'status', status: 503, times: 1 });
    const before = services.requests.length;
    await signImage(createSigner(config({ retries: 2 })), DIGEST);
    expect(
      services.requests
        .slice(before)
        .filter((r) => r.service === 'fulcio')
        .map((r) => r.status),
    ).toEqual([503, 201]);
  });

  it('Rekor 500: NETWORK, naming Rekor', async () => {
    services.fault('rekor', { kind: 'status', status: 500 });
    const e = await pipelineRejectionOf(signImage(createSigner(config()), DIGEST));
    expect(e.code).toBe('NETWORK');
    expect(e.message).toContain(`Rekor at ${services.rekorUrl} did not log the signature`);
  });

  it('a slow TSA runs into the deadline', async () => {
    services.fault('tsa', { kind: 'delay', ms: 120_000, times: 1 });
    const started = Date.now();
    // A deadline that a cold Fulcio on a busy machine still meets, far below the TSA's delay.
    const e = await pipelineRejectionOf(signImage(createSigner(config({ timeoutMs: 8_000 })), DIGEST));
    expect(e.code).toBe('NETWORK');
    expect(e.message).toContain(`the timestamp authority at ${services.tsaUrl} did not timestamp the signature`);
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 90_000);

  it('Fulcio garbage: a clear failure, not a crash', async () => {
    services.fault('fulcio', { kind: 'garbage' });
    const e = await pipelineRejectionOf(signImage(createSigner(config()), DIGEST));
    expect(['NETWORK', 'INTERNAL', 'AUTH']).toContain(e.code);
    expect(e.message).toMatch(/Fulcio|signing failed/);
  });

  it('a token Fulcio did not issue is refused (401 -> AUTH)', async () => {
    const foreign = { getToken: () => Promise.resolve('eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4IiwiYXVkIjoic2lnc3RvcmUifQ.c2ln') };
    const e = await pipelineRejectionOf(signImage(createSigner(config({ identity: foreign })), DIGEST));
    expect(e.code).toBe('AUTH');
    expect(e.message).toContain('Fulcio refused the identity token');
    expect(e.message).not.toContain('eyJhbGciOiJFUzI1NiJ9');
  });
});

describe('the GitHub OIDC token endpoint', () => {
  it('sends the audience and the bearer token, and reads {value}', async () => {
    const jwt = await fetchGitHubIdToken({ requestUrl: services.oidcRequestUrl, requestToken: services.oidcRequestToken, audience: 'sigstore' });
    const claims = JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
    expect(claims.aud).toBe('sigstore');
    expect(claims.iss).toBe(GITHUB_ISSUER);
  });

  it('a wrong request token: AUTH with the id-token permission hint, the token not echoed', async () => {
    const e = await pipelineRejectionOf(
      fetchGitHubIdToken({ requestUrl: services.oidcRequestUrl, requestToken: 'wrong-token-0123456789abcdef', retry: NO_RETRY }),
    );
    expect(e.code).toBe('AUTH');
    expect(e.message).toContain('got HTTP 401');
    expect(e.message).toContain('permissions: id-token: write');
    expect(e.message).not.toContain('wrong-token-0123456789abcdef');
  });

  it('5xx is retried, then NETWORK', async () => {
    services.fault('oidc', { kind: 'status', status: 502 });
    const before = services.requests.length;
    const e = await pipelineRejectionOf(
      fetchGitHubIdToken({
        requestUrl: services.oidcRequestUrl,
        requestToken: services.oidcRequestToken,
        retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 2, budgetMs: 5_000 },
      }),
    );
    expect(e.code).toBe('NETWORK');
    expect(services.requests.slice(before).map((r) => r.status)).toEqual([502, 502]);
  });

  it('keyless signing without a token: AUTH, not a crash', async () => {
    services.fault('oidc', { kind: 'status', status: 403 });
    const e = await pipelineRejectionOf(signImage(createSigner(config()), DIGEST));
    expect(e.code).toBe('AUTH');
    expect(e.message).toContain('permissions: id-token: write');
  });

  it('refuses plain http to anything but loopback', async () => {
    const e = await pipelineRejectionOf(fetchGitHubIdToken({ requestUrl: 'http://example.com/token', requestToken: 't' }));
    expect(e.code).toBe('INPUT');
    expect(e.message).toContain('expected ACTIONS_ID_TOKEN_REQUEST_URL to be https, got http://example.com');
  });
});

/** The order the signer calls the services in: token, certificate, then the witnesses (in parallel; sorted here). */
function order(line: string): number {
  return ['oidc', 'fulcio', 'rekor', 'tsa'].indexOf(line.split(' ')[0] ?? '');
}
