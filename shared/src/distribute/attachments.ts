/**
 * What distribute-image attaches, decided before anything is pushed (pure):
 * each `attach` file becomes one in-toto statement and the manifest it is
 * attached to.
 *
 * - SPDX JSON (`spdxVersion`) -> predicate type https://spdx.dev/Document,
 *   CycloneDX JSON (`bomFormat: CycloneDX`) -> https://cyclonedx.org/bom;
 *   the document is the predicate, as `cosign attest --type spdxjson|cyclonedx`
 *   writes it. test-image's SBOMs name the platform manifest they describe
 *   (SPDX: the CONTAINER package's versionInfo; CycloneDX:
 *   metadata.component.version), so a per-platform SBOM is attached to that
 *   platform's manifest inside the pushed index; an SBOM naming no digest is
 *   attached to the pushed image; one naming a digest that is not pushed is
 *   refused (it describes another image).
 * - an in-toto Statement v1 (build-image's `provenance`) is kept byte for
 *   byte when one of its subjects is a digest being pushed (the root
 *   preferred), else refused naming the file and both digests.
 * - any other JSON -> GENERIC_PREDICATE_TYPE, predicate
 *   `{name, content}` (the file's base name and its JSON value).
 */
import * as path from 'node:path';
import { ociSubject, parseStatement, serializeStatement, statement, subjectDigests, subjectMatches } from '../attest/in-toto.js';
import { PredicateType, type Statement } from '../attest/types.js';
import { PipelineError } from '../errors.js';
import { parseDigest } from '../oci/digest.js';
import { platformString, type Descriptor } from '../oci/types.js';
import { preview } from '../preview.js';

/** Predicate type of a JSON file that is neither an SBOM nor a statement (a vulnerability report, a test report). */
export const GENERIC_PREDICATE_TYPE = 'https://image-pipeline.dev/attestation/json/v1';

export const ATTACH_INPUT = 'attach';

export type AttachmentKind = 'spdx' | 'cyclonedx' | 'in-toto' | 'json';

/** One `attach` file as read: the path as the user wrote it (for messages) and its text. */
export interface AttachFile {
  name: string;
  text: string;
}

export interface PlannedAttachment {
  /** The path as given in `attach`; undefined for the image's own signature. */
  file?: string;
  kind: AttachmentKind | 'signature';
  /** The manifest the statement is attached to: the pushed root or one of its platform manifests. */
  subject: Descriptor;
  statement: Statement<object>;
  /** The statement's bytes, exactly as signed or attached: a re-run makes the same bytes from the same file. */
  bytes: Buffer;
  predicateType: string;
}

const fail = (file: string, reason: string, hint: string): PipelineError =>
  new PipelineError('INPUT', `input '${ATTACH_INPUT}': ${file}: ${reason}`, { input: ATTACH_INPUT, hint });

const isDigest = (v: string): boolean => parseDigest(v).ok;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Describe a pushed manifest for messages: `sha256:... (linux/amd64)`. */
const describe = (d: Descriptor, root: Descriptor): string =>
  `${d.digest} (${d.digest === root.digest ? 'the pushed image' : d.platform !== undefined ? platformString(d.platform) : 'a platform manifest'})`;

/** The image digest an SBOM says it describes, if it names one. */
export function sbomImageDigest(kind: 'spdx' | 'cyclonedx', doc: Record<string, unknown>): string | undefined {
  if (kind === 'cyclonedx') {
    const component = isObject(doc.metadata) ? doc.metadata.component : undefined;
    const version = isObject(component) ? component.version : undefined;
    return typeof version === 'string' && isDigest(version) ? version : undefined;
  }
  const packages = Array.isArray(doc.packages) ? (doc.packages as unknown[]) : [];
  for (const p of packages) {
    if (isObject(p) && p.primaryPackagePurpose === 'CONTAINER' && typeof p.versionInfo === 'string' && isDigest(p.versionInfo)) return p.versionInfo;
  }
  return undefined;
}

function kindOf(doc: unknown): AttachmentKind {
  if (!isObject(doc)) return 'json';
  if (typeof doc._type === 'string' && doc._type.startsWith('https://in-toto.io/Statement/')) return 'in-toto';
  if (typeof doc.spdxVersion === 'string' && doc.spdxVersion.startsWith('SPDX-')) return 'spdx';
  if (doc.bomFormat === 'CycloneDX') return 'cyclonedx';
  return 'json';
}

/**
 * The attachment for one file. `manifests` are every manifest being pushed
 * (the root and, for an index, its platform manifests).
 */
export function planAttachment(file: AttachFile, root: Descriptor, manifests: readonly Descriptor[]): PlannedAttachment {
  let doc: unknown;
  try {
    doc = JSON.parse(file.text);
  } catch (e) {
    throw fail(
      file.name,
      `expected JSON (an SPDX or CycloneDX SBOM, an in-toto statement or a JSON report), got '${preview(file.text, { max: 60 })}' (${e instanceof Error ? e.message : String(e)})`,
      'Attach JSON files only: test-image writes its SBOMs as JSON, build-image its provenance as an in-toto statement.',
    );
  }
  const pushed = [root, ...manifests.filter((m) => m.digest !== root.digest)];
  const kind = kindOf(doc);
  if (kind === 'in-toto') {
    const parsed = parseStatement(file.text, `input '${ATTACH_INPUT}': ${file.name}`);
    if (!parsed.ok) throw parsed.error;
    const s = parsed.value;
    const subject = pushed.find((m) => subjectMatches(s, m.digest));
    if (subject === undefined) {
      throw fail(
        file.name,
        `expected an in-toto statement about the pushed image, got one whose subjects are ${subjectDigests(s)
          .slice(0, 5)
          .map((d) => preview(d, { max: 80, redact: false }))
          .join(', ')}, and the push is ${pushed.map((m) => describe(m, root)).join(', ')}`,
        "Attach the statement made for this image (build-image's provenance of the same build), or push the image it names.",
      );
    }
    // Kept as the file holds it: re-serializing could change the bytes another tool signed or hashed.
    return { file: file.name, kind, subject, statement: s, bytes: Buffer.from(file.text, 'utf8'), predicateType: s.predicateType };
  }
  if (kind === 'spdx' || kind === 'cyclonedx') {
    const described = sbomImageDigest(kind, doc as Record<string, unknown>);
    let subject = root;
    if (described !== undefined) {
      const found = pushed.find((m) => m.digest === described);
      if (found === undefined) {
        throw fail(
          file.name,
          `expected an SBOM of the pushed image, got one describing ${described}, and the push is ${pushed.map((m) => describe(m, root)).join(', ')}`,
          'Attach the SBOM test-image wrote for this image (the same layout distribute-image pushes).',
        );
      }
      subject = found;
    }
    const predicateType = kind === 'spdx' ? PredicateType.Spdx : PredicateType.CycloneDx;
    const s = statement([ociSubject(subject.digest)], predicateType, doc as object);
    return { file: file.name, kind, subject, statement: s, bytes: serializeStatement(s), predicateType };
  }
  const s = statement([ociSubject(root.digest)], GENERIC_PREDICATE_TYPE, { name: path.basename(file.name), content: doc });
  return { file: file.name, kind, subject: root, statement: s, bytes: serializeStatement(s), predicateType: GENERIC_PREDICATE_TYPE };
}

/** The plan for every file; two files giving the same statement for the same manifest are one attachment. */
export function planAttachments(files: readonly AttachFile[], root: Descriptor, manifests: readonly Descriptor[]): PlannedAttachment[] {
  const out: PlannedAttachment[] = [];
  for (const f of files) {
    const a = planAttachment(f, root, manifests);
    if (!out.some((o) => o.subject.digest === a.subject.digest && o.bytes.equals(a.bytes))) out.push(a);
  }
  return out;
}
