/**
 * Shapes of the OCI image spec (descriptor.md, manifest.md, image-index.md,
 * config.md, image-layout.md), importable without any logic.
 */
import type { Digest } from './digest.js';

export interface Platform {
  architecture: string;
  os: string;
  'os.version'?: string;
  'os.features'?: string[];
  variant?: string;
}

export interface Descriptor {
  mediaType: string;
  digest: Digest;
  size: number;
  urls?: string[];
  annotations?: Record<string, string>;
  platform?: Platform;
  artifactType?: string;
  /** The content itself, base64 (descriptor.md#data): the empty descriptor carries `e30=`. */
  data?: string;
}

export interface Manifest {
  schemaVersion: 2;
  mediaType?: string;
  artifactType?: string;
  config: Descriptor;
  layers: Descriptor[];
  subject?: Descriptor;
  annotations?: Record<string, string>;
}

export interface Index {
  schemaVersion: 2;
  mediaType?: string;
  artifactType?: string;
  manifests: Descriptor[];
  subject?: Descriptor;
  annotations?: Record<string, string>;
}

export interface HealthConfig {
  Test?: string[];
  Interval?: number;
  Timeout?: number;
  StartPeriod?: number;
  Retries?: number;
}

export interface ContainerConfig {
  User?: string;
  ExposedPorts?: Record<string, object>;
  Env?: string[];
  Entrypoint?: string[] | null;
  Cmd?: string[] | null;
  Volumes?: Record<string, object>;
  WorkingDir?: string;
  Labels?: Record<string, string>;
  StopSignal?: string;
  /** Docker extension kept by buildah in docker format and by most builders in OCI configs too. */
  Healthcheck?: HealthConfig;
  Shell?: string[];
  OnBuild?: string[] | null;
}

export interface HistoryEntry {
  created?: string;
  created_by?: string;
  author?: string;
  comment?: string;
  empty_layer?: boolean;
}

export interface ImageConfig {
  created?: string;
  author?: string;
  architecture: string;
  os: string;
  'os.version'?: string;
  'os.features'?: string[];
  variant?: string;
  config?: ContainerConfig;
  rootfs: { type: 'layers'; diff_ids: Digest[] };
  history?: HistoryEntry[];
}

/** Annotation keys of the image spec (annotations.md) that we read or write. */
export const Annotation = {
  RefName: 'org.opencontainers.image.ref.name',
  Created: 'org.opencontainers.image.created',
  Source: 'org.opencontainers.image.source',
  Revision: 'org.opencontainers.image.revision',
  Version: 'org.opencontainers.image.version',
  Title: 'org.opencontainers.image.title',
  Description: 'org.opencontainers.image.description',
  Url: 'org.opencontainers.image.url',
  Licenses: 'org.opencontainers.image.licenses',
  BaseName: 'org.opencontainers.image.base.name',
  BaseDigest: 'org.opencontainers.image.base.digest',
} as const;

export const platformString = (p: Platform): string => `${p.os}/${p.architecture}${p.variant !== undefined && p.variant !== '' ? `/${p.variant}` : ''}`;
