/**
 * The whole distribute step as one library call, for the action and the
 * local runner alike: open the image location(s), merge several into one
 * index, plan the destinations, push, and close the sources.
 */
import { openImageSource } from '../oci/open.js';
import { parseImageLocation } from '../oci/location.js';
import { selectRoot } from '../oci/image.js';
import type { ImageSource } from '../oci/source.js';
import { unwrap } from '../result.js';
import type { UploadMode } from '../registry/client/client.js';
import { clientFactory, type ConnectOptions } from '../registry/client/connect.js';
import type { AuthOptions } from '../registry/credentials/credentials.js';
import { planDestinations } from './destinations.js';
import { distribute, type DistributeOptions, type DistributeResult, type ProgressEvent } from './distribute.js';
import { imageToPush } from './image-set.js';
import type { RetryPolicy } from '../retry/policy.js';
import type { Timeouts } from '../registry/transport/timeouts.js';
import { registryOpener } from '../registry/client/source.js';

export interface PushImageOptions {
  /** Image locations (layout folders, oci-archive:, docker-archive:, docker://); several become one index. */
  images: readonly string[];
  destinations: readonly string[];
  tags?: readonly string[];
  auth?: AuthOptions;
  insecureRegistries?: readonly string[];
  connectTo?: Readonly<Record<string, string>>;
  concurrency?: number;
  uploadMode?: UploadMode;
  retry?: RetryPolicy;
  /** Idle timeout, request deadline, transfer floor rate (defaults in timeouts.ts). */
  timeouts?: Partial<Timeouts>;
  onProgress?: (e: ProgressEvent) => void;
  /** Statements to attach and the signer (distribute.ts, attach.ts). */
  attach?: DistributeOptions['attach'];
}

/** Open one image location, registry references included. */
async function openSource(location: string, connect: ConnectOptions = {}, input = 'image'): Promise<ImageSource> {
  const loc = unwrap(parseImageLocation(location, input));
  const opened = await openImageSource(loc, { input, registry: registryOpener(connect) });
  if (opened.ref === undefined) return opened.source;
  // A location that names one image of several: narrow the source to it.
  const root = await selectRoot(opened.source, opened.ref);
  const src = opened.source;
  return {
    name: src.name,
    roots: async () => [root],
    openBlob: (d) => src.openBlob(d),
    readBlob: (d) => src.readBlob(d),
    hasBlob: (d) => src.hasBlob(d),
    close: () => src.close(),
  };
}

export async function pushImage(opts: PushImageOptions): Promise<DistributeResult> {
  const connect: ConnectOptions = {
    ...(opts.auth !== undefined ? { auth: opts.auth } : {}),
    ...(opts.insecureRegistries !== undefined ? { insecureRegistries: opts.insecureRegistries } : {}),
    ...(opts.connectTo !== undefined ? { connectTo: opts.connectTo } : {}),
    ...(opts.retry !== undefined ? { retry: opts.retry } : {}),
    ...(opts.timeouts !== undefined ? { timeouts: opts.timeouts } : {}),
    onRetry: (registry, what, e) =>
      opts.onProgress?.({
        kind: 'retry',
        destination: registry,
        what,
        attempt: e.attempt,
        waitMs: e.waitMs,
        message: e.error instanceof Error ? e.error.message : String(e.error),
      }),
  };
  const sources: ImageSource[] = [];
  try {
    for (const loc of opts.images) sources.push(await openSource(loc, connect));
    const image = await imageToPush(sources);
    const destinations = unwrap(planDestinations(opts.destinations, opts.tags ?? [], image.tags, image.root.digest));
    return await distribute({
      source: image.source,
      root: image.root,
      destinations,
      clients: clientFactory(connect),
      ...(opts.concurrency !== undefined ? { concurrency: opts.concurrency } : {}),
      ...(opts.uploadMode !== undefined ? { uploadMode: opts.uploadMode } : {}),
      ...(opts.retry !== undefined ? { retry: opts.retry } : {}),
      ...(opts.onProgress !== undefined ? { onProgress: opts.onProgress } : {}),
      ...(opts.attach !== undefined ? { attach: opts.attach } : {}),
    });
  } finally {
    await Promise.all(sources.map((s) => s.close().catch(() => undefined)));
  }
}
