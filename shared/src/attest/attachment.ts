/**
 * What distribute-image's `attach` files become before signing: an in-toto
 * statement whose subject is the pushed digest. Pure: the caller reads the
 * file (bounded) and passes its text. Recognised by content, not by name:
 * - SPDX JSON (`spdxVersion: SPDX-…`) → predicate type https://spdx.dev/Document, the document as predicate;
 * - CycloneDX JSON (`bomFormat: CycloneDX`) → https://cyclonedx.org/bom;
 * - an in-toto statement v1 (build-image's `provenance`) → signed as it is,
 *   provided one of its subjects is the pushed digest (a statement about
 *   other bytes is refused, never re-pointed at this image).
 */
import { PipelineError } from '../errors.js';
import { preview } from '../preview.js';
import { err, ok, type Result } from '../result.js';
import { ociSubject, parseStatement, statement, subjectDigests, subjectMatches } from './in-toto.js';
import { PredicateType, STATEMENT_TYPE_V1, type Statement } from './types.js';

export type AttachmentKind = 'spdx' | 'cyclonedx' | 'in-toto';

export interface AttachmentStatement {
  kind: AttachmentKind;
  statement: Statement;
}

/**
 * The statement for one attach file. `file` names it in messages (as the
 * user wrote it), `input` is the action input (default `attach`), `digest`
 * the pushed image (`sha256:<hex>`), `name` the subject name (the repository).
 */
export function attachmentStatement(text: string, opts: { file: string; digest: string; name?: string; input?: string }): Result<AttachmentStatement> {
  const input = opts.input ?? 'attach';
  const fail = (reason: string, hint?: string): Result<never> =>
    err(new PipelineError('INPUT', reason, { input, file: opts.file, ...(hint === undefined ? {} : { hint }) }));
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return fail(
      `expected a JSON SBOM or in-toto statement, got '${preview(text)}'`,
      'Attach SPDX or CycloneDX JSON (test-image `sbom` outputs) or build-image `provenance`.',
    );
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    return fail(`expected a JSON object, got ${Array.isArray(doc) ? 'an array' : String(doc)}`);
  const o = doc as Record<string, unknown>;
  if (typeof o._type === 'string' && o._type.startsWith('https://in-toto.io/Statement/')) {
    if (o._type !== STATEMENT_TYPE_V1)
      return fail(`expected an in-toto statement v1 (_type ${STATEMENT_TYPE_V1}), got _type '${preview(o._type, { max: 80, redact: false })}'`);
    const parsed = parseStatement(text, `'${opts.file}'`);
    if (!parsed.ok) return err(new PipelineError('INPUT', parsed.error.reason, { input, file: opts.file }));
    if (!subjectMatches(parsed.value, opts.digest)) {
      const got = subjectDigests(parsed.value).slice(0, 5);
      return fail(
        `expected the statement to have the pushed image ${opts.digest} as a subject, got ${got.join(', ')}${got.length < parsed.value.subject.length ? ', …' : ''}`,
        'Attach the provenance of the build whose image this step pushes.',
      );
    }
    return ok({ kind: 'in-toto', statement: parsed.value });
  }
  const subject = [ociSubject(opts.digest, opts.name)];
  if (typeof o.spdxVersion === 'string' && o.spdxVersion.startsWith('SPDX-')) return ok({ kind: 'spdx', statement: statement(subject, PredicateType.Spdx, o) });
  if (o.bomFormat === 'CycloneDX') return ok({ kind: 'cyclonedx', statement: statement(subject, PredicateType.CycloneDx, o) });
  const keys = Object.keys(o)
    .slice(0, 6)
    .map((k) => preview(k, { max: 30 }));
  return fail(
    `expected an SPDX or CycloneDX JSON SBOM or an in-toto statement, got an object with keys ${keys.join(', ') || '(none)'}`,
    'SBOMs must be JSON (SPDX 2.x or CycloneDX).',
  );
}
