/**
 * Licence names to SPDX expressions, only where the name maps cleanly: a
 * Debian DEP-5 short name (GPL-2+, Expat, BSD-3-clause) or an SPDX-style
 * expression as Alpine writes it. Anything else (public-domain, MIT in
 * DEP-5, which it calls ambiguous, an exception, a custom name) gives
 * undefined: an SBOM that says nothing is better than one that guesses.
 */

/** The GNU licences carry -only/-or-later in SPDX; each with the versions it has. */
const GNU: Record<string, readonly string[]> = {
  gpl: ['1.0', '2.0', '3.0'],
  lgpl: ['2.0', '2.1', '3.0'],
  agpl: ['1.0', '3.0'],
  gfdl: ['1.1', '1.2', '1.3'],
};
const GNU_ID: Record<string, string> = { gpl: 'GPL', lgpl: 'LGPL', agpl: 'AGPL', gfdl: 'GFDL' };

/** SPDX ids accepted as written (case-insensitively), and the DEP-5 names that are them. */
const PLAIN = [
  '0BSD',
  'Apache-1.0',
  'Apache-1.1',
  'Apache-2.0',
  'Artistic-1.0-Perl',
  'Artistic-2.0',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'BSD-4-Clause',
  'BSL-1.0',
  'CC0-1.0',
  'CC-BY-3.0',
  'CC-BY-4.0',
  'CC-BY-SA-3.0',
  'CC-BY-SA-4.0',
  'CDDL-1.0',
  'curl',
  'EPL-1.0',
  'EPL-2.0',
  'ISC',
  'MIT',
  'MPL-1.1',
  'MPL-2.0',
  'OpenSSL',
  'PostgreSQL',
  'PSF-2.0',
  'Python-2.0',
  'Ruby',
  'Unlicense',
  'W3C',
  'WTFPL',
  'X11',
  'Zlib',
  'ZPL-2.1',
];
const SPDX_IDS = new Map(PLAIN.map((id) => [id.toLowerCase(), id]));

/** DEP-5 short names that differ from their SPDX id. MIT is not here: DEP-5 calls it ambiguous (Expat or X11). */
const DEP5_ALIASES: Record<string, string> = { expat: 'MIT', zope: 'ZPL-2.1', 'zope-2.1': 'ZPL-2.1', cc0: 'CC0-1.0' };

/** `GPL-2+`, `LGPL-2.1`, `GPL-3.0-or-later`, `GPL-2.0+` to the SPDX id; undefined if not a GNU licence with a known version. */
function gnu(term: string): string | undefined {
  const m = /^(gpl|lgpl|agpl|gfdl)-(\d+(?:\.\d+)?)(\+|-only|-or-later)?$/.exec(term);
  if (m === null) return undefined;
  const family = m[1] as string;
  const version = (m[2] as string).includes('.') ? (m[2] as string) : `${m[2] as string}.0`;
  if (!(GNU[family] ?? []).includes(version)) return undefined;
  const later = m[3] === '+' || m[3] === '-or-later';
  return `${GNU_ID[family] as string}-${version}-${later ? 'or-later' : 'only'}`;
}

/**
 * A DEP-5 `License:` short name or expression (`GPL-2+ or Artistic-2.0`,
 * `LGPL-2.1+ and BSD-3-clause`) as an SPDX expression. DEP-5's `and` binds
 * tighter than `or`, as SPDX's AND does, so terms map one by one; a comma
 * (which changes that) or a `with` exception gives undefined.
 */
export function spdxFromDebian(text: string): string | undefined {
  const words = text.trim().toLowerCase().split(/\s+/);
  if (words.length === 0 || words[0] === '' || text.includes(',')) return undefined;
  const out: string[] = [];
  for (const [i, w] of words.entries()) {
    if (i % 2 === 1) {
      if (w !== 'and' && w !== 'or') return undefined;
      out.push(w.toUpperCase());
      continue;
    }
    const id = gnu(w) ?? DEP5_ALIASES[w] ?? (w === 'mit' ? undefined : SPDX_IDS.get(w));
    if (id === undefined) return undefined;
    out.push(id);
  }
  return words.length % 2 === 1 ? out.join(' ') : undefined;
}

/**
 * An SPDX-style expression as a package database writes it (apk's `L:`):
 * kept when every term is a licence we know and the operators are AND/OR
 * (parentheses allowed), ids put in their canonical case and the deprecated
 * GNU forms (GPL-2.0, GPL-2.0+) in their -only/-or-later ones.
 */
export function spdxFromExpression(text: string): string | undefined {
  const tokens = text
    .replace(/([()])/g, ' $1 ')
    .trim()
    .split(/\s+/);
  if (tokens.length === 0 || tokens[0] === '') return undefined;
  const out: string[] = [];
  let depth = 0;
  let wantTerm = true;
  for (const t of tokens) {
    const lower = t.toLowerCase();
    if (t === '(' && wantTerm) {
      depth++;
      out.push(t);
    } else if (t === ')' && !wantTerm && depth > 0) {
      depth--;
      out.push(t);
    } else if ((lower === 'and' || lower === 'or') && !wantTerm) {
      out.push(lower.toUpperCase());
      wantTerm = true;
    } else if (wantTerm) {
      const id = gnu(lower) ?? SPDX_IDS.get(lower);
      if (id === undefined) return undefined;
      out.push(id);
      wantTerm = false;
    } else return undefined;
  }
  if (wantTerm || depth !== 0) return undefined;
  return out.join(' ').replace(/\( /g, '(').replace(/ \)/g, ')');
}
