/**
 * Python distributions from their core metadata: `*.dist-info/METADATA`
 * (wheels, pip) and `*.egg-info/PKG-INFO` or a `*.egg-info` file
 * (setuptools). The licence is taken from, in order: License-Expression
 * (PEP 639), a License field that is an SPDX expression, or a single
 * `License :: OSI Approved :: ...` classifier that names one licence
 * unambiguously (the table below); otherwise none.
 */
import { spdxFromExpression } from './license.js';
import type { LanguageRecord } from './npm.js';

export const isPythonMetadata = (path: string): boolean =>
  path.endsWith('.dist-info/METADATA') || path.endsWith('.egg-info/PKG-INFO') || path.endsWith('.egg-info');

/** Trove classifiers that name exactly one SPDX licence (the versionless ones, "BSD License", "Apache Software License", are left out). */
const CLASSIFIERS: ReadonlyMap<string, string> = new Map([
  ['MIT License', 'MIT'],
  ['MIT No Attribution License (MIT-0)', 'MIT-0'],
  ['ISC License (ISCL)', 'ISC'],
  ['Apache Software License 2.0 (Apache-2.0)', 'Apache-2.0'],
  ['Mozilla Public License 2.0 (MPL 2.0)', 'MPL-2.0'],
  ['Python Software Foundation License', 'PSF-2.0'],
  ['The Unlicense (Unlicense)', 'Unlicense'],
  ['zlib/libpng License', 'Zlib'],
  ['Boost Software License 1.0 (BSL-1.0)', 'BSL-1.0'],
  ['Eclipse Public License 2.0 (EPL-2.0)', 'EPL-2.0'],
  ['European Union Public Licence 1.2 (EUPL 1.2)', 'EUPL-1.2'],
  ['Universal Permissive License (UPL)', 'UPL-1.0'],
  ['GNU General Public License v2 or later (GPLv2+)', 'GPL-2.0-or-later'],
  ['GNU General Public License v3 (GPLv3)', 'GPL-3.0-only'],
  ['GNU General Public License v3 or later (GPLv3+)', 'GPL-3.0-or-later'],
  ['GNU Lesser General Public License v3 (LGPLv3)', 'LGPL-3.0-only'],
  ['GNU Lesser General Public License v3 or later (LGPLv3+)', 'LGPL-3.0-or-later'],
  ['GNU Affero General Public License v3', 'AGPL-3.0-only'],
  ['GNU Affero General Public License v3 or later (AGPLv3+)', 'AGPL-3.0-or-later'],
]);

const OSI = 'License :: OSI Approved :: ';

/** The header fields of a core-metadata file (up to the first blank line; continuation lines folded), by lower-cased name. */
function headers(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let last: string[] | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (line === '') break;
    if ((line.startsWith(' ') || line.startsWith('\t')) && last !== undefined) {
      last[last.length - 1] += `\n${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    last = out.get(key) ?? [];
    last.push(line.slice(colon + 1).trim());
    out.set(key, last);
  }
  return out;
}

function pythonLicense(fields: Map<string, string[]>): string | undefined {
  const expression = fields.get('license-expression')?.[0];
  if (expression !== undefined) return spdxFromExpression(expression);
  const license = fields.get('license')?.[0];
  const fromField = license === undefined || license.includes('\n') ? undefined : spdxFromExpression(license);
  if (fromField !== undefined) return fromField;
  const classifiers = (fields.get('classifier') ?? []).filter((c) => c.startsWith('License :: '));
  if (classifiers.length !== 1) return undefined;
  const only = classifiers[0] as string;
  return only.startsWith(OSI) ? CLASSIFIERS.get(only.slice(OSI.length)) : undefined;
}

/** The distribution a METADATA/PKG-INFO file describes; undefined without Name and Version. */
export function parsePythonMetadata(text: string): LanguageRecord | undefined {
  const fields = headers(text);
  const name = fields.get('name')?.[0];
  const version = fields.get('version')?.[0];
  if (name === undefined || name === '' || version === undefined || version === '') return undefined;
  const license = pythonLicense(fields);
  return { name, version, ...(license === undefined ? {} : { license }) };
}

/** PEP 503's normalised project name, the one the pypi purl uses (runs of -, _ and . become one -, lower case). */
export const pep503 = (name: string): string => name.replace(/[-_.]+/g, '-').toLowerCase();
