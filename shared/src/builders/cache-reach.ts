/**
 * "An unreachable cache is a warning and a cold build, never a failed build"
 * (what build-push-action users expect). buildah and podman ignore an
 * unreachable --cache-from silently, but fail the whole build on an
 * unreachable --cache-to (after three retries, rc 125, "failed pushing cache
 * to ..."). So before the build each registry cache is asked once, with our
 * own registry client and the build's own credentials, under short deadlines:
 * a HEAD of a blob in the cache repository, with the scopes the builder will
 * need (pull; pull and push for cache-to). A cache that does not answer, or
 * refuses the credentials, is dropped with a warning naming the line, the ref
 * and why. (A registry that grants a read-only token only refuses the push
 * itself: build.ts then builds again without cache-to.)
 */
import { PipelineError } from '../errors.js';
import { digestBytes } from '../oci/digest.js';
import type { ClientFactory } from '../registry/client/connect.js';
import { parseReference } from '../registry/reference.js';
import type { RetryPolicy } from '../retry/policy.js';
import type { Timeouts } from '../registry/transport/timeouts.js';
import type { CachePlan, CacheSpec, Logger } from './builder.js';

/** A check must not hold the build: one quick retry, a few seconds per request. */
export const CACHE_CHECK_RETRY: RetryPolicy = { attempts: 2, baseDelayMs: 250, maxDelayMs: 1_000, budgetMs: 10_000 };
export const CACHE_CHECK_TIMEOUTS: Partial<Timeouts> = { idleMs: 5_000, requestMs: 8_000 };

/** Any digest will do: the answer (200 or 404) is what tells reachable and allowed. */
const PROBE_DIGEST = digestBytes('');

/** Why one cache spec cannot be used, or undefined when it can. */
async function unusable(spec: CacheSpec, push: boolean, clients: ClientFactory): Promise<string | undefined> {
  if (spec.type !== 'registry') return undefined;
  const ref = parseReference(spec.ref);
  if (!ref.ok) return ref.error.reason;
  try {
    await clients(ref.value.registry).blobExists(ref.value.repository, PROBE_DIGEST, push ? ['pull', 'push'] : ['pull']);
    return undefined;
  } catch (e) {
    if (e instanceof PipelineError) return e.reason;
    return e instanceof Error ? e.message : String(e);
  }
}

/**
 * The plan with the registry caches that cannot be reached (or refuse the
 * credentials) taken out, each with a warning. `skip` names repositories not
 * to ask (the loopback registry build.ts serves type=local from). A cache-from
 * under no-cache is never read, so it is not asked either.
 */
export async function reachableCaches(plan: CachePlan, clients: ClientFactory, log: Logger, skip: ReadonlySet<string> = new Set()): Promise<CachePlan> {
  const keep = async (specs: readonly CacheSpec[], input: 'cache-from' | 'cache-to'): Promise<CacheSpec[]> => {
    const out: CacheSpec[] = [];
    for (const spec of specs) {
      const why = spec.type === 'registry' && !skip.has(spec.ref) ? await unusable(spec, input === 'cache-to', clients) : undefined;
      if (why === undefined) out.push(spec);
      else
        log.warning(
          `${input} line ${spec.line}: the cache ${spec.type === 'registry' ? spec.ref : spec.type} cannot be used (${why}); building without it${input === 'cache-from' ? ' (cold)' : ', so no cache is saved'}`,
        );
    }
    return out;
  };
  const from = plan.noCache ? [...plan.from] : await keep(plan.from, 'cache-from');
  const to = await keep(plan.to, 'cache-to');
  return { from, to, noCache: plan.noCache };
}
