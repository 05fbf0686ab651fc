/**
 * The README's rule reference, rendered from the rule registries themselves,
 * so every `helpUri` in SARIF (report/rule-ids/help-uri.ts) lands on a row and
 * a new rule cannot ship without one. `node scripts/docs.mjs` runs this file
 * (through tsx: the registries are TypeScript) and writes its stdout between
 * the README's rules markers; the unit test imports it to compare.
 */
import { pathToFileURL } from 'node:url';
import { CST_RULES } from '../shared/src/compliance/check-image.js';
import type { RuleInfo } from '../shared/src/compliance/finding.js';
import { DOCKLE_RULES, TRIVY_RULES, type ForeignRule } from '../shared/src/compliance/foreign-rules.js';
import { MACHINE_IMAGE_RULES } from '../shared/src/compliance/machine/ami-compliance.js';
import { PACKS } from '../shared/src/compliance/rules/index.js';
import { SIGNATURE_RULES } from '../shared/src/compliance/signatures.js';
import { ruleAnchor } from '../shared/src/report/rule-ids/help-uri.js';

/** Where each pack's rules come from, for the "from" column (CIS rules name their benchmark section instead). */
const ORIGIN: Record<string, string> = {
  'cis-docker': 'image check (built in)',
  'container-structure-test': 'container-structure-test policy',
  signatures: 'signature policy (`signatures:`)',
  'machine-image': 'machine image check (AMI)',
};

/** Every rule a report can name, except advisories (their ids are open-ended; they link to OSV). */
export function allRules(): RuleInfo[] {
  return [...Object.values(PACKS).flat(), ...Object.values(CST_RULES), ...Object.values(SIGNATURE_RULES), ...MACHINE_IMAGE_RULES].map((r) => ({
    id: r.id,
    pack: r.pack,
    title: r.title,
    severity: r.severity,
    why: r.why,
    fix: r.fix,
    ...(r.cis === undefined ? {} : { cis: r.cis }),
  }));
}

const cell = (s: string): string =>
  s
    .trim()
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');

/** The policy-file key of each container-structure-test kind (CST spells metadata in the singular). */
const CST_KEY: Record<keyof typeof CST_RULES, string> = {
  command: 'commandTests',
  fileExistence: 'fileExistenceTests',
  fileContent: 'fileContentTests',
  metadata: 'metadataTest',
  license: 'licenseTests',
};
const CST_KEY_OF = new Map(Object.entries(CST_RULES).map(([kind, r]) => [r.id, CST_KEY[kind as keyof typeof CST_RULES]]));

function origin(r: RuleInfo): string {
  if (r.cis !== undefined) return `CIS Docker Benchmark §${r.cis}`;
  const key = CST_KEY_OF.get(r.id);
  return `${ORIGIN[r.pack] ?? r.pack}${key === undefined ? '' : ` (\`${key}\`)`}`;
}

const foreign: readonly (ForeignRule & { aliases?: string[] })[] = [...DOCKLE_RULES, ...TRIVY_RULES];

/** The README section (without its markers). */
export function ruleReference(): string {
  const rules = allRules();
  // trivy's secret scanner rules all map to the secrets rule: one mention here, each listed in the second table.
  const isSecretRule = (f: ForeignRule & { aliases?: string[] }): boolean => f.tool === 'trivy' && (f.aliases ?? []).length === 0;
  const theirs = (id: string): string => {
    const mapped = foreign.filter((f) => f.ours === id);
    const named = mapped.filter((f) => !isSecretRule(f)).map((f) => `${f.tool} \`${f.id}\``);
    if (mapped.some(isSecretRule)) named.push("trivy's secret scanner rules");
    return named.join(', ');
  };
  const lines = [
    '## Rule reference',
    '',
    'Every rule a finding can name, with its default severity (a policy may change it: `compliance.severity`).',
    'SARIF results link here through `helpUri`. Vulnerability findings are named by their advisory id',
    '(CVE-…, GHSA-…, DSA-…) and link to its OSV record instead: `https://osv.dev/vulnerability/<id>`.',
    '',
    '| rule | title | default severity | pack | from | dockle / trivy ids | what to do |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rules.map(
      (r) =>
        `| <a id="${ruleAnchor(r.id)}"></a>\`${r.id}\` | ${cell(r.title)} | ${r.severity} | ${r.pack} | ${cell(origin(r))} | ${theirs(r.id)} | ${cell(r.fix)} |`,
    ),
    '',
    '### dockle and trivy rule ids',
    '',
    "A `compliance.ignore` entry may name a rule by dockle's or trivy's id (any of trivy's spellings, any case); it",
    'hides the finding of our rule below. Ids with no counterpart say why.',
    '',
    '| tool | their id | also written | their title | our rule | note |',
    '| --- | --- | --- | --- | --- | --- |',
    ...foreign.map(
      (f) =>
        `| ${f.tool} | \`${f.id}\` | ${(f.aliases ?? []).map((a) => `\`${a}\``).join(', ')} | ${cell(f.title).replace(/</g, '&lt;')} | ${
          f.ours === undefined ? '—' : `[\`${f.ours}\`](#${ruleAnchor(f.ours)})`
        } | ${cell(f.note ?? '')} |`,
    ),
    '',
  ];
  return lines.join('\n');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) process.stdout.write(ruleReference());
