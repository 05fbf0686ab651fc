/**
 * in-toto Statement v1 (in-toto/attestation spec/v1/statement.md): pure
 * builders and a strict reader. The rules checked are the spec's and those of
 * its reference validator (go/v1/statement.go, resource_descriptor.go): at
 * least one subject, a non-empty digest on each, lowercase hex of the right
 * length for the standard hashes, a predicateType, a predicate object.
 */
import { PipelineError } from '../errors.js';
import { parseDigest } from '../oci/digest.js';
import { preview } from '../preview.js';
import { err, ok, type Result } from '../result.js';
import { PredicateType, STATEMENT_TYPE_V1, type Statement, type Subject } from './types.js';

/** Hex lengths of the standard algorithms (in-toto digest_set.md); other keys are opaque ids. */
const HEX_LENGTH: Record<string, readonly number[]> = {
  sha256: [64],
  sha384: [96],
  sha512: [128],
  sha224: [56],
  sha512_224: [56],
  sha512_256: [64],
  sha3_224: [56],
  sha3_256: [64],
  sha3_384: [96],
  sha3_512: [128],
  sha1: [40],
  md5: [32],
  gitCommit: [40, 64],
  gitTree: [40, 64],
  gitBlob: [40, 64],
  gitTag: [40, 64],
  dirHash: [64],
};

/** Why a digest set is not acceptable, or undefined when it is. */
export function digestSetProblem(digest: unknown): string | undefined {
  if (typeof digest !== 'object' || digest === null || Array.isArray(digest)) return 'expected a digest object, got ' + kind(digest);
  const entries = Object.entries(digest as Record<string, unknown>);
  if (entries.length === 0) return 'expected at least one digest, got an empty digest object';
  for (const [alg, value] of entries) {
    if (typeof value !== 'string' || value === '') return `expected digest '${preview(alg, { redact: false })}' to be a non-empty string, got ${kind(value)}`;
    const lengths = HEX_LENGTH[alg];
    if (lengths !== undefined && !(lengths.includes(value.length) && /^[0-9a-f]+$/.test(value))) {
      return `expected digest '${alg}' to be ${lengths.join(' or ')} lowercase hex digits, got '${preview(value, { max: 80, redact: false })}'`;
    }
  }
  return undefined;
}

/**
 * The subject for an OCI manifest or index: `{name?, digest: {sha256: hex}}`.
 * `digest` is `sha256:<hex>` as a registry or layout reports it.
 */
export function ociSubject(digest: string, name?: string): Subject {
  const parsed = parseDigest(digest);
  if (!parsed.ok) throw parsed.error;
  const [alg, hex] = [parsed.value.slice(0, parsed.value.indexOf(':')), parsed.value.slice(parsed.value.indexOf(':') + 1)];
  return { ...(name === undefined || name === '' ? {} : { name }), digest: { [alg]: hex } };
}

/**
 * A Statement v1. Throws PipelineError INTERNAL when the parts break the spec:
 * they come from our own code (builders), so a failure here is our bug.
 */
export function statement<P extends object>(subject: readonly Subject[], predicateType: string, predicate: P): Statement<P> {
  const problem = statementProblem({ _type: STATEMENT_TYPE_V1, subject, predicateType, predicate });
  if (problem !== undefined) throw new PipelineError('INTERNAL', `cannot build an in-toto statement: ${problem}`);
  return { _type: STATEMENT_TYPE_V1, subject: subject.map((s) => ({ ...s })), predicateType, predicate };
}

/**
 * The statement cosign v3 signs for an image (`cosign sign`, new bundle
 * format; cosign cmd/cosign/cli/sign/sign.go `signDigestBundle`): one subject
 * with no name, the image digest and the `-a` annotations (an empty object
 * when none), predicate type https://sigstore.dev/cosign/sign/v1 and an empty
 * predicate. cosign verify checks the subject digest against the image
 * (pkg/cosign/verifiers.go `IntotoSubjectClaimVerifier`) and the annotations
 * against its `-a` flags.
 */
export function imageSignatureStatement(digest: string, annotations: Record<string, string> = {}): Statement<Record<string, never>> {
  const subject = { ...ociSubject(digest), annotations: { ...annotations } };
  return statement([subject], PredicateType.CosignSign, {});
}

/** The bytes that are signed: compact JSON in the order the builders create. */
export function serializeStatement(s: Statement<object>): Buffer {
  return Buffer.from(JSON.stringify(s), 'utf8');
}

/** True when one subject of the statement carries `digest` (`sha256:<hex>`). Matching is by digest only, as the spec says. */
export function subjectMatches(s: Statement<object>, digest: string): boolean {
  const i = digest.indexOf(':');
  if (i <= 0) return false;
  const [alg, hex] = [digest.slice(0, i), digest.slice(i + 1)];
  return s.subject.some((subj) => subj.digest[alg] === hex);
}

/** The subjects' digests as `alg:value`, for "expected X, got Y" messages. */
export function subjectDigests(s: Statement<object>): string[] {
  return s.subject.flatMap((subj) => Object.entries(subj.digest).map(([alg, v]) => `${alg}:${v}`));
}

/**
 * Read a statement we did not write (a DSSE payload, an `attach` file).
 * Accepts `_type` v1 only: v0.1 statements are older than the SLSA v1 and
 * cosign v3 formats we check. `what` names the source for messages.
 */
export function parseStatement(text: string | Uint8Array, what: string): Result<Statement> {
  const raw = typeof text === 'string' ? text : Buffer.from(text).toString('utf8');
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    return err(new PipelineError('INPUT', `expected ${what} to be JSON, got '${preview(raw)}' (${e instanceof Error ? e.message : String(e)})`));
  }
  const problem = statementProblem(value);
  if (problem !== undefined) return err(new PipelineError('INPUT', `${what} is not an in-toto statement v1: ${problem}`));
  // "Unset is treated the same as set-but-empty" (statement.md, predicate).
  const parsed = value as Statement;
  return ok(parsed.predicate === undefined ? { ...parsed, predicate: {} } : parsed);
}

function statementProblem(v: unknown): string | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return `expected an object, got ${kind(v)}`;
  const s = v as Record<string, unknown>;
  if (s._type !== STATEMENT_TYPE_V1) return `expected _type '${STATEMENT_TYPE_V1}', got ${quoted(s._type)}`;
  if (!Array.isArray(s.subject) || s.subject.length === 0) return `expected a non-empty subject list, got ${kind(s.subject)}`;
  for (const [i, subj] of (s.subject as unknown[]).entries()) {
    if (typeof subj !== 'object' || subj === null || Array.isArray(subj)) return `subject[${i}]: expected an object, got ${kind(subj)}`;
    const name = (subj as Record<string, unknown>).name;
    if (name !== undefined && typeof name !== 'string') return `subject[${i}].name: expected a string, got ${kind(name)}`;
    const problem = digestSetProblem((subj as Record<string, unknown>).digest);
    if (problem !== undefined) return `subject[${i}].digest: ${problem}`;
  }
  if (typeof s.predicateType !== 'string' || !/^[a-z][a-z0-9+.-]*:\S+$/i.test(s.predicateType)) {
    return `expected predicateType to be a URI, got ${quoted(s.predicateType)}`;
  }
  if (s.predicate !== undefined && (typeof s.predicate !== 'object' || s.predicate === null || Array.isArray(s.predicate))) {
    return `expected predicate to be an object, got ${kind(s.predicate)}`;
  }
  return undefined;
}

function kind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return v.length === 0 ? 'an empty array' : 'an array';
  if (typeof v === 'string') return `'${preview(v, { max: 60 })}'`;
  if (typeof v === 'object') return 'an object';
  if (v === undefined) return 'nothing';
  return typeof v === 'number' || typeof v === 'boolean' ? `${typeof v} ${v}` : typeof v;
}

/** Type URIs are identifiers: shown unredacted (still bounded and control-free). */
const quoted = (v: unknown): string => (v === undefined ? 'nothing' : typeof v === 'string' ? `'${preview(v, { max: 100, redact: false })}'` : kind(v));
