/**
 * Bundles and token endpoints that attack: a registry can serve any bytes as
 * a "sigstore bundle" referrer, and the OIDC endpoint any answer. Each is
 * refused with a bounded, redacted message (expected X, got Y), never a
 * crash, never a read past the cap.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { DSSEBundleBuilder, type Signer } from '@sigstore/sign';
import { createSign } from 'node:crypto';
import { MAX_BUNDLE_BYTES, parseBundle, serializeBundle } from '../../shared/src/attest/bundle.js';
import { generateSigningKeyPair, loadSigningKey } from '../../shared/src/attest/keys.js';
import { fetchGitHubIdToken } from '../../shared/src/attest/oidc.js';
import { createSigner, signImage } from '../../shared/src/attest/sign.js';
import { createVerifier } from '../../shared/src/attest/verify.js';
import { pour, startHostileServer, type HostileServer } from '../support/hostile-server.js';
import { pipelineErrorOf, pipelineRejectionOf } from '../support/pipeline-error.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;
const pair = generateSigningKeyPair();
const NO_RETRY = { attempts: 1, baseDelayMs: 1, maxDelayMs: 1, budgetMs: 1 };

async function goodBundle(): Promise<Record<string, unknown>> {
  return JSON.parse((await signImage(createSigner({ kind: 'key', privateKeyPem: pair.privateKeyPem }), DIGEST)).json) as Record<string, unknown>;
}

/** A bundle signed by our key over any payload bytes and type: well signed, hostile content. */
async function signedOver(payload: Buffer, type: string): Promise<string> {
  const key = loadSigningKey(pair.privateKeyPem);
  const signer: Signer = {
    sign: (data) =>
      Promise.resolve({
        signature: createSign('sha256').update(data).sign(key.privateKey),
        key: { $case: 'publicKey', publicKey: key.publicKeyPem, hint: key.hint },
      }),
  };
  return serializeBundle(await new DSSEBundleBuilder({ signer, witnesses: [] }).create({ data: payload, type }));
}

const what = 'the referrer sha256:1234 of ghcr.io/acme/app';

describe('parseBundle refuses hostile bytes', () => {
  it('a bundle past the cap, without parsing it', () => {
    const huge = Buffer.alloc(MAX_BUNDLE_BYTES + 1, 0x20);
    const started = Date.now();
    const e = pipelineErrorOf(() => parseBundle(huge, { what }));
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(e.code).toBe('INPUT');
    expect(e.message).toContain(`${what}: expected a sigstore bundle of at most 64 MiB, got ${MAX_BUNDLE_BYTES + 1} bytes`);
  });

  it('malformed JSON, with a short redacted preview', () => {
    const e = pipelineErrorOf(() => parseBundle('{"mediaType": "application/vnd.dev.sigstore.bundle.v0.3+json", ' + 'x'.repeat(100_000), { what }));
    expect(e.message).toContain('expected a sigstore bundle (JSON), got');
    expect(e.message.length).toBeLessThan(400);
  });

  it('JSON nested a million deep: an error, not a crash', () => {
    const e = pipelineErrorOf(() => parseBundle('['.repeat(1_000_000) + ']'.repeat(1_000_000), { what }));
    expect(e.code).toBe('INPUT');
  });

  it.each([
    ['a v0.1 bundle', 'application/vnd.dev.sigstore.bundle+json;version=0.1', "got 'application/vnd.dev.sigstore.bundle+json;version=0.1'"],
    ['plain JSON', 'application/json', "got 'application/json'"],
    ['no media type', undefined, 'got undefined'],
    ['a number', 3, 'got number'],
  ])('wrong media type: %s', async (_what, mediaType, got) => {
    const b = { ...(await goodBundle()), mediaType };
    const e = pipelineErrorOf(() => parseBundle(JSON.stringify(b), { what }));
    expect(e.message).toContain(`expected mediaType 'application/vnd.dev.sigstore.bundle.v0.3+json', ${got}`);
  });

  it('a media type made of escapes and megabytes is shown short and printable', async () => {
    const b = { ...(await goodBundle()), mediaType: '\u001b[31m' + 'x'.repeat(1_000_000) };
    const e = pipelineErrorOf(() => parseBundle(JSON.stringify(b), { what }));
    expect(e.message).not.toContain('\u001b');
    expect(e.message.length).toBeLessThan(400);
  });

  it('a message-signature bundle', async () => {
    const b = await goodBundle();
    delete b.dsseEnvelope;
    b.messageSignature = { messageDigest: { algorithm: 'SHA2_256', digest: Buffer.alloc(32).toString('base64') }, signature: 'AAAA' };
    expect(pipelineErrorOf(() => parseBundle(JSON.stringify(b), { what })).message).toContain('expected a DSSE envelope in the bundle, got messageSignature');
  });

  it('no content at all, no verification material', async () => {
    const b = await goodBundle();
    delete b.dsseEnvelope;
    delete b.verificationMaterial;
    const e = pipelineErrorOf(() => parseBundle(JSON.stringify(b), { what }));
    expect(e.message).toContain('expected a well-formed sigstore bundle v0.3, got one that does not parse');
  });

  it.each([
    // @sigstore/bundle's validation requires exactly one signature.
    ['two signatures', (env: { signatures: unknown[] }) => env.signatures.push(env.signatures[0]), 'malformed: content.dsseEnvelope.signatures'],
    ['no signature', (env: { signatures: unknown[] }) => env.signatures.splice(0), 'malformed: content.dsseEnvelope.signatures'],
    [
      'another payload type',
      (env: { payloadType: string }) => (env.payloadType = 'text/plain'),
      "expected DSSE payloadType 'application/vnd.in-toto+json', got 'text/plain'",
    ],
  ])('a DSSE envelope with %s', async (_what, mutate: (env: never) => unknown, message) => {
    const b = await goodBundle();
    mutate(b.dsseEnvelope as never);
    expect(pipelineErrorOf(() => parseBundle(JSON.stringify(b), { what })).message).toContain(message);
  });
});

describe('verification of well-signed hostile content', () => {
  const verifier = createVerifier({ kind: 'key', publicKeyPem: pair.publicKeyPem });

  it('a signed payload that is not a statement', async () => {
    const json = await signedOver(Buffer.from('<html>not json</html>'), 'application/vnd.in-toto+json');
    const e = pipelineErrorOf(() => verifier.verify(json, { subjectDigest: DIGEST }, what));
    expect(e.code).toBe('SIGNATURE');
    expect(e.message).toContain(`${what}: expected the DSSE payload of ${what} to be JSON, got '<html>not json</html>'`);
  });

  it('a signed in-toto v0.1 statement', async () => {
    const v01 = {
      _type: 'https://in-toto.io/Statement/v0.1',
      subject: [{ name: 'x', digest: { sha256: 'a'.repeat(64) } }],
      predicateType: 'https://x',
      predicate: {},
    };
    const json = await signedOver(Buffer.from(JSON.stringify(v01)), 'application/vnd.in-toto+json');
    expect(pipelineErrorOf(() => verifier.verify(json, { subjectDigest: DIGEST }, what)).message).toContain(
      "expected _type 'https://in-toto.io/Statement/v1', got 'https://in-toto.io/Statement/v0.1'",
    );
  });

  it('a signed statement whose subject is too big to list is named briefly', async () => {
    const many = {
      _type: 'https://in-toto.io/Statement/v1',
      subject: Array.from({ length: 10_000 }, (_, i) => ({ digest: { sha256: i.toString(16).padStart(64, '0') } })),
      predicateType: 'https://x',
    };
    const json = await signedOver(Buffer.from(JSON.stringify(many)), 'application/vnd.in-toto+json');
    const e = pipelineErrorOf(() => verifier.verify(json, { subjectDigest: `sha256:${'f'.repeat(64)}` }, what));
    expect(e.message).toContain(`expected a subject with digest sha256:${'f'.repeat(64)}, got`);
    expect(e.message.length).toBeLessThan(1_000);
  });
});

describe('a hostile OIDC token endpoint', () => {
  let server: HostileServer | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it('a body of gigabytes: read up to the cap only, refused', async () => {
    let poured = 0;
    server = await startHostileServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      void pour(res, 4 * 1024 * 1024 * 1024).then((n) => (poured = n));
    });
    const e = await pipelineRejectionOf(
      fetchGitHubIdToken({ requestUrl: `${server.origin}/token`, requestToken: 'request-token-0123456789', retry: NO_RETRY }),
    );
    expect(e.code).toBe('AUTH');
    expect(e.message).toContain('expected {"value": "<JWT>"}');
    await new Promise((r) => setTimeout(r, 200));
    expect(poured).toBeLessThan(64 * 1024 * 1024);
  });

  it('a redirect elsewhere: the bearer token does not follow', async () => {
    const elsewhere = await startHostileServer((_req, res) => res.end('{"value":"a.b.c"}'));
    try {
      server = await startHostileServer((_req, res) => {
        res.writeHead(302, { Location: `${elsewhere.origin}/steal` });
        res.end();
      });
      const e = await pipelineRejectionOf(
        fetchGitHubIdToken({ requestUrl: `${server.origin}/token`, requestToken: 'request-token-0123456789', retry: NO_RETRY }),
      );
      expect(e.code).toBe('NETWORK');
      expect(elsewhere.requests).toHaveLength(0);
    } finally {
      await elsewhere.stop();
    }
  });

  it('a value that is no JWT', async () => {
    server = await startHostileServer((_req, res) => res.end(JSON.stringify({ value: 'not a token; rm -rf /' })));
    const e = await pipelineRejectionOf(
      fetchGitHubIdToken({ requestUrl: `${server.origin}/token`, requestToken: 'request-token-0123456789', retry: NO_RETRY }),
    );
    expect(e.code).toBe('AUTH');
    expect(e.message).not.toContain('request-token-0123456789');
  });
});
