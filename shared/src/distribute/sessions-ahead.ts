/**
 * Upload sessions opened ahead of their uploads (upload-blobs.ts), so a
 * blob's bytes start the moment its turn comes instead of one POST later.
 *
 * Why ahead and not just before: a registry answers the POST only once it
 * has written the session down, and a filesystem registry (Debian's
 * docker-registry, distribution's filesystem driver) fsyncs that small file
 * behind the fsync of the blob it is storing at that moment, so the POST of
 * the next blob waited for the last one's disk flush, and with it every
 * destination the same read feeds (bench/push.ts measured the idle cores).
 * A remote registry's POST costs a round trip at least.
 *
 * Bounded: sessions are opened for the blobs up to an index the caller moves
 * forward as uploads start (`openThrough`), only for the destinations that
 * will upload the blob (its leaders: the others mount it or have it), and
 * only on a destination that has stored a blob of this push already
 * (Target.storedOne; `proven` opens the ones it missed): before that, a
 * registry that refuses us is asked once per blob, as without sessions
 * ahead. A session is taken once, by the blob's first upload try: a POST
 * that failed fails that try, as its own POST would have (a 429's
 * Retry-After is honoured by the upload's retry). A session that waited
 * longer than SESSION_FRESH_MS is not handed out (a registry may expire idle
 * sessions, and would refuse it only after the whole body): the upload opens
 * its own. `close` cancels the sessions no upload took (a blob a destination
 * failed before sending) and the stale ones, so a push leaves none behind.
 */
import type { Descriptor } from '../oci/types.js';
import type { UploadSession } from '../registry/client/client.js';
import type { Target } from './push-run.js';

/** How long a session opened ahead is handed out; older ones are let go (the upload POSTs its own). */
export const SESSION_FRESH_MS = 30_000;

export interface SessionsAhead {
  /** Plan the blobs up to `last` (an index into the blobs, in upload order): open their sessions on proven destinations. */
  openThrough(last: number): void;
  /** `t` has just stored its first blob of this push: open its sessions for the planned blobs it has not begun. */
  proven(t: Target): void;
  /**
   * The session opened ahead for this blob on this destination, now the caller's; undefined when there is none;
   * rejected with its POST's error when that failed. Either way the blob counts as begun on `t`: no session is
   * opened for it later.
   */
  take(t: Target, blob: Descriptor): Promise<UploadSession | undefined>;
  /** Wait for every POST still out, then cancel the sessions no upload took. */
  close(): Promise<void>;
}

/** `leadersOf(blob)`: the destinations that will upload the blob (upload-blobs.ts decides, from its HEADs). */
export function sessionsAhead(
  blobs: readonly Descriptor[],
  leadersOf: (blob: Descriptor) => Promise<readonly Target[]>,
  clock: { now: () => number; freshMs: number } = { now: Date.now, freshMs: SESSION_FRESH_MS },
): SessionsAhead {
  // Per blob (by digest), in plan order: its leaders once known.
  const planned = new Map<string, Promise<readonly Target[]>>();
  // Per destination: the sessions opened and not taken, and the blobs begun (taken, with or without a session).
  const open = new Map<Target, Map<string, { session: Promise<UploadSession>; at: number }>>();
  // Taken too late to hand out: let go by close().
  const stale: Array<{ t: Target; session: Promise<UploadSession> }> = [];
  const begun = new Map<Target, Set<string>>();
  let through = -1;
  const of = <V>(m: Map<Target, V>, t: Target, make: () => V): V => {
    let v = m.get(t);
    if (v === undefined) m.set(t, (v = make()));
    return v;
  };
  const openFor = (t: Target, digest: string): void => {
    if (t.report.error !== undefined || t.storedOne !== true) return;
    const mine = of(open, t, () => new Map<string, { session: Promise<UploadSession>; at: number }>());
    if (mine.has(digest) || begun.get(t)?.has(digest) === true) return;
    // Through a resolved promise, so a client that throws instead of rejecting fails the upload's try, not us.
    const s = Promise.resolve().then(() => t.client.openUpload(t.spec.repository));
    // Observed here: a session never taken must not reject unhandled (close() looks at it again).
    s.catch(() => undefined);
    mine.set(digest, { session: s, at: clock.now() });
  };
  const openWhenPlanned = (digest: string, only?: Target): Promise<void> =>
    (planned.get(digest) as Promise<readonly Target[]>).then((leaders) => {
      for (const t of leaders) if (only === undefined || t === only) openFor(t, digest);
    });
  // Every opening scheduled, so close() waits for them before it cancels.
  const scheduled: Array<Promise<void>> = [];
  return {
    openThrough(last) {
      while (through < Math.min(last, blobs.length - 1)) {
        const blob = blobs[++through] as Descriptor;
        if (planned.has(blob.digest)) continue;
        planned.set(
          blob.digest,
          leadersOf(blob).catch((): readonly Target[] => []),
        );
        scheduled.push(openWhenPlanned(blob.digest));
      }
    },
    proven(t) {
      for (const digest of planned.keys()) scheduled.push(openWhenPlanned(digest, t));
    },
    async take(t, blob) {
      await planned.get(blob.digest);
      of(begun, t, () => new Set<string>()).add(blob.digest);
      const mine = open.get(t);
      const entry = mine?.get(blob.digest);
      mine?.delete(blob.digest);
      if (entry === undefined) return undefined;
      if (clock.now() - entry.at > clock.freshMs) {
        stale.push({ t, session: entry.session });
        return undefined;
      }
      return entry.session;
    },
    async close() {
      await Promise.all(scheduled);
      const left = [...open].flatMap(([t, mine]) => [...mine.values()].map((e) => ({ t, session: e.session })));
      open.clear();
      await Promise.all(
        [...left, ...stale.splice(0)].map(async ({ t, session }) => {
          const s = await session.catch(() => undefined);
          if (s !== undefined) await t.client.cancelSession(s);
        }),
      );
    },
  };
}
