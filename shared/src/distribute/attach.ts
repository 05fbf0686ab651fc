/**
 * Phase 2b of a push (distribute.ts), between the manifests put by digest
 * and the tags: attach the planned statements (attachments.ts) to each
 * healthy destination as OCI 1.1 referrers (referrers-push.ts),
 * and, when signing, the image's own signature. A destination where
 * signing or attaching fails is marked failed, so its tags are not moved:
 * the registry holds new content by digest only, and a re-run completes it.
 *
 * On a registry without the referrers API, attaching ends with the fallback
 * index written (it lists every referrer of this run), and its confirmation
 * (settle, re-read, repair after a concurrent writer's lost update:
 * registry/client/referrers-fallback.ts) is returned as `confirmed`, to run
 * while the tags move. It fails its destination (and so the step) when it
 * finally fails, saying whether the tags had moved; a re-run adds back what
 * is missing.
 *
 * Signed: each statement is a sigstore bundle v0.3 (DSSE) referrer
 * (artifactType application/vnd.dev.sigstore.bundle.v0.3+json, annotation
 * dev.sigstore.bundle.predicateType, as cosign v3 writes). Unsigned: the
 * statement itself, artifactType application/vnd.in-toto+json.
 *
 * Re-runs: ECDSA signatures differ on every run, so a re-signed statement
 * would be a new referrer each time. Every referrer we write carries the
 * statement's digest and the signer (STATEMENT_ANNOTATION,
 * SIGNER_ANNOTATION); a statement already attached to that subject by the
 * same signer (the same key, or keyless) is left as it is, and nothing is
 * signed for it. Referrers pile up only when the key changes, or when runs
 * race (each adds its own; both lists are kept, by design of the fallback).
 */
import { imageSignatureStatement, serializeStatement } from '../attest/in-toto.js';
import type { AttestationSigner, SignedAttestation } from '../attest/sign.js';
import { BUNDLE_V03_MEDIA_TYPE, IN_TOTO_PAYLOAD_TYPE } from '../attest/types.js';
import { isPipelineError, PipelineError, messageOf } from '../errors.js';
import { digestBytes, type Digest } from '../oci/digest.js';
import type { Descriptor } from '../oci/types.js';
import { listReferrers } from '../registry/client/referrers.js';
import { pushReferrers, type ArtifactSpec, type FallbackOptions, type SubjectPush } from './referrers-push.js';
import type { PlannedAttachment } from './attachments.js';
import { live, markFailed, type PushRun, type Target } from './push-run.js';

export const STATEMENT_ANNOTATION = 'dev.image-pipeline.statement.digest';
export const SIGNER_ANNOTATION = 'dev.image-pipeline.signer';
export const PREDICATE_ANNOTATION = 'dev.sigstore.bundle.predicateType';
export const BUNDLE_CONTENT_ANNOTATION = 'dev.sigstore.bundle.content';
/** What in-toto referrers are labelled with by docker buildx and oras: lets a reader filter unsigned statements by type. */
export const IN_TOTO_PREDICATE_ANNOTATION = 'in-toto.io/predicate-type';

export interface AttachOptions {
  attachments: readonly PlannedAttachment[];
  /**
   * Sign every statement and the image itself; none: attach the statements
   * unsigned. May still be loading (distribute-image loads sigstore beside
   * the image's push): awaited before the first signature.
   */
  signer?: AttestationSigner | Promise<AttestationSigner>;
  fallback?: FallbackOptions;
  /**
   * The image's own push (blobs and manifests) when it runs beside the
   * attach (distribute.ts); settles when it is over, whatever its outcome.
   * Until then nothing here marks a destination failed, so an attach error
   * never cuts the image's push short, and the image's own error stays the
   * one reported; the fallback index waits for it (referrers-push.ts), and
   * needs no HEAD of its own for a subject the push put or found there
   * (Target.manifestsThere).
   */
  imagePushed?: Promise<void>;
}

/** One referrer on one destination: the `attestations` output. */
export interface AttestationReport {
  /** The referrer's manifest digest. */
  digest: Digest;
  /** The manifest it refers to. */
  subject: Digest;
  artifactType: string;
  predicateType: string;
  signed: boolean;
  /** registry/repository */
  destination: string;
  /** The `attach` path it came from; absent for the image's signature. */
  file?: string;
  /** attached by this run, or already there from an earlier one (same statement, same signer). */
  outcome: 'attached' | 'present';
  /** The sigstore bundle (JSON) this run signed and attached; absent when unsigned or already present. */
  bundle?: string;
}

const signerId = (s: AttestationSigner | undefined): string => (s === undefined ? 'none' : s.kind === 'key' ? `key:${s.keyHint ?? ''}` : 'keyless');

/** The statements to attach: the files', then (signing) the image's signature over the pushed root. */
export function withImageSignature(run: Pick<PushRun, 'root'>, opts: Pick<AttachOptions, 'attachments' | 'signer'>): PlannedAttachment[] {
  const all = [...opts.attachments];
  if (opts.signer !== undefined) {
    const s = imageSignatureStatement(run.root.digest);
    all.push({ kind: 'signature', subject: run.root, statement: s, bytes: serializeStatement(s), predicateType: s.predicateType });
  }
  return all;
}

/** The referrer for one statement: its bundle when signed, else the statement. Bytes fixed by the statement, the signer and the bundle. */
function artifactOf(a: PlannedAttachment, signer: string, signed: SignedAttestation | undefined): ArtifactSpec {
  const annotations: Record<string, string> = {
    [STATEMENT_ANNOTATION]: digestBytes(a.bytes),
    [SIGNER_ANNOTATION]: signer,
    [IN_TOTO_PREDICATE_ANNOTATION]: a.predicateType,
  };
  if (signed === undefined) {
    return { artifactType: IN_TOTO_PAYLOAD_TYPE, blobs: [{ mediaType: IN_TOTO_PAYLOAD_TYPE, bytes: a.bytes }], annotations };
  }
  return {
    artifactType: BUNDLE_V03_MEDIA_TYPE,
    blobs: [{ mediaType: BUNDLE_V03_MEDIA_TYPE, bytes: Buffer.from(signed.json, 'utf8') }],
    annotations: { ...annotations, [PREDICATE_ANNOTATION]: a.predicateType, [BUNDLE_CONTENT_ANNOTATION]: 'dsse-envelope' },
  };
}

const keyOf = (statementDigest: string, signer: string): string => `${statementDigest} ${signer}`;

/** The (statement, signer) pairs already attached to each subject on this destination, by referrer digest. */
async function existing(t: Target, subjects: readonly Descriptor[]): Promise<Map<string, Map<string, Digest>>> {
  const out = new Map<string, Map<string, Digest>>();
  for (const s of subjects) {
    const listed = await listReferrers(t.client, t.spec.repository, s);
    const found = new Map<string, Digest>();
    for (const r of listed.referrers) {
      const st = r.annotations?.[STATEMENT_ANNOTATION];
      const by = r.annotations?.[SIGNER_ANNOTATION];
      if (st !== undefined && by !== undefined) found.set(keyOf(st, by), r.digest);
    }
    out.set(s.digest, found);
  }
  return out;
}

/** What attachStatements did: the referrers listed on each destination, and their confirmation still running. */
export interface Attached {
  reports: AttestationReport[];
  /**
   * Every destination's fallback index confirmed (at once where there is
   * none). Never rejects: a destination whose confirmation failed is marked
   * failed (push-run.ts markFailed). Await it before the run is reported.
   */
  confirmed: Promise<void>;
}

/** A confirmation that failed, in terms of the destination's tags: moved already or not. */
function unconfirmed(t: Target, root: Digest, e: unknown): PipelineError {
  const tags =
    t.report.tagged === true
      ? "The image's tags were moved while the referrers index listed this run's referrers; another writer removed them since."
      : "The image's tags were not moved.";
  const hint = `${tags} Run again when the other job is done: a re-run adds back what is missing.`;
  if (e instanceof PipelineError) return new PipelineError(e.code, `confirming the referrers of ${t.name}@${root} failed: ${e.reason}`, { hint, cause: e });
  return new PipelineError('REGISTRY', `confirming the referrers of ${t.name}@${root} failed: ${messageOf(e)}`, { hint, cause: e });
}

/**
 * Attach every statement to every healthy destination; returns what each
 * destination holds once every referrer is listed, and the confirmation of
 * the fallback indexes, still running. Signing happens once per statement
 * that some destination lacks, and before anything of it is written.
 */
export async function attachStatements(run: PushRun, given: AttachOptions): Promise<Attached> {
  const imageDone = given.imagePushed ?? Promise.resolve();
  /** Mark `t` failed once the image's push is over (its own failure, if any, comes first). */
  const fail = async (t: Target, e: unknown): Promise<void> => {
    await imageDone;
    markFailed(run, t, e);
  };
  // The signer may still be loading (distribute-image loads it beside the push): a load that fails fails every
  // destination the way a signing failure does, in the report's shape, never as a bare rejection after the push.
  let loaded: Awaited<AttachOptions['signer']>;
  try {
    loaded = await given.signer;
  } catch (e) {
    const err = isPipelineError(e) ? e : new PipelineError('SIGNATURE', `the signer could not be loaded: ${messageOf(e)}`, { cause: e });
    await Promise.all(live(run).map((t) => fail(t, err)));
    return { reports: [], confirmed: Promise.resolve() };
  }
  const opts = { ...given, signer: loaded };
  const planned = withImageSignature(run, opts);
  const here = live(run);
  if (planned.length === 0 || here.length === 0) return { reports: [], confirmed: Promise.resolve() };
  const signer = signerId(opts.signer);
  const subjects = [...new Map(planned.map((a) => [a.subject.digest, a.subject])).values()];
  /**
   * The image's push over on `t`: rejects with its error when it failed there (handled: awaited later, maybe never);
   * `confirmed` when it put or found `subject` there (checked by its HEAD), `unchecked` when it ended before that
   * manifest without failing `t` (an error of the source), so a HEAD asks before an index names it.
   */
  const pushedTo = (t: Target, subject: Descriptor): Promise<SubjectPush> => {
    const p = imageDone.then((): SubjectPush => {
      if (t.report.error !== undefined) throw t.report.error;
      return t.manifestsThere.has(subject.digest) ? 'confirmed' : 'unchecked';
    });
    p.catch(() => undefined);
    return p;
  };
  // 1. What each destination has already (a re-run, or another destination of an earlier run).
  const have = new Map<Target, Map<string, Map<string, Digest>>>();
  await Promise.all(
    here.map(async (t) => {
      try {
        have.set(t, await existing(t, subjects));
      } catch (e) {
        await fail(t, e);
      }
    }),
  );
  const missing = (t: Target, a: PlannedAttachment): boolean =>
    !have
      .get(t)
      ?.get(a.subject.digest)
      ?.has(keyOf(digestBytes(a.bytes), signer));
  // 2. Sign what some destination lacks, once; a signing failure fails every destination that needed it.
  const signed = new Map<PlannedAttachment, SignedAttestation>();
  if (opts.signer !== undefined) {
    for (const a of planned) {
      const needing = live(run).filter((t) => missing(t, a));
      if (needing.length === 0) continue;
      try {
        signed.set(a, await opts.signer.sign(a.statement));
      } catch (e) {
        const why = a.file === undefined ? 'the image signature' : `the statement of ${a.file}`;
        const err =
          e instanceof PipelineError
            ? new PipelineError(e.code, `signing ${why} failed: ${e.reason}`, {
                ...(e.hint !== undefined ? { hint: `${e.hint} The image's tags were not moved.` } : {}),
                cause: e,
              })
            : new PipelineError('SIGNATURE', `signing ${why} failed: ${messageOf(e)}`, { cause: e });
        await Promise.all(needing.map((t) => fail(t, err)));
      }
    }
  }
  // 3. Attach per destination and subject: one fallback index write per subject.
  const reports: AttestationReport[] = [];
  const confirmations: Array<Promise<void>> = [];
  await Promise.all(
    live(run).map(async (t) => {
      const mine: AttestationReport[] = [];
      const confirms: Array<() => Promise<void>> = [];
      try {
        for (const subject of subjects) {
          const forSubject = planned.filter((a) => a.subject.digest === subject.digest);
          const toAttach: PlannedAttachment[] = [];
          for (const a of forSubject) {
            const present = have
              .get(t)
              ?.get(subject.digest)
              ?.get(keyOf(digestBytes(a.bytes), signer));
            if (present !== undefined) mine.push(report(t, a, present, opts.signer !== undefined, 'present'));
            else toAttach.push(a);
          }
          if (toAttach.length === 0) continue;
          const specs = toAttach.map((a) => artifactOf(a, signer, signed.get(a)));
          const r = await pushReferrers(t.client, t.spec.repository, subject, specs, {
            onProgress: run.emit,
            ...(opts.fallback !== undefined ? { fallback: opts.fallback } : {}),
            ...(opts.imagePushed !== undefined ? { subjectPushed: pushedTo(t, subject) } : {}),
          });
          confirms.push(r.confirm);
          r.referrers.forEach((d, i) => {
            const a = toAttach[i] as PlannedAttachment;
            const bundle = signed.get(a)?.json;
            mine.push({ ...report(t, a, d.digest, opts.signer !== undefined, 'attached'), ...(bundle !== undefined ? { bundle } : {}) });
          });
        }
        reports.push(...mine);
      } catch (e) {
        await fail(t, e);
        return;
      }
      // Started now, each to its end (allSettled: none left running unobserved), handled at once: a failure marks the destination.
      confirmations.push(
        Promise.allSettled(confirms.map((c) => c())).then((done) => {
          const failed = done.find((d): d is PromiseRejectedResult => d.status === 'rejected');
          if (failed !== undefined) markFailed(run, t, unconfirmed(t, run.root.digest, failed.reason));
        }),
      );
    }),
  );
  return { reports, confirmed: Promise.all(confirmations).then(() => undefined) };
}

function report(t: Target, a: PlannedAttachment, digest: Digest, signed: boolean, outcome: AttestationReport['outcome']): AttestationReport {
  return {
    digest,
    subject: a.subject.digest,
    artifactType: signed ? BUNDLE_V03_MEDIA_TYPE : IN_TOTO_PAYLOAD_TYPE,
    predicateType: a.predicateType,
    signed,
    destination: t.name,
    ...(a.file !== undefined ? { file: a.file } : {}),
    outcome,
  };
}
