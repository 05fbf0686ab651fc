/**
 * Sigstore bundles v0.3 carrying a DSSE envelope over an in-toto statement:
 * reading one we did not write (a referrer's layer, a file), and writing
 * ours. A bundle from a registry is untrusted until verify.ts has checked it:
 * here it is only bounded, parsed and checked for shape, so that the
 * verifier sees nothing but a well-formed bundle of the one kind we accept.
 */
import { assertBundleLatest, bundleFromJSON, bundleToJSON, BUNDLE_V03_LEGACY_MEDIA_TYPE, type Bundle, type BundleWithDsseEnvelope } from '@sigstore/bundle';
import { formatBytes } from '../bytes.js';
import { PipelineError } from '../errors.js';
import { preview } from '../preview.js';
import { parseStatement } from './in-toto.js';
import { BUNDLE_V03_MEDIA_TYPE, IN_TOTO_PAYLOAD_TYPE, type Statement } from './types.js';

/**
 * Most bytes of a bundle we read. The payload is a whole statement (an SBOM
 * of a large image is tens of MiB once base64-encoded), so the cap is wide,
 * but a registry cannot make us parse gigabytes.
 */
export const MAX_BUNDLE_BYTES = 64 * 1024 * 1024;

export type DsseBundle = BundleWithDsseEnvelope;

/** The bundle as JSON text (the protobuf-specs JSON mapping: camelCase, base64 bytes). */
export function serializeBundle(bundle: Bundle): string {
  return JSON.stringify(bundleToJSON(bundle));
}

export interface ParseBundleOptions {
  /** What the bundle is, for messages: `the referrer sha256:... of ghcr.io/acme/app`. */
  what: string;
  maxBytes?: number;
}

/**
 * A DSSE bundle v0.3 from untrusted bytes. Throws PipelineError INPUT saying
 * what was expected and what was found: too large, not JSON, another media
 * type, a message-signature bundle, a payload type other than in-toto, not
 * exactly one signature (@sigstore/bundle's validation), missing fields.
 */
export function parseBundle(data: Uint8Array | string, opts: ParseBundleOptions): DsseBundle {
  const max = opts.maxBytes ?? MAX_BUNDLE_BYTES;
  const size = typeof data === 'string' ? Buffer.byteLength(data, 'utf8') : data.byteLength;
  const fail = (reason: string): PipelineError => new PipelineError('INPUT', `${opts.what}: ${reason}`);
  if (size > max) throw fail(`expected a sigstore bundle of at most ${formatBytes(max)}, got ${size} bytes (${formatBytes(size)})`);
  const text = typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw fail(`expected a sigstore bundle (JSON), got '${preview(text)}' (${e instanceof Error ? e.message : String(e)})`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw fail(`expected a sigstore bundle (a JSON object), got '${preview(text)}'`);
  const mediaType = (json as { mediaType?: unknown }).mediaType;
  if (mediaType !== BUNDLE_V03_MEDIA_TYPE && mediaType !== BUNDLE_V03_LEGACY_MEDIA_TYPE) {
    throw fail(
      `expected mediaType '${BUNDLE_V03_MEDIA_TYPE}', got ${typeof mediaType === 'string' ? `'${preview(mediaType, { max: 80, redact: false })}'` : typeof mediaType}`,
    );
  }
  let bundle: Bundle;
  try {
    const proto = bundleFromJSON(json);
    assertBundleLatest(proto);
    bundle = proto;
  } catch (e) {
    const fields = (e as { fields?: unknown }).fields;
    const which = Array.isArray(fields) && fields.length > 0 ? ` (missing or malformed: ${fields.slice(0, 8).join(', ')})` : '';
    throw fail(
      `expected a well-formed sigstore bundle v0.3, got one that does not parse${which}: ${preview(e instanceof Error ? e.message : String(e), { max: 120 })}`,
    );
  }
  if (bundle.content.$case !== 'dsseEnvelope') throw fail(`expected a DSSE envelope in the bundle, got ${bundle.content.$case}`);
  const env = bundle.content.dsseEnvelope;
  if (env.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    throw fail(`expected DSSE payloadType '${IN_TOTO_PAYLOAD_TYPE}', got '${preview(env.payloadType, { max: 80, redact: false })}'`);
  }
  return bundle as DsseBundle;
}

/** The in-toto statement a DSSE bundle signs (not yet verified: call verify.ts first for trust). */
export function statementOf(bundle: DsseBundle, what: string): Statement {
  const r = parseStatement(bundle.content.dsseEnvelope.payload, `the DSSE payload of ${what}`);
  if (!r.ok) throw r.error;
  return r.value;
}
