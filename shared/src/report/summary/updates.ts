/**
 * The job summary of an update check (pure): the verdict, one row per
 * recorded base (its recorded digest and whether it moved), the reasons,
 * what the package check did, one row per security fix the package index
 * offers (when vulnerability-db is given), and one row per package with an
 * update (information only under rebuild-on: security). Base
 * names, reasons and package names come from the image and the registries,
 * so they are escaped (report/markdown.ts).
 */
import type { UpdateCheck } from '../../updates/check.js';
import type { PackageCheck } from '../../updates/package-check.js';
import { markdownCode, markdownText } from '../markdown.js';

/** What the package check did, or why it was skipped: the `package-check` output and a line of the summary. */
export function packageCheckNote(pk: PackageCheck): string {
  if (pk.kind === 'skipped') return pk.reason;
  return `checked ${pk.installed} installed ${pk.family} packages of the ${pk.platform} image against ${pk.indexes.length} package index${pk.indexes.length === 1 ? '' : 'es'}: ${pk.updates.length} with updates`;
}

/**
 * A package name or version: as code when it is made of the characters
 * Debian and Alpine allow in them (none of which can end a code span or a
 * cell), so `1.2-3~deb12u1` reads as written; anything else escaped.
 */
const token = (text: string): string => (/^[A-Za-z0-9.+~:_-]{1,200}$/.test(text) ? `\`${text}\`` : markdownText(text, 200));

export function updatesSummary(result: UpdateCheck): string {
  const lines = [`### Update check: ${result.rebuild ? 'rebuild needed' : 'up to date'}`, '', '| base | recorded digest | verdict |', '| --- | --- | --- |'];
  for (const v of result.verdicts) {
    lines.push(`| ${markdownText(v.base.name)} | ${markdownCode(v.base.digest)} | ${v.kind === 'moved' ? `moved to ${markdownCode(v.now)}` : v.kind} |`);
  }
  lines.push('');
  if (result.reasons.length > 0) lines.push(...result.reasons.map((r) => `- ${markdownText(r)}`), '');
  lines.push(markdownText(packageCheckNote(result.packages)), '');
  const fixes = result.packages.kind === 'checked' ? result.packages.securityFixes : undefined;
  if (fixes !== undefined) {
    lines.push(`${fixes.length} known vulnerabilit${fixes.length === 1 ? 'y has' : 'ies have'} a fix available in the package index`, '');
    if (fixes.length > 0)
      lines.push(
        '| vulnerability | package | installed | fixed in | available |',
        '| --- | --- | --- | --- | --- |',
        ...fixes.map((f) => `| ${token(f.id)} | ${token(f.package)} | ${token(f.installed)} | ${token(f.source)} ${token(f.fixed)} | ${token(f.available)} |`),
        '',
      );
  }
  const updates = result.packages.kind === 'checked' ? result.packages.updates : [];
  if (updates.length > 0) {
    if (result.rebuildOn === 'security')
      lines.push('With rebuild-on: security, these updates are listed for information; only a security fix sets rebuild-needed.', '');
    lines.push(
      '| package | installed | available |',
      '| --- | --- | --- |',
      ...updates.map((u) => `| ${token(u.name)} | ${token(u.installed)} | ${token(u.available)} |`),
      '',
    );
  }
  return lines.join('\n');
}
