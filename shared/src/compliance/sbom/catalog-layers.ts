/**
 * Which layer introduced each package: package databases are one file that
 * every installing layer rewrites, so the scan keeps each layer's version
 * (FsIndex.versions) and a package belongs to the layer from which its entry
 * is listed without a break up to the final file (a package removed and
 * installed again belongs to the layer that installed it again).
 */

export interface FileVersion {
  layer: number;
  content: Buffer;
}

/**
 * For each key the final database lists, the layer that introduced it.
 * `versions` are one file's versions in layer order (the last one of a layer
 * counts); keys no kept version lists (the final version was past the keep
 * budget) fall back to `finalLayer`, the layer of the file as it ends up.
 */
export function introducingLayers(
  versions: readonly FileVersion[],
  keysOf: (content: Buffer) => Iterable<string>,
  finalKeys: Iterable<string>,
  finalLayer: number,
): Map<string, number> {
  const perLayer = new Map<number, Buffer>();
  for (const v of versions) perLayer.set(v.layer, v.content);
  const since = new Map<string, number>();
  let previous = new Set<string>();
  for (const [layer, content] of [...perLayer.entries()].sort((a, b) => a[0] - b[0])) {
    if (layer > finalLayer) break;
    const current = new Set(keysOf(content));
    for (const k of current) if (!previous.has(k)) since.set(k, layer);
    previous = current;
  }
  const out = new Map<string, number>();
  for (const k of finalKeys) out.set(k, previous.has(k) ? (since.get(k) as number) : finalLayer);
  return out;
}
