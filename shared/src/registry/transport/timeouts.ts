/**
 * How long a registry may take, in one place. A server that hangs, or
 * trickles a byte now and then to dodge an idle timeout, must cost a
 * bounded time, while a large layer on a slow link must still get through.
 *
 * Defaults (all configurable through the client options):
 * - idleMs 60 s: the socket may be silent this long (nginx's own default
 *   proxy_read_timeout, so a registry behind one cannot be slower anyway);
 * - requestMs 120 s: the whole of one request and its response body, for
 *   everything that is not blob bytes (pings, HEADs, POSTs, manifests,
 *   tokens, the final PUT of an upload);
 * - minBytesPerSecond 256 KiB/s: a request carrying blob bytes (a streamed
 *   upload, a chunk, a blob download) gets requestMs plus its size at this
 *   floor rate (a 1 GiB layer: about 70 minutes);
 * - stallWindowMs 30 s: that floor is also enforced while a body streams,
 *   the way curl's --speed-limit/--speed-time do: a request whose transfer
 *   moved fewer than minBytesPerSecond * stallWindowMs bytes in one window
 *   fails as a stall (and is retried like any timeout). The deadline alone
 *   trusts the size the registry declared (a 1 TiB descriptor would earn
 *   weeks); this check does not. Only time spent waiting on the registry
 *   counts: not the wait for its answer once our request is sent, nor a
 *   window in which our own side (a slow reader or source) held things up;
 * * - the retry budget (retry/policy.ts, REGISTRY_RETRY.budgetMs 120 s) counts time
 *   spent in requests as well as backoff; a blob upload's budget gets its
 *   transfer allowance on top.
 *
 * A hung registry therefore fails after about the retry budget plus one
 * idle timeout (about 3 minutes by default), a trickling one after about
 * the budget plus one deadline.
 */
export interface Timeouts {
  idleMs: number;
  requestMs: number;
  minBytesPerSecond: number;
  stallWindowMs: number;
}

export const DEFAULT_TIMEOUTS: Timeouts = { idleMs: 60_000, requestMs: 120_000, minBytesPerSecond: 256 * 1024, stallWindowMs: 30_000 };

/** The deadline of a request that moves `bytes` of blob data (0 for everything else). */
export function deadlineFor(t: Timeouts, bytes = 0): number {
  return t.requestMs + transferAllowanceMs(t, bytes);
}

/** Bytes a streaming transfer must move in each stall window. */
export function windowFloorBytes(t: Pick<Timeouts, 'minBytesPerSecond' | 'stallWindowMs'>): number {
  return Math.ceil((t.minBytesPerSecond * t.stallWindowMs) / 1000);
}

/** A rate for people: 262144 -> "256 KiB/s". */
export function formatRate(bytesPerSecond: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let v = bytesPerSecond;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${Number.isInteger(v) ? v : v.toFixed(1)} ${units[i]}/s`;
}

/** Time `bytes` may take at the floor rate. */
export function transferAllowanceMs(t: Timeouts, bytes: number): number {
  return bytes > 0 ? Math.ceil((bytes / t.minBytesPerSecond) * 1000) : 0;
}

/** Defaults with the caller's overrides; each value must be a positive number. */
export function timeoutsWith(over: Partial<Timeouts> | undefined): Timeouts {
  const t = { ...DEFAULT_TIMEOUTS, ...(over ?? {}) };
  for (const [k, v] of Object.entries(t)) {
    if (!(typeof v === 'number' && Number.isFinite(v) && v > 0)) throw new RangeError(`timeouts.${k} must be a positive number, got ${String(v)}`);
  }
  return t;
}

/** The time fields of one request (http.ts's HttpRequest) from the settings: the one place they are derived, for the client and the token fetch alike. */
export function requestTiming(t: Timeouts, bytes = 0): { deadlineMs: number; idleTimeoutMs: number; minBytesPerSecond: number; stallWindowMs: number } {
  return { deadlineMs: deadlineFor(t, bytes), idleTimeoutMs: t.idleMs, minBytesPerSecond: t.minBytesPerSecond, stallWindowMs: t.stallWindowMs };
}
