/**
 * Files from a Packer release site (index.json, SHA256SUMS, its .sig, the
 * zip), each through the one retry loop (retry/retry.ts). A connection reset
 * or closed under a request (a keep-alive socket the server dropped as the
 * request went out, a loaded machine, a flaky proxy), a deadline, or an
 * answer of 408, 429 or 5xx is tried again, with the registry's numbers
 * (REGISTRY_RETRY: 6 tries, waits from 250 ms, 120 s in all) and the
 * registry's rules for what is transient (retry-classify.ts), decided from
 * the status and the socket error code, never from message text. A 404, a
 * redirect origin.ts refuses or a body past its cap is final at once.
 *
 * Nothing fetched here is trusted: packer-install.ts checks the signature,
 * the sums and the pin.
 */
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { isPipelineError, PipelineError } from '../../errors.js';
import { capped, readBounded } from '../../registry/transport/body.js';
import { fetchFollowing } from '../../registry/transport/follow.js';
import { redactUrl } from '../../registry/transport/origin.js';
import { parseRetryAfter, type RegistryFailure } from '../../registry/transport/registry-error.js';
import { decide } from '../../registry/transport/retry-classify.js';
import { REGISTRY_RETRY, type RetryPolicy } from '../../retry/policy.js';
import { withRetry, type RetryDecision } from '../../retry/retry.js';
import { pipeToFile } from '../../pipe-to-file.js';

export interface ReleaseFetchOptions {
  /** Default REGISTRY_RETRY; tests pass short waits. */
  retry?: RetryPolicy;
  /** A line per retry, for the action's log. */
  log?: (line: string) => void;
  /** For tests: the fetch underneath fetchFollowing. */
  fetchImpl?: typeof fetch;
  /** For tests: the zip's cap (default MAX_ZIP_BYTES). */
  maxZipBytes?: number;
}

/** Why a small file could not be had; `transient` when every try failed for a reason another try might not meet. */
export interface FetchFailure {
  failure: string;
  transient: boolean;
}

/** Deadline of one try at a small file, body included. */
const SMALL_DEADLINE_MS = 60_000;
/** Deadline of one try at the zip, body included: Packer's zips are 30-50 MB, so this allows about 100 KB/s. */
const ZIP_DEADLINE_MS = 10 * 60_000;
/** Packer's release zips are 30-50 MB; this is far past any, and stops a server that never ends its body. */
export const MAX_ZIP_BYTES = 128 * 1024 * 1024;

/** A try that got an answer other than 2xx: the status (and Retry-After) as data, for the classifier. */
class StatusFailure extends Error {
  constructor(readonly failure: RegistryFailure) {
    super(`HTTP ${failure.status ?? '?'}`);
  }
}

/**
 * The status or socket error code of a failed try. fetch rejects with a TypeError ("fetch failed")
 * whose `cause` carries the socket's code (ECONNRESET, UND_ERR_SOCKET...); a body cut mid-read
 * errors the same way; a deadline is a TimeoutError.
 */
export function failureOf(e: unknown): RegistryFailure | undefined {
  if (e instanceof StatusFailure) return e.failure;
  // A refused redirect, a body past its cap: the same answer comes back on another try.
  if (isPipelineError(e)) return undefined;
  let c: unknown = e;
  for (let depth = 0; depth < 4 && typeof c === 'object' && c !== null; depth++) {
    if ((c as Error).name === 'TimeoutError') return { errno: 'ETIMEDOUT' };
    const code = (c as { code?: unknown }).code;
    if (typeof code === 'string') return { errno: code };
    c = (c as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The registry's rules for what is transient (retry-classify.ts), on this fetch's failure data. */
export const classifyReleaseFetch = (e: unknown): RetryDecision => decide(failureOf(e));

/** A short account of a failed try: "HTTP 404", or "fetch failed (ECONNRESET: read ECONNRESET)". */
export function describeFailure(e: unknown): string {
  if (e instanceof StatusFailure) return e.message;
  // Duck-typed, not instanceof: fetch's errors come from Node's own realm, which a test runner's sandbox does not share.
  const message = messageOf(e) ?? String(e);
  const cause = typeof e === 'object' && e !== null ? (e as { cause?: unknown }).cause : undefined;
  const causeMessage = messageOf(cause);
  if (causeMessage === undefined) return message.slice(0, 200);
  const code = (cause as { code?: unknown }).code;
  const detail = typeof code === 'string' && !causeMessage.includes(code) ? `${code}: ${causeMessage}` : causeMessage;
  return `${message} (${detail})`.slice(0, 200);
}

function messageOf(x: unknown): string | undefined {
  const m = typeof x === 'object' && x !== null ? (x as { message?: unknown }).message : undefined;
  return typeof m === 'string' ? m : undefined;
}

/** One GET through fetchFollowing with a deadline that covers the body too; a non-2xx answer throws StatusFailure. */
async function get(url: string, deadlineMs: number, o: ReleaseFetchOptions): Promise<Response> {
  // Redirects by origin.ts's rules (a few hops, never https to http).
  const res = await fetchFollowing(
    url,
    { signal: AbortSignal.timeout(deadlineMs) },
    { what: redactUrl(url), context: { input: 'packer-version' }, ...(o.fetchImpl === undefined ? {} : { fetchImpl: o.fetchImpl }) },
  );
  if (!res.ok) {
    await res.body?.cancel().catch(() => undefined);
    const retryAfterMs = parseRetryAfter(res.headers.get('retry-after') ?? undefined);
    throw new StatusFailure(retryAfterMs === undefined ? { status: res.status } : { status: res.status, retryAfterMs });
  }
  return res;
}

/** Runs `attempt` under the policy, counting tries; the error that ended it comes back with the count. */
async function tried<T>(url: string, o: ReleaseFetchOptions, attempt: () => Promise<T>): Promise<{ value: T } | { error: unknown; tries: number }> {
  let tries = 0;
  try {
    const value = await withRetry(
      () => {
        tries++;
        return attempt();
      },
      {
        policy: o.retry ?? REGISTRY_RETRY,
        classify: classifyReleaseFetch,
        onRetry: (r) => o.log?.(`${redactUrl(url)}: ${describeFailure(r.error)}; try ${r.attempt + 1} in ${(r.waitMs / 1000).toFixed(1)} s`),
      },
    );
    return { value };
  } catch (error) {
    return { error, tries };
  }
}

const triesSuffix = (tries: number): string => (tries > 1 ? `, after ${tries} tries` : '');

/** A small file: its bytes, or why not (HTTP status, transport error, too large), after the retries. */
export async function fetchReleaseFile(url: string, max: number, what: string, o: ReleaseFetchOptions = {}): Promise<{ bytes: Buffer } | FetchFailure> {
  const got = await tried(url, o, async () => {
    const res = await get(url, SMALL_DEADLINE_MS, o);
    // No code and no status: the classifier calls it final, as another try gets the same body.
    const tooLarge = (n: number): Error => new Error(`it is larger than ${n} bytes, not ${what}`);
    return res.body === null ? Buffer.alloc(0) : (await readBounded(res.body as AsyncIterable<Uint8Array>, max, 'fail', tooLarge)).bytes;
  });
  if ('value' in got) return { bytes: got.value };
  // Transient: every try failed for a reason the classifier would have tried again (the policy ran out).
  return { failure: `${describeFailure(got.error)}${triesSuffix(got.tries)}`, transient: classifyReleaseFetch(got.error).retry };
}

/** What to do when the release site keeps failing: the same advice wherever it happens. */
export function unreachableHint(url: string): string {
  return `The release site kept failing (${new URL(url).origin}); nothing was installed. Run again; if it persists, check the runner's network and any proxy, set packer-releases-url to a reachable mirror, or set packer-version: system to use a packer already on the runner.`;
}

/**
 * The zip, streamed to a new file under RUNNER_TEMP (the caller removes it): at most MAX_ZIP_BYTES,
 * each try from the start. Throws a NETWORK error naming the URL once the tries are spent.
 */
export async function downloadRelease(url: string, input: string, o: ReleaseFetchOptions = {}): Promise<string> {
  const dir = process.env['RUNNER_TEMP'] !== undefined && process.env['RUNNER_TEMP'] !== '' ? process.env['RUNNER_TEMP'] : os.tmpdir();
  const file = path.join(dir, `packer-${randomUUID()}.zip`);
  const max = o.maxZipBytes ?? MAX_ZIP_BYTES;
  const tooLarge = (n: number): Error => new PipelineError('NETWORK', `${redactUrl(url)} is larger than ${n} bytes, not a Packer release zip`, { input });
  const got = await tried(url, o, async () => {
    const res = await get(url, ZIP_DEADLINE_MS, o);
    // A size the server declares past the cap is refused before a byte is written to the runner's disk.
    const declared = Number(res.headers.get('content-length') ?? '');
    if (Number.isFinite(declared) && declared > max) {
      await res.body?.cancel().catch(() => undefined);
      throw tooLarge(max);
    }
    const body = res.body === null ? Readable.from([]) : Readable.fromWeb(res.body as WebReadableStream<Uint8Array>);
    // flags 'w': a retry starts the file over.
    await pipeToFile(file, { flags: 'w', mode: 0o600 }, body, capped(max, tooLarge));
  });
  if ('value' in got) return file;
  await fs.rm(file, { force: true });
  if (isPipelineError(got.error)) throw got.error;
  const transient = classifyReleaseFetch(got.error).retry;
  throw new PipelineError('NETWORK', `could not download ${redactUrl(url)}: ${describeFailure(got.error)}${triesSuffix(got.tries)}`, {
    input,
    hint: transient ? unreachableHint(url) : 'Check packer-version names a release that has a build for this runner, and that packer-releases-url serves it.',
    cause: got.error,
  });
}
