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
  wants?: (path: string, size: number) => boolean;
  /** Paths this rule must be able to read even through links (read after the scan if the scan did not keep them). */
  files?: readonly string[];
  check(view: ImageView, settings: RuleSettings): Hit[];
}
