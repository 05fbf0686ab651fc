/**
 * Waiting for an AMI to become `available`, written for the faults AMI copies
 * really meet: a fresh copy is invisible for a while (InvalidAMIID.NotFound,
 * up to minutes), DescribeImages gets throttled when many copies are polled,
 * and a copy can end `failed`. Not-found and throttling are waited out; a
 * failed image or an access error ends the wait at once; the whole wait is
 * bounded. Delays come from the project's one backoff (retry/backoff.ts,
 * full jitter under a doubling ceiling, one step further on throttling) on
 * top of a floor of `minDelayMs`, so many waiters do not poll in step, none
 * polls faster than the floor, and none waits longer than `maxDelayMs`.
 */
import { DescribeImagesCommand, type EC2Client, type Image } from '@aws-sdk/client-ec2';
import { PipelineError } from '../../errors.js';
import { accessError, awsError, awsErrorCode, classifyAwsError } from '../../aws/ec2-errors.js';
import { jitteredDelayMs } from '../../retry/backoff.js';
import { sleep } from '../../retry/sleep.js';

export interface WaitOptions {
  /** Give up after this long. Default 60 minutes. */
  maxWaitMs?: number;
  /** First delay between polls. Default 15 s (the SDK waiter's). */
  minDelayMs?: number;
  /** Largest delay between polls. Default 120 s. */
  maxDelayMs?: number;
  /** How long an image may stay invisible after its copy started. Default 5 minutes. */
  notFoundGraceMs?: number;
  signal?: AbortSignal;
  onProgress?: (p: WaitProgress) => void;
  now?: () => number;
}

export interface WaitProgress {
  region: string;
  imageId: string;
  /** `pending`, `not-visible-yet` or `throttled`. */
  state: string;
  elapsedMs: number;
}

export const DEFAULT_MAX_WAIT_MS = 60 * 60 * 1000;

const FINAL_BAD = new Set(['failed', 'error', 'invalid', 'deregistered', 'disabled']);

export async function waitForImageAvailable(client: EC2Client, region: string, imageId: string, opts: WaitOptions = {}): Promise<Image> {
  const now = opts.now ?? Date.now;
  const maxWait = opts.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
  const minDelay = opts.minDelayMs ?? 15_000;
  const maxDelay = opts.maxDelayMs ?? 120_000;
  const grace = opts.notFoundGraceMs ?? 5 * 60_000;
  const start = now();
  // Backoff step: one per poll, one more per throttled answer.
  let step = 0;
  let lastState: string;
  for (;;) {
    const elapsed = now() - start;
    let state: string;
    try {
      const out = await client.send(new DescribeImagesCommand({ ImageIds: [imageId] }), { abortSignal: opts.signal });
      const img = out.Images?.find((i) => i.ImageId === imageId);
      state = img === undefined ? 'not-visible-yet' : (img.State ?? 'pending');
      if (img !== undefined && state === 'available') return img;
      if (img !== undefined && FINAL_BAD.has(state)) {
        const reason = img.StateReason?.Message ?? img.StateReason?.Code ?? 'no reason given';
        throw new PipelineError('AWS', `AMI ${imageId} in ${region} ended in state '${state}': ${reason}`, {
          hint: 'Look at the source image and its snapshots (size, KMS key access in the destination region), deregister the failed copy, and run again.',
        });
      }
      if (state === 'not-visible-yet' && elapsed > grace) throw notVisible(region, imageId, grace);
    } catch (e) {
      if (e instanceof PipelineError) throw e;
      if (opts.signal?.aborted === true) throw e;
      const kind = classifyAwsError(e);
      if (kind === 'access') throw accessError('DescribeImages', region, e);
      if (kind === 'not-found') {
        if (elapsed > grace) throw notVisible(region, imageId, grace);
        state = 'not-visible-yet';
      } else if (kind === 'throttle' || kind === 'transient') {
        state = `throttled (${awsErrorCode(e) ?? kind})`;
        step++;
      } else throw awsError('DescribeImages', region, e);
    }
    lastState = state;
    opts.onProgress?.({ region, imageId, state, elapsedMs: elapsed });
    const wait = minDelay + jitteredDelayMs(step, { baseDelayMs: minDelay, maxDelayMs: Math.max(0, maxDelay - minDelay) });
    if (now() - start + wait > maxWait) {
      throw new PipelineError(
        'AWS',
        `AMI ${imageId} in ${region} was still '${lastState}' after ${Math.round((now() - start) / 1000)} s, the most 'max-wait' allows`,
        {
          input: 'max-wait',
          hint: 'Large or many snapshots take longer to copy: raise max-wait, or re-run: the copy goes on in AWS and a re-run picks it up instead of starting another.',
        },
      );
    }
    await sleep(wait, opts.signal);
    step++;
  }
}

function notVisible(region: string, imageId: string, graceMs: number): PipelineError {
  return new PipelineError('AWS', `AMI ${imageId} in ${region} was still not found ${Math.round(graceMs / 1000)} s after it was created`, {
    hint: 'Check that the copy was not deregistered meanwhile, then run again.',
  });
}
