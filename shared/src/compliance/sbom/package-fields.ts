/**
 * Package names and versions come from the image (a database entry, a
 * package.json, a jar's pom.properties, a Go binary's build info): text anyone
 * who built the image chose. They reach SARIF rule ids and messages, JUnit
 * test names, the job summary, SPDX ids and purls, so a name or version no
 * package manager would accept is not cataloged at all: one with a control or
 * formatting character (a newline that starts a workflow command, a
 * bidirectional override), with whitespace (no ecosystem cataloged here allows
 * it in a name or a version: dpkg, apk, rpm, npm, PEP 440/503, Maven
 * coordinates, Go module paths), or longer than a bound: npm's own 214 for its
 * names, 256 for other names (a Maven group:artifact or a Go module path is
 * rarely past 100) and 128 for versions (a Go pseudo-version is ~34, Debian's
 * longest are ~60).
 */
import { preview } from '../../preview.js';
import type { Ecosystem } from './package.js';

/** npm's own limit (validate-npm-package-name). */
export const MAX_NPM_NAME = 214;
export const MAX_NAME = 256;
export const MAX_VERSION = 128;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b-\u200f\u061c\ufeff]/;
const SPACE = /\s/;

function fieldProblem(what: string, text: string, max: number): string | undefined {
  const shown = `"${preview(text, { max: 40 })}"`;
  if (CONTROL.test(text)) return `${what} ${shown} holds a control character`;
  if (SPACE.test(text)) return `${what} ${shown} holds whitespace`;
  if (text.length > max) return `${what} ${shown} is ${text.length} characters long, expected at most ${max}`;
  return undefined;
}

export interface PackageFields {
  ecosystem: Ecosystem;
  name: string;
  version: string;
  source?: { name: string; version: string } | undefined;
}

/** Why a package's name, version or source is not catalogable; undefined when they all are. */
export function packageFieldsProblem(p: PackageFields): string | undefined {
  return (
    fieldProblem('name', p.name, p.ecosystem === 'npm' ? MAX_NPM_NAME : MAX_NAME) ??
    fieldProblem('version', p.version, MAX_VERSION) ??
    (p.source === undefined
      ? undefined
      : (fieldProblem('source name', p.source.name, MAX_NAME) ?? fieldProblem('source version', p.source.version, MAX_VERSION)))
  );
}
