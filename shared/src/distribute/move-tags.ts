/**
 * Phase 3 of a push, run only once phases 1 and 2 are over: point each tag
 * at the root manifest, on the destinations that had no failure (a failed
 * destination keeps its old tags). A tag already there is left alone; a
 * moved one is checked by a HEAD, since another push may race us.
 */
import { PipelineError } from '../errors.js';
import { live, markFailed, type PushRun } from './push-run.js';

export async function moveTags(run: PushRun): Promise<void> {
  const { root } = run;
  const here = live(run);
  const rootBytes = here.length > 0 ? await run.source.readBlob(root) : Buffer.alloc(0);
  await Promise.all(
    here.map(async (t) => {
      try {
        t.report.refs.push(`${t.name}@${root.digest}`);
        for (const tag of t.spec.tags) {
          // The destination may fail while its tags move (its referrers index's confirmation runs beside them,
          // attach.ts): no further tag then, so what its error says about the tags stays true.
          if (t.report.error !== undefined) return;
          const current = await t.client.headManifest(t.spec.repository, tag);
          if (current?.digest === root.digest) {
            run.emit({ kind: 'tag', destination: t.name, ref: `${t.name}:${tag}`, outcome: 'unchanged' });
          } else {
            await t.client.putManifest(t.spec.repository, tag, root.mediaType, rootBytes);
            const after = await t.client.headManifest(t.spec.repository, tag);
            if (after?.digest !== root.digest) {
              throw new PipelineError('DIGEST_MISMATCH', `${t.name}:${tag} points at ${after?.digest ?? 'nothing'} after the push, expected ${root.digest}`, {
                hint: 'Another push may have moved the tag at the same time.',
              });
            }
            run.emit({ kind: 'tag', destination: t.name, ref: `${t.name}:${tag}`, outcome: 'moved' });
          }
          t.report.refs.push(`${t.name}:${tag}`);
          t.report.tagged = true;
        }
      } catch (e) {
        markFailed(run, t, e);
      }
    }),
  );
}
