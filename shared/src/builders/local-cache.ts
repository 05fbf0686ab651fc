/**
 * `type=local` build caches for buildah and podman. Both can only use a
 * registry repository as a layer cache (`--cache-from/--cache-to HOST/REPO`,
 * one tag per build step), while build-push-action users expect a folder that
 * a plain actions/cache step carries between runs. So for the length of a
 * build we serve the folder as a registry on 127.0.0.1 (random port), and on
 * close() write this build's cache to `dest`. The folder is an OCI image
 * layout, one manifest per cache entry named by its tag (local-cache/entries.ts).
 *
 * buildah must be told the address is plain HTTP through a registries.conf
 * drop-in (`insecure = true` for this location only), never --tls-verify=false.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { cacheHandler, CACHE_REPOSITORY } from './local-cache/http.js';
import type { CacheLog } from './local-cache/src-layout.js';
import { CacheStore, type CacheCounts } from './local-cache/store.js';

export type { CacheCounts } from './local-cache/store.js';

export interface LocalCacheOptions {
  /** Folder to read cache entries from (absent or unusable: a cold build, with a warning when unusable). */
  src?: string;
  /** Folder to write this build's cache to on close() (replaced whole). May equal src. */
  dest?: string;
  log?: CacheLog;
  /** Most bytes in one uploaded blob (default 32 GiB). */
  maxBlobBytes?: number;
  /** Shorter server waits (tests). */
  timeouts?: Partial<CacheTimeouts>;
}

export interface CacheTimeouts {
  /** Whole request received (ms). */
  requestTimeout: number;
  /** Request headers received (ms). */
  headersTimeout: number;
  /** An idle keep-alive connection is closed after (ms). */
  keepAliveTimeout: number;
  /** No byte in either direction for this long (ms): the socket is closed. */
  idle: number;
}

export interface LocalCache {
  /** `127.0.0.1:PORT`, for the registries.conf drop-in. */
  registry: string;
  /** `${registry}/cache`: the repository for --cache-from/--cache-to (no tag). */
  ref: string;
  /**
   * Stop serving and, when there is a dest, write this build's cache there
   * (the entries pushed plus those used from src, with their blobs), renamed
   * into place. `discard: true` writes nothing (e.g. the build failed).
   * Returns what the written cache holds. Safe to call twice.
   */
  close(opts?: { discard?: boolean }): Promise<CacheCounts>;
}

/** Server bounds: every wait is capped, so a stuck client cannot hold the build. */
const TIMEOUTS: CacheTimeouts = {
  // A multi-GiB layer over loopback takes seconds, so minutes is generous.
  requestTimeout: 15 * 60_000,
  headersTimeout: 20_000,
  keepAliveTimeout: 5_000,
  idle: 120_000,
};

const quiet: CacheLog = { debug: () => undefined, warning: () => undefined };

export async function startLocalCache(opts: LocalCacheOptions): Promise<LocalCache> {
  const log = opts.log ?? quiet;
  const store = await CacheStore.create({
    src: opts.src,
    dest: opts.dest,
    log,
    ...(opts.maxBlobBytes === undefined ? {} : { maxBlobBytes: opts.maxBlobBytes }),
  });
  const hosts = new Set<string>();
  const t = { ...TIMEOUTS, ...opts.timeouts };
  const server = http.createServer(
    {
      requestTimeout: t.requestTimeout,
      headersTimeout: t.headersTimeout,
      keepAliveTimeout: t.keepAliveTimeout,
      // How often Node checks the two request timeouts above (default 30 s, longer than the header bound).
      connectionsCheckingInterval: Math.min(1_000, t.headersTimeout),
    },
    cacheHandler(store, hosts, log),
  );
  server.timeout = t.idle;
  server.maxHeadersCount = 100;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
  } catch (e) {
    await store.discard();
    throw e;
  }
  const port = (server.address() as AddressInfo).port;
  const registry = `127.0.0.1:${port}`;
  hosts.add(registry);
  hosts.add(`localhost:${port}`);
  log.debug(`local cache: serving ${opts.src ?? '(no src)'} -> ${opts.dest ?? '(no dest)'} at ${registry}/${CACHE_REPOSITORY}`);

  let closing: Promise<CacheCounts> | undefined;
  const close = (closeOpts: { discard?: boolean } = {}): Promise<CacheCounts> => {
    closing ??= (async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      if (closeOpts.discard === true) {
        await store.discard();
        return { entries: 0, blobs: 0, bytes: 0 };
      }
      const counts = await store.commit();
      if (opts.dest !== undefined) log.debug(`local cache: wrote ${counts.entries} entries, ${counts.blobs} blobs, ${counts.bytes} bytes to ${opts.dest}`);
      return counts;
    })();
    return closing;
  };
  return { registry, ref: `${registry}/${CACHE_REPOSITORY}`, close };
}
