/**
 * One function per metadata-action tag type: given the context, what raw
 * value the spec yields (before prefix/suffix) and whether it would make
 * `latest` under flavor latest=auto — or nothing when the type does not apply
 * to this run. Warnings (a value that is not semver, a pattern that does not
 * match) are returned, not printed. Pure.
 */
import * as pep440 from '@renovatebot/pep440';
import type { MetaContext } from './context.js';
import { shortSha } from './context.js';
import { dateHelper } from './expressions.js';
import { isRawStatement, render, type Scope } from './expr.js';
import { semverReader } from './semver-reader.js';
import type { TagSpec } from './spec.js';

export interface TypeResult {
  /** The value before prefix/suffix; already final when `prefixed` says so. */
  value: string;
  /** What latest=auto makes of this value. */
  latest: boolean;
}

export interface TypeEnv {
  ctx: MetaContext;
  /** Renders an attribute with the global expressions. */
  expand: (template: string) => string;
  warn: (message: string) => void;
}

const TAG_REF = /^refs\/tags\//;

/** semver, pep440 and match read `value` when set, else the git tag. */
function sourceVersion(spec: TagSpec, e: TypeEnv): string | undefined {
  const value = spec.attrs.value ?? '';
  if (!TAG_REF.test(e.ctx.ref) && value === '') return undefined;
  return value !== '' ? e.expand(value) : e.ctx.ref.replace(TAG_REF, '');
}

/** `match=<regex>`: the first capture group of the version text, as metadata-action narrows semver/pep440 input. */
function narrowed(spec: TagSpec, raw: string, e: TypeEnv): string {
  const match = spec.attrs.match ?? '';
  if (match === '') return raw;
  const m = new RegExp(match).exec(raw);
  if (m === null) {
    e.warn(`${match} does not match ${raw}.`);
    return raw;
  }
  return m[1] ?? '';
}

function schedule(spec: TagSpec, e: TypeEnv): TypeResult | undefined {
  if (!/schedule/.test(e.ctx.eventName)) return undefined;
  const scope: Scope = { date: dateHelper(() => e.ctx.now), commit_date: dateHelper(() => e.ctx.commitDate) };
  return { value: render(spec.attrs.pattern ?? 'nightly', scope), latest: false };
}

function semverType(spec: TagSpec, e: TypeEnv): TypeResult | undefined {
  const src = sourceVersion(spec, e);
  if (src === undefined) return undefined;
  const raw = narrowed(spec, src, e).replace(/\//g, '-');
  const semver = semverReader();
  if (semver.valid(raw) === null) {
    e.warn(`${raw} is not a valid semver. More info: https://semver.org/`);
    return undefined;
  }
  const v = semver.parse(raw, { loose: true });
  if (v === null) return undefined;
  const scope: Scope = {
    raw: v.raw,
    version: v.version,
    major: v.major,
    minor: v.minor,
    patch: v.patch,
    prerelease: v.prerelease,
    build: v.build,
    loose: v.loose,
  };
  const pattern = spec.attrs.pattern ?? '';
  // A prerelease never gets the shorter tags ({{major}} of 2.0.0-rc.1 is not a release): only {{raw}} or the version.
  if (semver.prerelease(raw) !== null) return { value: render(isRawStatement(pattern) ? pattern : '{{version}}', scope), latest: false };
  return { value: render(pattern, scope), latest: true };
}

function pep440Type(spec: TagSpec, e: TypeEnv): TypeResult | undefined {
  const src = sourceVersion(spec, e);
  if (src === undefined) return undefined;
  const raw = narrowed(spec, src, e).replace(/\//g, '-');
  if (pep440.valid(raw) === null) {
    e.warn(`${raw} does not conform to PEP 440. More info: https://www.python.org/dev/peps/pep-0440`);
    return undefined;
  }
  const v = pep440.explain(raw);
  const pattern = spec.attrs.pattern ?? '';
  if (v === null) return undefined;
  if (v.is_prerelease || v.is_postrelease || v.is_devrelease) return { value: isRawStatement(pattern) ? raw : (pep440.clean(raw) ?? raw), latest: false };
  const scope: Scope = {
    raw: () => raw,
    version: () => pep440.clean(raw),
    major: () => pep440.major(raw),
    minor: () => pep440.minor(raw),
    patch: () => pep440.patch(raw),
  };
  return { value: render(pattern, scope), latest: true };
}

function matchType(spec: TagSpec, e: TypeEnv): TypeResult | undefined {
  const raw = sourceVersion(spec, e);
  if (raw === undefined) return undefined;
  const pattern = spec.attrs.pattern ?? '';
  const literal = /^\/(.+)\/(.*)$/.exec(pattern);
  const m = literal !== null ? new RegExp(literal[1] as string, literal[2]).exec(raw) : new RegExp(pattern).exec(raw);
  if (m === null) {
    e.warn(`${pattern} does not match ${raw}.`);
    return undefined;
  }
  const group = m[Number(spec.attrs.group ?? '0')];
  if (group === undefined) {
    e.warn(`Group ${spec.attrs.group} does not exist for ${pattern} pattern.`);
    return undefined;
  }
  return { value: group, latest: true };
}

function refType(spec: TagSpec, e: TypeEnv): TypeResult | undefined {
  const ref = e.ctx.ref;
  switch (spec.attrs.event) {
    case 'branch':
      return ref.startsWith('refs/heads/') ? { value: ref.slice('refs/heads/'.length), latest: false } : undefined;
    case 'tag':
      return TAG_REF.test(ref) ? { value: ref.replace(TAG_REF, ''), latest: true } : undefined;
    case 'pr':
      return ref.startsWith('refs/pull/') ? { value: ref.slice('refs/pull/'.length).replace(/\/merge$/, ''), latest: false } : undefined;
    default:
      return undefined;
  }
}

function edgeType(spec: TagSpec, e: TypeEnv): TypeResult | undefined {
  if (!e.ctx.ref.startsWith('refs/heads/')) return undefined;
  const branch = spec.attrs.branch !== undefined && spec.attrs.branch !== '' ? spec.attrs.branch : e.ctx.defaultBranch;
  return branch === e.ctx.ref.slice('refs/heads/'.length) ? { value: 'edge', latest: false } : undefined;
}

const rawType = (spec: TagSpec, e: TypeEnv): TypeResult => ({ value: e.expand(spec.attrs.value ?? ''), latest: false });

function shaType(spec: TagSpec, e: TypeEnv): TypeResult | undefined {
  if (e.ctx.sha === '') return undefined;
  return { value: spec.attrs.format === 'long' ? e.ctx.sha : shortSha(e.ctx), latest: false };
}

export function valueOf(spec: TagSpec, e: TypeEnv): TypeResult | undefined {
  switch (spec.type) {
    case 'schedule':
      return schedule(spec, e);
    case 'semver':
      return semverType(spec, e);
    case 'pep440':
      return pep440Type(spec, e);
    case 'match':
      return matchType(spec, e);
    case 'ref':
      return refType(spec, e);
    case 'edge':
      return edgeType(spec, e);
    case 'raw':
      return rawType(spec, e);
    case 'sha':
      return shaType(spec, e);
  }
}
