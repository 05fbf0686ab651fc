/**
 * npm packages from `node_modules/<name>/package.json` (and
 * `node_modules/@scope/<name>/package.json`, at any depth: nested
 * node_modules count). Only manifests at a package's root are read: files
 * named package.json deeper inside a package (`lib/package.json` with only
 * `{"type":"module"}`) are not packages. An application's own package.json
 * outside node_modules is not listed either: it is the image's subject, not
 * a dependency, and is often private or unversioned.
 */
import { spdxFromExpression } from './license.js';

export interface LanguageRecord {
  name: string;
  version: string;
  license?: string;
}

const NODE_MODULES = '/node_modules/';

/** Whether the path is a package root's package.json inside node_modules. */
export function isNpmManifest(path: string): boolean {
  if (!path.endsWith('/package.json')) return false;
  const at = path.lastIndexOf(NODE_MODULES);
  if (at < 0) return false;
  const dir = path.slice(at + NODE_MODULES.length, -'/package.json'.length).split('/');
  return dir.length === 1 ? dir[0] !== '' && !dir[0]?.startsWith('@') : dir.length === 2 && (dir[0]?.startsWith('@') ?? false) && dir[1] !== '';
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The licence a manifest declares, as SPDX: `license` as an expression, or
 * the legacy `{type}` object, or a legacy `licenses` list of one. "UNLICENSED",
 * "SEE LICENSE IN ..." and unknown ids give none (never guessed).
 */
function npmLicense(manifest: Record<string, unknown>): string | undefined {
  const typeOf = (v: unknown): unknown => (isRecord(v) ? v['type'] : v);
  const declared =
    manifest['license'] !== undefined
      ? typeOf(manifest['license'])
      : Array.isArray(manifest['licenses']) && manifest['licenses'].length === 1
        ? typeOf(manifest['licenses'][0])
        : undefined;
  return typeof declared === 'string' ? spdxFromExpression(declared) : undefined;
}

/** The package a package.json names; undefined when it is not JSON or lacks a name or version. */
export function parseNpmManifest(text: string): LanguageRecord | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(json)) return undefined;
  const { name, version } = json;
  if (typeof name !== 'string' || name === '' || typeof version !== 'string' || version === '') return undefined;
  const license = npmLicense(json);
  return { name, version, ...(license === undefined ? {} : { license }) };
}
