/**
 * The `helpUri` of each rule in SARIF: a stable page a reviewer can open from
 * a code-scanning alert. Advisories link to their OSV record (osv.dev keeps a
 * page for CVE, GHSA, DSA, DLA and the other ids our databases carry); every
 * other rule links to its row in the README's rule reference, an anchor named
 * `rule-<id in lower case>` that the README keeps for each rule.
 */
import type { RuleInfo } from '../../compliance/finding.js';

export const REPOSITORY_URL = 'https://github.com/image-pipeline/image-pipeline';
export const RULE_REFERENCE_URL = `${REPOSITORY_URL}/blob/main/README.md`;

export const ruleAnchor = (id: string): string => `rule-${id.toLowerCase().replace(/[^a-z0-9.-]+/g, '-')}`;

export function ruleHelpUri(r: Pick<RuleInfo, 'id' | 'pack'>): string {
  if (r.pack === 'vulnerabilities') return `https://osv.dev/vulnerability/${encodeURIComponent(r.id)}`;
  return `${RULE_REFERENCE_URL}#${ruleAnchor(r.id)}`;
}
