/**
 * What rules look at: the config, the history (with the layer each step
 * wrote), the manifest's annotations and the file-system index. Built once
 * per image; rules are pure functions over it.
 */
import type { FsIndex, FsNode } from '../layers/fs-index.js';
import { dataNode, resolvePath } from '../layers/resolve.js';
import type { PlatformImage } from '../oci/image.js';
import type { ContainerConfig, Descriptor, ImageConfig, Manifest } from '../oci/types.js';

export interface HistoryStep {
  index: number;
  createdBy: string;
  emptyLayer: boolean;
  /** The layer this step wrote, when history and layers line up. */
  layer?: number;
}

export interface ImageView {
  name: string;
  descriptor: Descriptor;
  manifest: Manifest;
  config: ImageConfig;
  container: ContainerConfig;
  history: HistoryStep[];
  /** Manifest annotations over the root descriptor's (the manifest wins). */
  annotations: Record<string, string>;
  fs: FsIndex;
}

export function historySteps(config: ImageConfig, layerCount: number): HistoryStep[] {
  const entries = config.history ?? [];
  const nonEmpty = entries.filter((h) => h.empty_layer !== true).length;
  const aligned = nonEmpty === layerCount;
  let layer = 0;
  return entries.map((h, index) => {
    const step: HistoryStep = { index, createdBy: h.created_by ?? '', emptyLayer: h.empty_layer === true };
    if (h.empty_layer !== true) {
      if (aligned) step.layer = layer;
      layer++;
    }
    return step;
  });
}

export function makeImageView(name: string, image: PlatformImage, fs: FsIndex, rootAnnotations: Record<string, string> = {}): ImageView {
  return {
    name,
    descriptor: image.descriptor,
    manifest: image.manifest,
    config: image.config,
    container: image.config.config ?? {},
    history: historySteps(image.config, image.manifest.layers.length),
    annotations: { ...rootAnnotations, ...(image.manifest.annotations ?? {}) },
    fs,
  };
}

/** The captured bytes of a file, links followed inside the root; undefined when absent or not captured. */
export function capturedFile(view: ImageView, path: string): Buffer | undefined {
  const r = resolvePath(view.fs, path);
  if (r.kind !== 'found') return undefined;
  const holder: FsNode | undefined = dataNode(view.fs, r.node);
  return holder?.content;
}

/** The image's uncompressed size, summed over its layers as they were read. */
export const imageSize = (view: ImageView): number => view.fs.layerBytes.reduce((a, b) => a + b, 0);
