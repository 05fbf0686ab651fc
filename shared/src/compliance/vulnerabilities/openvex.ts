/**
 * OpenVEX v0.2.0 documents (github.com/openvex/spec) as a source of ignores:
 * the image's author says a vulnerability does not affect this image (or was
 * fixed in it), with a justification, and the finding is then suppressed like
 * a policy ignore, the document and its justification as the reason.
 *
 * A statement applies to a finding when
 *   - its vulnerability (`name`, `@id` or any of `aliases`) is the finding's
 *     advisory id or one of its aliases, and
 *   - one of its products is the image (a `pkg:oci/...@sha256:...` purl, or a
 *     `sha256:` digest as `@id` or `hashes.sha-256`, equal to the tested
 *     platform manifest's digest) and either lists no subcomponents or lists
 *     the package, or the product is the package itself.
 * A package is named by its purl: type, namespace, name, subpath and (when the
 * VEX purl gives one) version must be equal after decoding; every qualifier
 * the VEX purl gives must be the package's, in any order; qualifiers the VEX
 * purl leaves out (arch, distro) match anything.
 * The latest applicable statement wins (its last_updated, else its
 * timestamp, else the document's); on a tie the later one in input order.
 * not_affected and fixed suppress; affected and under_investigation do not.
 *
 * Documents are untrusted: bounded in size and statement count, every field
 * checked with "expected X, got Y" naming the input line, the document and
 * the field; text is previewed, never echoed whole.
 */
import { PackageURL } from 'packageurl-js';
import { PipelineError } from '../../errors.js';
import { preview } from '../../preview.js';
import { isRecord, shapeOf, VEX_INPUT } from './advisory.js';

export { VEX_INPUT };

/** Largest VEX document read, and most statements in one. */
export const VEX_LIMITS = { maxBytes: 16 * 1024 * 1024, maxStatements: 100_000 } as const;

export type VexStatus = 'not_affected' | 'affected' | 'fixed' | 'under_investigation';
const STATUSES: readonly VexStatus[] = ['not_affected', 'affected', 'fixed', 'under_investigation'];
const JUSTIFICATIONS = [
  'component_not_present',
  'vulnerable_code_not_present',
  'vulnerable_code_not_in_execute_path',
  'vulnerable_code_cannot_be_controlled_by_adversary',
  'inline_mitigations_already_exist',
] as const;

/** Something a product or subcomponent identifies: a purl (parsed) or a digest. */
export type VexIdentifier = { kind: 'purl'; purl: PackageURL } | { kind: 'digest'; digest: string };

export interface VexProduct {
  ids: VexIdentifier[];
  subcomponents: VexIdentifier[][];
}

export interface VexStatement {
  /** The vulnerability's name, @id and aliases. */
  vulnerabilities: string[];
  products: VexProduct[];
  status: VexStatus;
  justification?: string;
  impactStatement?: string;
  /** ms since the epoch. */
  time: number;
  /** The document (its path or URL) and the statement's index, for reasons. */
  where: { location: string; line: number; index: number };
}

export interface VexOrigin {
  /** The path or (redacted) URL. */
  location: string;
  /** The `vex` input's line. */
  inputLine: number;
}

function vexError(origin: VexOrigin, reason: string, hint?: string): PipelineError {
  return new PipelineError('INPUT', `'${VEX_INPUT}' line ${origin.inputLine}: ${reason}`, {
    input: VEX_INPUT,
    file: origin.location,
    hint: hint ?? 'Give an OpenVEX v0.2.0 JSON document (https://github.com/openvex/spec); vexctl writes them.',
  });
}

const shown = (v: unknown): string => (typeof v === 'string' ? JSON.stringify(preview(v, { max: 60 })) : shapeOf(v));

function time(v: unknown, field: string, origin: VexOrigin): number | undefined {
  if (v === undefined) return undefined;
  const ms = typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) ? Date.parse(v) : NaN;
  if (Number.isNaN(ms)) throw vexError(origin, `expected ${field} to be an RFC 3339 time, got ${shown(v)}`);
  return ms;
}

function optionalString(v: unknown, field: string, origin: VexOrigin): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw vexError(origin, `expected ${field} to be a string, got ${shapeOf(v)}`);
  return v;
}

/** A purl or digest string; anything else (a CPE, a URL) identifies nothing we can match and is skipped. */
function identifier(text: string, field: string, origin: VexOrigin): VexIdentifier | undefined {
  if (/^sha256:[0-9a-f]{64}$/.test(text)) return { kind: 'digest', digest: text };
  if (!text.startsWith('pkg:')) return undefined;
  try {
    return { kind: 'purl', purl: PackageURL.fromString(text) };
  } catch (e) {
    throw vexError(origin, `expected ${field} to be a package URL, got ${shown(text)} (${preview(String((e as Error).message), { max: 80 })})`);
  }
}

/** A component's identifiers: its @id, identifiers.purl and hashes.sha-256. */
function componentIds(c: unknown, field: string, origin: VexOrigin): VexIdentifier[] {
  if (typeof c === 'string') return [identifier(c, field, origin)].filter((x): x is VexIdentifier => x !== undefined);
  if (!isRecord(c)) throw vexError(origin, `expected ${field} to be an object with "@id" or "identifiers", got ${shapeOf(c)}`);
  const out: VexIdentifier[] = [];
  const id = optionalString(c['@id'], `${field}["@id"]`, origin);
  if (id !== undefined) out.push(...[identifier(id, `${field}["@id"]`, origin)].filter((x): x is VexIdentifier => x !== undefined));
  const ids = c['identifiers'];
  if (ids !== undefined) {
    if (!isRecord(ids)) throw vexError(origin, `expected ${field}.identifiers to be an object, got ${shapeOf(ids)}`);
    const purl = optionalString(ids['purl'], `${field}.identifiers.purl`, origin);
    if (purl !== undefined) {
      const p = identifier(purl, `${field}.identifiers.purl`, origin);
      if (p === undefined) throw vexError(origin, `expected ${field}.identifiers.purl to start with pkg:, got ${shown(purl)}`);
      out.push(p);
    }
  }
  const hashes = c['hashes'];
  if (hashes !== undefined) {
    if (!isRecord(hashes)) throw vexError(origin, `expected ${field}.hashes to be an object, got ${shapeOf(hashes)}`);
    const sha = optionalString(hashes['sha-256'], `${field}.hashes["sha-256"]`, origin);
    if (sha !== undefined) {
      if (!/^[0-9a-f]{64}$/.test(sha)) throw vexError(origin, `expected ${field}.hashes["sha-256"] to be 64 hex digits, got ${shown(sha)}`);
      out.push({ kind: 'digest', digest: `sha256:${sha}` });
    }
  }
  if (id === undefined && ids === undefined) throw vexError(origin, `expected ${field} to have "@id" or "identifiers", got neither`);
  return out;
}

function products(v: unknown, field: string, origin: VexOrigin): VexProduct[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw vexError(origin, `expected ${field} to be an array, got ${shapeOf(v)}`);
  return v.map((p: unknown, i) => {
    const where = `${field}[${i}]`;
    const subs = isRecord(p) ? p['subcomponents'] : undefined;
    if (subs !== undefined && !Array.isArray(subs)) throw vexError(origin, `expected ${where}.subcomponents to be an array, got ${shapeOf(subs)}`);
    return {
      ids: componentIds(p, where, origin),
      subcomponents: (subs ?? []).map((s: unknown, j) => componentIds(s, `${where}.subcomponents[${j}]`, origin)),
    };
  });
}

function vulnerability(v: unknown, field: string, origin: VexOrigin): string[] {
  // v0.0.x wrote the id as a plain string; v0.2.0 an object with name, @id and aliases.
  if (typeof v === 'string' && v !== '') return [v];
  if (!isRecord(v) || typeof v['name'] !== 'string' || v['name'] === '')
    throw vexError(origin, `expected ${field} to be { "name": "CVE-..." } (with optional "@id", "aliases"), got ${shapeOf(v)}`);
  const ids = [v['name']];
  const id = optionalString(v['@id'], `${field}["@id"]`, origin);
  if (id !== undefined) ids.push(id);
  const aliases = v['aliases'];
  if (aliases !== undefined) {
    if (!Array.isArray(aliases) || !aliases.every((a) => typeof a === 'string'))
      throw vexError(origin, `expected ${field}.aliases to be an array of strings, got ${shapeOf(aliases)}`);
    ids.push(...aliases);
  }
  return ids;
}

/** The statements of one OpenVEX document's JSON text. */
export function parseOpenVex(text: string, origin: VexOrigin): VexStatement[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw vexError(origin, `expected JSON, got a syntax error (${preview(String((e as Error).message), { max: 80 })})`);
  }
  if (!isRecord(doc)) throw vexError(origin, `expected an OpenVEX document (a JSON object), got ${shapeOf(doc)}`);
  const context = doc['@context'];
  if (typeof context !== 'string' || !context.startsWith('https://openvex.dev/ns'))
    throw vexError(origin, `expected "@context" to be https://openvex.dev/ns/v0.2.0, got ${shown(context)}`);
  const docTime = time(doc['timestamp'], '"timestamp"', origin);
  if (docTime === undefined) throw vexError(origin, 'expected "timestamp" (when the document was issued), got nothing');
  const docUpdated = time(doc['last_updated'], '"last_updated"', origin);
  const statements = doc['statements'];
  if (!Array.isArray(statements)) throw vexError(origin, `expected "statements" to be an array, got ${shapeOf(statements)}`);
  if (statements.length > VEX_LIMITS.maxStatements)
    throw vexError(origin, `expected at most ${VEX_LIMITS.maxStatements} statements, got ${statements.length}`, 'Split the document.');
  return statements.map((s: unknown, index) => {
    const field = `statements[${index}]`;
    if (!isRecord(s)) throw vexError(origin, `expected ${field} to be an object, got ${shapeOf(s)}`);
    const status = s['status'];
    if (typeof status !== 'string' || !(STATUSES as readonly string[]).includes(status))
      throw vexError(origin, `expected ${field}.status to be one of ${STATUSES.join(', ')}, got ${shown(status)}`);
    const justification = optionalString(s['justification'], `${field}.justification`, origin);
    if (justification !== undefined && !(JUSTIFICATIONS as readonly string[]).includes(justification))
      throw vexError(origin, `expected ${field}.justification to be one of ${JUSTIFICATIONS.join(', ')}, got ${shown(justification)}`);
    const impactStatement = optionalString(s['impact_statement'], `${field}.impact_statement`, origin);
    if (status === 'not_affected' && justification === undefined && impactStatement === undefined)
      throw vexError(
        origin,
        `expected ${field} (not_affected) to have a justification or an impact_statement, got neither`,
        'The OpenVEX spec requires one for not_affected: say why the image is not affected.',
      );
    const stated = time(s['timestamp'], `${field}.timestamp`, origin);
    const updated = time(s['last_updated'], `${field}.last_updated`, origin);
    return {
      vulnerabilities: vulnerability(s['vulnerability'], `${field}.vulnerability`, origin),
      products: products(s['products'], `${field}.products`, origin),
      status: status as VexStatus,
      ...(justification === undefined ? {} : { justification }),
      ...(impactStatement === undefined ? {} : { impactStatement }),
      // The statement's own time overrides the document's (the spec's inheritance); an update is later still.
      time: updated ?? stated ?? docUpdated ?? docTime,
      where: { location: origin.location, line: origin.inputLine, index },
    };
  });
}

/** Whether `pattern` (from a VEX document) names the package purl `actual` (see the header for the rule). */
export function purlMatches(pattern: PackageURL, actual: PackageURL): boolean {
  if (pattern.type !== actual.type || (pattern.namespace ?? '') !== (actual.namespace ?? '') || pattern.name !== actual.name) return false;
  if (pattern.version !== undefined && pattern.version !== actual.version) return false;
  if (pattern.subpath !== undefined && pattern.subpath !== actual.subpath) return false;
  const want = pattern.qualifiers ?? {};
  const have = actual.qualifiers ?? {};
  return Object.keys(want).every((k) => have[k] === want[k]);
}

/** The image a statement's product can name: its platform manifest's digest. */
export interface VexImage {
  digest: string;
}

/** What a finding is, for VEX: its ids and the package's purl. */
export interface VexSubject {
  ids: readonly string[];
  purl: string;
}

const isImage = (id: VexIdentifier, image: VexImage): boolean =>
  id.kind === 'digest' ? id.digest === image.digest : id.purl.type === 'oci' && id.purl.version === image.digest;

function parsePurl(text: string): PackageURL | undefined {
  try {
    return PackageURL.fromString(text);
  } catch {
    return undefined;
  }
}

const namesPackage = (ids: readonly VexIdentifier[], purl: PackageURL | undefined): boolean =>
  purl !== undefined && ids.some((id) => id.kind === 'purl' && id.purl.type !== 'oci' && purlMatches(id.purl, purl));

/** Whether a statement speaks about this finding in this image. */
export function applies(s: VexStatement, subject: VexSubject, image: VexImage, purl = parsePurl(subject.purl)): boolean {
  if (!s.vulnerabilities.some((v) => subject.ids.includes(v))) return false;
  return s.products.some((p) =>
    p.ids.some((id) => isImage(id, image)) ? p.subcomponents.length === 0 || p.subcomponents.some((sub) => namesPackage(sub, purl)) : namesPackage(p.ids, purl),
  );
}

/** Statements by each vulnerability id they name, so a finding looks at its own few. */
export type VexIndex = ReadonlyMap<string, readonly VexStatement[]>;

export function indexVex(statements: readonly VexStatement[]): VexIndex {
  const byId = new Map<string, VexStatement[]>();
  for (const s of statements)
    for (const v of new Set(s.vulnerabilities)) {
      const list = byId.get(v);
      if (list === undefined) byId.set(v, [s]);
      else list.push(s);
    }
  return byId;
}

/** The statement that decides a finding: the latest applicable one (later in input order on a tie); undefined when none applies. */
export function decidingStatement(index: VexIndex, subject: VexSubject, image: VexImage): VexStatement | undefined {
  const purl = parsePurl(subject.purl);
  const candidates = new Set(subject.ids.flatMap((id) => index.get(id) ?? []));
  let winner: VexStatement | undefined;
  const order = (s: VexStatement): [number, number, number] => [s.time, s.where.line, s.where.index];
  const later = (a: VexStatement, b: VexStatement): boolean => {
    const [x, y] = [order(a), order(b)];
    return x[0] !== y[0] ? x[0] > y[0] : x[1] !== y[1] ? x[1] > y[1] : x[2] > y[2];
  };
  for (const s of candidates) if (applies(s, subject, image, purl) && (winner === undefined || later(s, winner))) winner = s;
  return winner;
}

/** The ignore reason a suppressing statement gives: the document, its status and why; undefined for affected and under_investigation. */
export function vexReason(s: VexStatement): string | undefined {
  if (s.status !== 'not_affected' && s.status !== 'fixed') return undefined;
  const why = [s.justification, s.impactStatement === undefined ? undefined : preview(s.impactStatement, { max: 200 })].filter((x) => x !== undefined);
  return `VEX ${s.where.location} ('${VEX_INPUT}' line ${s.where.line}, statements[${s.where.index}]): ${s.status}${why.length === 0 ? '' : `: ${why.join('; ')}`}`;
}
