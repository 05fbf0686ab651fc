/**
 * The one interface every image source implements (an OCI layout, an
 * oci-archive, a docker-archive, and a registry image through
 * registry/client/source.ts): a few accessors, in the
 * spirit of go-containerregistry's small v1.Image. Everything else — resolving
 * a tag, walking an index, reading configs — is written once on top of it in
 * image.ts, and one conformance test runs against every source.
 */
import type { Readable } from 'node:stream';
import type { Digest } from './digest.js';
import type { Descriptor } from './types.js';

export interface ImageSource {
  /** Names the source in messages: `layout /tmp/out`, `oci-archive:img.tar`. */
  readonly name: string;
  /** The top-level descriptors: an OCI layout's index.json `manifests`. */
  roots(): Promise<Descriptor[]>;
  /** The blob's bytes as a stream that errors if they do not match the descriptor. */
  openBlob(desc: Descriptor): Promise<Readable>;
  /** A small blob (manifest, index, config) read whole and verified. */
  readBlob(desc: Descriptor): Promise<Buffer>;
  /** Whether the source holds the blob, without reading it. */
  hasBlob(digest: Digest): Promise<boolean>;
  /** Release files or handles the source holds. */
  close(): Promise<void>;
}

/** Manifests and configs are small; the distribution spec lets registries refuse manifests over 4 MiB. */
export const MAX_JSON_BLOB = 4 * 1024 * 1024;
