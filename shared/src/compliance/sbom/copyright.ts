/**
 * A Debian package's licence from its /usr/share/doc/<pkg>/copyright, only
 * when the file is machine-readable (DEP-5, copyright-format 1.0): the
 * `License:` of the `Files: *` paragraph, the licence of the package as a
 * whole. Free-form copyright files say nothing we could read without guessing.
 */
import { parseDeb822 } from '../../updates/package-db.js';
import { spdxFromDebian } from './license.js';

const FORMAT = /^https?:\/\/www\.debian\.org\/doc\/packaging-manuals\/copyright-format\/1\.0\/?$/;

/** Where a package's copyright file lives. */
export const copyrightPath = (pkg: string): string => `/usr/share/doc/${pkg}/copyright`;

/** The SPDX expression of a DEP-5 copyright file's `Files: *` licence; undefined when the file is not DEP-5 or the licence does not map cleanly. */
export function dep5License(text: string): string | undefined {
  const paragraphs = parseDeb822(text);
  const header = paragraphs[0];
  if (header === undefined || !FORMAT.test(header.get('Format') ?? '')) return undefined;
  // `Files: *` may list more patterns on the same line; `*` first is the catch-all (DEP-5: later paragraphs override it).
  const all = paragraphs.find((p) => (p.get('Files') ?? '').split(/\s+/)[0] === '*');
  const license = all?.get('License');
  return license === undefined ? undefined : spdxFromDebian(license);
}
