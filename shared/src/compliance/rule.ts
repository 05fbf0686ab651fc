/**
 * A rule: what reports say about it, which files it needs to read, and a pure
 * check over the image view that returns "expected X, got Y" hits.
 */
import type { Hit, RuleInfo } from './finding.js';
import type { ImageView } from './image-view.js';

export interface RuleSettings {
  maxImageBytes: number;
  maxLayers: number;
  setuidAllowlist: ReadonlySet<string>;
}

export interface Rule extends RuleInfo {
  /** Files whose bytes this rule reads; they are kept during the scan. */
  wants?(path: string, size: number): boolean;
  /** Paths this rule must be able to read even through links (read after the scan if the scan did not keep them). */
  files?: readonly string[];
  check(view: ImageView, settings: RuleSettings): Hit[];
}

/** Parse `500MB`, `1GiB`, `123` (bytes). */
export function parseSize(value: string | number): number | undefined {
  if (typeof value === 'number') return value;
  const m = /^(\d+(?:\.\d+)?)\s*([KMGT]i?B|B)?$/.exec(value.trim());
  if (m === null) return undefined;
  const unit = m[2] ?? 'B';
  const pow = { B: 0, K: 1, M: 2, G: 3, T: 4 }[unit[0] as 'B' | 'K' | 'M' | 'G' | 'T'];
  const base = unit.includes('i') ? 1024 : 1000;
  return Math.round(Number(m[1]) * base ** pow);
}

export const formatBytes = (n: number): string => {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${u === 0 ? v : v.toFixed(1)} ${units[u]}`;
};
