/**
 * From whatever a builder wrote to a clean OCI image: Docker v2 media types
 * mapped to their OCI twins, and the config stripped of fields that are
 * either Docker-daemon leftovers or differ on every run.
 *
 * Why we rewrite the config: buildah must build in Docker format to keep
 * HEALTHCHECK (its OCI format drops it with a warning), and that format
 * carries a random `container` id, a random `Hostname`, a `parent` id of an
 * intermediate image (itself random), and a history comment naming that
 * parent. With those removed, the same sources and timestamp give the same
 * bytes. `Healthcheck`, `Shell` and `OnBuild` stay: OCI readers ignore unknown
 * fields and every runtime that honours health checks reads them there, as in
 * BuildKit's OCI output.
 */
import { MediaType } from '../oci/media-types.js';
import type { ContainerConfig, ImageConfig } from '../oci/types.js';

const LAYER_TYPES: Record<string, string> = {
  [MediaType.DockerLayerGzip]: MediaType.OciLayerGzip,
  [MediaType.DockerLayer]: MediaType.OciLayer,
  [MediaType.DockerForeignLayerGzip]: MediaType.OciLayerNondistributableGzip,
};

export const ociLayerMediaType = (m: string): string => LAYER_TYPES[m] ?? m;

/** Fields of the runtime config worth keeping, in a fixed order so output bytes are stable. */
const CONTAINER_KEYS: readonly (keyof ContainerConfig)[] = [
  'User',
  'ExposedPorts',
  'Env',
  'Entrypoint',
  'Cmd',
  'Volumes',
  'WorkingDir',
  'Labels',
  'StopSignal',
  'Healthcheck',
  'Shell',
  'OnBuild',
];

const TOP_KEYS = ['created', 'author', 'architecture', 'os', 'os.version', 'os.features', 'variant'] as const;

const isEmpty = (v: unknown): boolean =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && v !== null && Object.keys(v).length === 0);

/** A builder-local image id in a history comment ("FROM 0310c0eddabb"): meaningless outside the build host. */
const LOCAL_PARENT_COMMENT = /^FROM [0-9a-f]{12,64}$/;

/**
 * The OCI config for a builder's config JSON. `changed` is false when the
 * input already was clean, so its bytes (and the builder's image id) are kept.
 */
export function normalizeConfig(raw: Record<string, unknown>, labels: Readonly<Record<string, string>> = {}): { config: ImageConfig; changed: boolean } {
  const out: Record<string, unknown> = {};
  for (const k of TOP_KEYS) if (!isEmpty(raw[k])) out[k] = raw[k];
  const rc = raw.config as Record<string, unknown> | undefined;
  if (rc !== undefined && rc !== null) {
    const c: Record<string, unknown> = {};
    // Empty Entrypoint/Cmd ([] from a reset) mean "none": dropping them says the same.
    for (const k of CONTAINER_KEYS) if (!isEmpty(rc[k])) c[k] = rc[k];
    out.config = c;
  }
  if (Object.keys(labels).length > 0) {
    const c = (out.config ?? {}) as Record<string, unknown>;
    c.Labels = { ...(c.Labels ?? {}), ...labels };
    // Labels sit in CONTAINER_KEYS order, so the bytes do not depend on whether the builder had any.
    out.config = Object.fromEntries(CONTAINER_KEYS.filter((k) => c[k] !== undefined).map((k) => [k, c[k]]));
  }
  out.rootfs = raw.rootfs;
  if (Array.isArray(raw.history)) {
    out.history = (raw.history as Array<Record<string, unknown>>).map((h) => {
      const entry: Record<string, unknown> = {};
      for (const k of ['created', 'created_by', 'author', 'comment', 'empty_layer']) {
        if (h[k] === undefined) continue;
        if (k === 'comment' && typeof h.comment === 'string' && LOCAL_PARENT_COMMENT.test(h.comment)) continue;
        entry[k] = h[k];
      }
      return entry;
    });
  }
  const changed = JSON.stringify(out) !== JSON.stringify(raw);
  return { config: out as unknown as ImageConfig, changed };
}
