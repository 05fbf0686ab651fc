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

/**
 * The paragraphs of a deb822 text one at a time, each as parseDeb822 gives
 * it (a paragraph ends at a line that is blank or only whitespace): a reader
 * that has what it needs stops there instead of splitting the whole file.
 */
function* paragraphs(text: string): Generator<Map<string, string>> {
  let start = 0;
  let line = 0;
  while (line <= text.length) {
    const nl = text.indexOf('\n', line);
    const end = nl < 0 ? text.length : nl;
    if (text.slice(line, end).trim() === '' || nl < 0) {
      // Lines start..end hold no blank line, so they are at most one paragraph.
      const [p] = parseDeb822(text.slice(start, nl < 0 ? text.length : line));
      if (p !== undefined) yield p;
      start = end + 1;
    }
    if (nl < 0) return;
    line = nl + 1;
  }
}

/** The SPDX expression of a DEP-5 copyright file's `Files: *` licence; undefined when the file is not DEP-5 or the licence does not map cleanly. */
export function dep5License(text: string): string | undefined {
  let header = true;
  // Copyright files run to hundreds of KB; the header and the `Files: *` paragraph are near the top.
  for (const p of paragraphs(text)) {
    if (header && !FORMAT.test(p.get('Format') ?? '')) return undefined;
    header = false;
    // `Files: *` may list more patterns on the same line; `*` first is the catch-all (DEP-5: later paragraphs override it).
    if ((p.get('Files') ?? '').split(/\s+/)[0] !== '*') continue;
    const license = p.get('License');
    return license === undefined ? undefined : spdxFromDebian(license);
  }
  return undefined;
}
