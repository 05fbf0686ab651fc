/**
 * Phase 2 of a push: manifests by digest, children before parents, on every
 * healthy destination. Each is skipped when the registry already serves that
 * digest, and after a PUT checked by a HEAD: a registry that stored other
 * bytes (a converted media type) fails that destination before any tag.
 * Either HEAD that finds the digest is recorded on the destination
 * (Target.manifestsThere): the proof, for what names the manifest later
 * (a referrers fallback index), that it is there.
 */
import { PipelineError } from '../errors.js';
import type { Descriptor } from '../oci/types.js';
import { live, markFailed, type PushRun } from './push-run.js';

export async function putManifests(run: PushRun, manifests: readonly Descriptor[]): Promise<void> {
  for (const m of manifests) {
    const here = live(run);
    if (here.length === 0) return;
    const bytes = await run.source.readBlob(m);
    await Promise.all(
      here.map(async (t) => {
        try {
          const before = await t.client.headManifest(t.spec.repository, m.digest);
          if (before?.digest === m.digest) {
            t.manifestsThere.add(m.digest);
            run.emit({ kind: 'manifest', destination: t.name, digest: m.digest, outcome: 'skipped' });
            return;
          }
          // Phase 1 checked every blob this manifest names on this destination (or an earlier
          // manifest of this loop did, children first), so "blob unknown" is a passing race.
          await t.client.putManifest(t.spec.repository, m.digest, m.mediaType, bytes, { blobsVerified: true });
          const after = await t.client.headManifest(t.spec.repository, m.digest);
          if (after?.digest !== m.digest) {
            throw new PipelineError('DIGEST_MISMATCH', `${t.name} reports ${after?.digest ?? 'nothing'} for the manifest pushed as ${m.digest}`, {
              hint: 'The registry changed the manifest; it may not support this media type.',
            });
          }
          t.manifestsThere.add(m.digest);
          t.report.manifestsPushed++;
          run.emit({ kind: 'manifest', destination: t.name, digest: m.digest, outcome: 'pushed' });
        } catch (e) {
          markFailed(run, t, e);
        }
      }),
    );
  }
}
