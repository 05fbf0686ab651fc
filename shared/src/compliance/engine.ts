/**
 * Runs the selected rules over an image view and turns their hits into
 * findings: severity overrides applied, stable fingerprints, and ignores
 * (scoped by rule and path glob, with a reason and an optional expiry) that
 * hide a finding until they expire, and then say so.
 */
import { createHash } from 'node:crypto';
import { PipelineError } from '../errors.js';
import { subjectKey, subjectText, type Finding, type Hit, type Severity, type Subject, type Suppressed } from './finding.js';
import type { ImageView } from './image-view.js';
import { matchesGlob } from './path-glob.js';
import type { ComplianceSection, IgnoreRule, SeverityOverride } from './policy-types.js';
import { parseSize } from '../bytes.js';
import type { Rule, RuleSettings } from './rule.js';
import { DEFAULT_SETUID_ALLOWLIST } from './rules/filesystem.js';
import { ALL_RULES, DEFAULT_PACKS, PACKS } from './rules/index.js';
import { ourRuleId } from './foreign-rules.js';

export interface SelectedRule {
  rule: Rule;
  severity: Severity;
}

const DEFAULT_SETTINGS = { maxImageBytes: 1024 ** 3, maxLayers: 50 } as const;

/**
 * Which rules run, at which severity. `selection` is the `rules` input: pack
 * names and rule ids to run, `-<id or pack>` to leave out, `none` for none.
 * Empty means the policy's packs (default cis-docker).
 */
export function selectRules(compliance: ComplianceSection | undefined, selection: readonly string[] = []): SelectedRule[] {
  const known = (name: string): readonly Rule[] | undefined => PACKS[name] ?? ALL_RULES.filter((r) => r.id === name);
  const chosen = new Map<string, Rule>();
  const adds = selection.filter((s) => !s.startsWith('-') && s !== 'none');
  const base = selection.length === 0 || (adds.length === 0 && !selection.includes('none')) ? (compliance?.packs ?? DEFAULT_PACKS) : [];
  for (const name of [...base, ...adds]) {
    const rules = known(name);
    if (rules === undefined || rules.length === 0) throw unknownRule(name, 'rules');
    for (const r of rules) chosen.set(r.id, r);
  }
  for (const s of selection.filter((x) => x.startsWith('-'))) {
    const rules = known(s.slice(1));
    if (rules === undefined || rules.length === 0) throw unknownRule(s.slice(1), 'rules');
    for (const r of rules) chosen.delete(r.id);
  }
  const overrides: Record<string, SeverityOverride> = compliance?.severity ?? {};
  for (const id of Object.keys(overrides)) if (ALL_RULES.every((r) => r.id !== id)) throw unknownRule(id, undefined, 'compliance.severity');
  const out: SelectedRule[] = [];
  for (const rule of chosen.values()) {
    const o = overrides[rule.id];
    if (o === 'off') continue;
    out.push({ rule, severity: o ?? rule.severity });
  }
  return out;
}

function unknownRule(name: string, input?: string, field?: string): PipelineError {
  const ids = [...Object.keys(PACKS), ...ALL_RULES.map((r) => r.id)].join(', ');
  return new PipelineError('INPUT', `${field !== undefined ? `${field}: ` : ''}'${name}' is neither a rule pack nor a rule id`, {
    ...(input === undefined ? {} : { input }),
    hint: `Known: ${ids}.`,
  });
}

export function ruleSettings(compliance: ComplianceSection | undefined): RuleSettings {
  const s = compliance?.settings ?? {};
  const size = s.maxImageSize === undefined ? DEFAULT_SETTINGS.maxImageBytes : parseSize(s.maxImageSize);
  if (size === undefined)
    throw new PipelineError('POLICY', `compliance.settings.maxImageSize '${String(s.maxImageSize)}' is not a size`, { hint: 'Write e.g. 500MB or 1GiB.' });
  return {
    maxImageBytes: size,
    maxLayers: s.maxLayers ?? DEFAULT_SETTINGS.maxLayers,
    setuidAllowlist: new Set([...DEFAULT_SETUID_ALLOWLIST, ...(s.setuidAllowlist ?? [])]),
  };
}

/** Files the selected rules read, as one predicate for the scan. */
export function wantedFiles(rules: readonly SelectedRule[]): (path: string, size: number) => boolean {
  const wants = rules.map((r) => r.rule.wants).filter((w): w is NonNullable<Rule['wants']> => w !== undefined);
  return (path, size) => wants.some((w) => w(path, size));
}

/** Exact paths the selected rules read, for a targeted read of those the scan did not keep (links, big files). */
export const requiredFiles = (rules: readonly SelectedRule[]): string[] => [...new Set(rules.flatMap((r) => r.rule.files ?? []))];

export const fingerprint = (ruleId: string, subject: Subject): string =>
  createHash('sha256')
    .update(`${ruleId}\0${subjectKey(subject)}`)
    .digest('hex')
    .slice(0, 32);

export function toFinding(ruleId: string, severity: Severity, hit: Hit): Finding {
  return {
    ...hit,
    ruleId,
    severity,
    message: hit.message ?? `${subjectText(hit.subject)}: expected ${hit.expected}, got ${hit.got}`,
    fingerprint: fingerprint(ruleId, hit.subject),
  };
}

export function runRules(view: ImageView, rules: readonly SelectedRule[], settings: RuleSettings): Finding[] {
  return rules.flatMap(({ rule, severity }) => rule.check(view, settings).map((hit) => toFinding(rule.id, severity, hit)));
}

/** The text an ignore's path globs are matched against. */
export function subjectPath(s: Subject): string {
  switch (s.kind) {
    case 'file':
      return s.path;
    case 'config':
      return `config.${s.field}${s.key !== undefined ? `.${s.key}` : ''}`;
    case 'history':
      return `history[${s.index}]`;
    case 'manifest':
      return `manifest.${s.field}`;
    case 'policy':
      return `test.${s.test}`;
    case 'resource':
      return s.id;
  }
}

/** `until` is inclusive: an ignore until 2027-01-31 still hides on that day, UTC. */
export const isExpired = (until: string | undefined, today: Date): boolean => until !== undefined && today.toISOString().slice(0, 10) > until;

export function applyIgnores(findings: readonly Finding[], ignores: readonly IgnoreRule[], today: Date): { findings: Finding[]; suppressed: Suppressed[] } {
  const kept: Finding[] = [];
  const suppressed: Suppressed[] = [];
  for (const f of findings) {
    const matching = ignores.filter(
      // A dockle or trivy rule id (CIS-DI-0001, DS002) names our rule, so their ignore lists carry over.
      (ig) =>
        ourRuleId(ig.rule) === f.ruleId && (ig.paths === undefined || ig.paths.length === 0 || ig.paths.some((g) => matchesGlob(g, subjectPath(f.subject)))),
    );
    const live = matching.find((ig) => !isExpired(ig.until, today));
    if (live !== undefined) {
      suppressed.push(live.until === undefined ? { finding: f, reason: live.reason } : { finding: f, reason: live.reason, until: live.until });
      continue;
    }
    const expired = matching[0];
    if (expired?.until !== undefined) {
      kept.push({
        ...f,
        expiredIgnore: { reason: expired.reason, until: expired.until },
        message: `${f.message} (the ignore for this expired on ${expired.until}: ${expired.reason})`,
      });
    } else kept.push(f);
  }
  return { findings: kept, suppressed };
}
