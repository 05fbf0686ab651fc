/**
 * build-image's inputs, read from the environment the runner sets
 * (`INPUT_<NAME>`), keyed exactly by the names in action.yml, into one typed
 * value: a container build (Dockerfile, builders) or a machine build
 * (Packer). Pure: every malformed value is a PipelineError naming the input
 * (and line), raised before anything runs.
 */
import { PipelineError } from '../../shared/src/errors.js';
import { parseDuration } from '../../shared/src/action/machine-inputs.js';
import { BUILDER_NAMES, type BuildOptions, type BuilderChoice, type CacheSpec } from '../../shared/src/builders/builder.js';
import { checkCacheForBuilder, parseCacheSpecs } from '../../shared/src/builders/cache-spec.js';
import { checkSecretEnvs, parseSecretRefs, parseSecrets, type SecretRef } from '../../shared/src/builders/secrets.js';
import { builderOf, parseBuildOptions } from '../../shared/src/builders/build-options.js';
import { getInputList, getKeyValues, getListItems, keyValuesOf } from '../../shared/src/action/input-list.js';
import { lineOfItems, parseAnnotations } from '../../shared/src/builders/annotations.js';
import type { BuildMachineImageOptions } from '../../shared/src/builders/packer/build-machine-image.js';
import { isPackerTemplatePath } from '../../shared/src/builders/packer/packer-template.js';
import { getBoolean, getEnum, getInput, getList, parseKeyValues, parseList, type Env } from '../../shared/src/action/inputs.js';
import { isSpecLine } from '../../shared/src/builders/metadata.js';
import { parseFlavor, parseTagLine } from '../../shared/src/github/metadata/spec.js';
import { getConnectInputs, type ConnectInputs } from '../../shared/src/registry/client/connect-inputs.js';
import { tagFromInput } from '../../shared/src/registry/reference.js';
import { publishInputsOf, type PublishInputs } from './publish-inputs.js';
import * as path from 'node:path';
import * as os from 'node:os';

export interface ContainerInputs {
  kind: 'container';
  context: string;
  file?: string;
  target?: string;
  'build-args': Map<string, string>;
  secrets: Map<string, string>;
  labels: Map<string, string>;
  annotations: Map<string, string>;
  /** Plain tags, references and metadata-action spec lines, as written. */
  tags: string[];
  /** metadata-action `flavor` lines; absent when none. */
  flavor?: string[];
  platforms: string[];
  builder: BuilderChoice;
  output: string;
  /** Where to write the SLSA provenance statement, or undefined when `provenance: false`. */
  provenance?: string;
  /** Build-arg names whose values provenance may record (the rest: names only). */
  publicBuildArgs: string[];
  /** The runner's environment the build reads (GITHUB_* for tags and labels, RUNNER_TEMP, SOURCE_DATE_EPOCH). */
  env: Env;
  /** `cache-from` / `cache-to`, one spec per line (build-push-action's syntax). */
  cacheFrom: CacheSpec[];
  cacheTo: CacheSpec[];
  /** `no-cache`: reuse no cached step (cache-to still exports). */
  noCache: boolean;
  /** `registry-auth`, `github-token`, `insecure-registries`: for base images, every FROM and the cache registries. */
  connect: ConnectInputs;
  /** `images`, `push`, `load`, `outputs` (publish-inputs.ts): what happens after the build; absent when none is set. */
  publish?: PublishInputs;
  /** build-push-action's other build options (build-options.ts: build-contexts, pull, network, ssh, ...); absent when none is set. */
  options?: BuildOptions;
  /** `secret-files` (id=path) and `secret-envs` (id=NAME); absent when empty. */
  secretFiles?: SecretRef[];
  secretEnvs?: SecretRef[];
  /** What was accepted without an effect here (sbom, attests, provenance attributes), said when the build starts; absent when none. */
  notices?: string[];
  /** `stall-timeout` and `build-timeout` in ms (run-builder.ts); absent fields take the defaults. */
  limits?: { stallMs?: number; timeoutMs?: number };
}

/** The options buildMachineImage takes, from `template` (or `file`) and the `packer-*` / `ami-region` inputs. */
export type MachineInputs = { kind: 'machine' } & Omit<BuildMachineImageOptions, 'onProgress' | 'log' | 'env'> & {
    /** As for containers; the subjects are the AMIs. */
    provenance?: string;
    /** Packer variable names whose values provenance may record. */
    publicBuildArgs: string[];
    /** GITHUB_* for the provenance's workflow, source and builder. */
    env: Env;
  };

export type Inputs = ContainerInputs | MachineInputs;

const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;
const BUILD_ARG_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Which kind of image this step builds: `kind`, else machine when `template`
 * is set or `file` names a Packer template.
 */
export function kindOf(env: Env): Inputs['kind'] {
  const kind = getEnum(env, 'kind', ['auto', 'container', 'machine'] as const, 'auto');
  if (kind !== 'auto') return kind;
  const file = getInput(env, 'file');
  return getInput(env, 'template') !== '' || isPackerTemplatePath(file) ? 'machine' : 'container';
}

/** build-push-action's provenance attributes (buildx `--attest type=provenance,...`): `mode=min|max`, `builder-id=...`, ... */
const PROVENANCE_ATTR = /^(?:mode|builder-id|inline-only|version|reproducible|filename)=/;
const isProvenanceAttrs = (value: string): boolean => value.split(',').every((f) => PROVENANCE_ATTR.test(f.trim()));

/**
 * `provenance`: a path (relative to the workspace), `false` to write none,
 * default `$RUNNER_TEMP/build-image/provenance.json`. build-push-action's
 * values mean "write provenance" too: `true`, and attribute lists such as
 * `mode=max` or `mode=min,builder-id=...`, which get our default path
 * (provenanceNotices says the attributes are not used).
 */
export function provenancePath(env: Env): string | undefined {
  const value = getInput(env, 'provenance');
  if (value.toLowerCase() === 'false') return undefined;
  if (value.toLowerCase() === 'true' || value === '' || isProvenanceAttrs(value)) return path.join(runnerTempOf(env), 'build-image', 'provenance.json');
  return value;
}

/** A notice when `provenance` holds buildx attributes: ours is one SLSA v1 statement, whatever the mode. */
function provenanceNotices(env: Env): string[] {
  const value = getInput(env, 'provenance');
  return value !== '' && isProvenanceAttrs(value)
    ? [
        `provenance '${value.slice(0, 80)}': build-image writes its own SLSA v1 statement (complete build-args by name, the public ones with values; builder id from the workflow run) to the provenance output; buildx's attributes are not used`,
      ]
    : [];
}

/** `public-build-args`: names, one per line or comma-separated, whose values are not secret. */
export function publicBuildArgs(env: Env): string[] {
  const names = getList(env, 'public-build-args');
  for (const n of names) {
    if (!/^[A-Za-z_][\w-]*$/.test(n)) {
      throw new PipelineError('INPUT', `input 'public-build-args' has '${n}', expected a build-arg or Packer variable name (letters, digits, _)`, {
        input: 'public-build-args',
        hint: 'List names only, e.g. VERSION,COMMIT; their values come from build-args (or packer-vars).',
      });
    }
  }
  return names;
}

/**
 * `context`: a folder. build-push-action's Git context (`{{defaultContext}}`,
 * optionally `:subdir`) is the repository at the workflow's commit, which is
 * the checked-out workspace here: it maps to `.` or the subfolder, with a
 * notice. A remote context (a git or https URL) is refused: build-image builds
 * files it can see, so the source must be checked out first.
 */
export function contextOf(env: Env): { context: string; notices: string[] } {
  const value = getInput(env, 'context') || '.';
  const git = /^\{\{\s*defaultContext\s*\}\}(?::(.*))?$/.exec(value);
  if (git !== null) {
    const sub = (git[1] ?? '').trim();
    const context = sub === '' ? '.' : sub;
    return {
      context,
      notices: [
        `context '${value}': build-push-action's Git context; build-image builds the checked-out workspace${sub === '' ? '' : ` folder ${sub}`} (check the repository out with actions/checkout first)`,
      ],
    };
  }
  if (/^(?:https?|git|ssh):\/\//.test(value) || value.startsWith('git@') || value.startsWith('github.com/')) {
    throw new PipelineError('INPUT', `input 'context' is '${value.slice(0, 80)}', a remote context: build-image builds a folder`, {
      input: 'context',
      hint: 'Check the source out in an earlier step (actions/checkout, with repository: and ref: for another one) and set context to its folder.',
    });
  }
  return { context: value, notices: [] };
}

/**
 * `stall-timeout` (default 10m; 0 turns it off) and `build-timeout` (default
 * 0: none, the job's timeout-minutes applies): durations like 30m or 2h.
 */
export function builderLimitsOf(env: Env): { stallMs?: number; timeoutMs?: number } {
  const read = (name: string): number | undefined => {
    const v = getInput(env, name);
    if (v === '') return undefined;
    return v === '0' ? 0 : parseDuration(v, name);
  };
  const stallMs = read('stall-timeout');
  const timeoutMs = read('build-timeout');
  return { ...(stallMs !== undefined ? { stallMs } : {}), ...(timeoutMs !== undefined ? { timeoutMs } : {}) };
}

const limitsOf = (env: Env): { limits?: { stallMs?: number; timeoutMs?: number } } => {
  const limits = builderLimitsOf(env);
  return Object.keys(limits).length > 0 ? { limits } : {};
};

const runnerTempOf = (env: Env): string => (env.RUNNER_TEMP !== undefined && env.RUNNER_TEMP !== '' ? env.RUNNER_TEMP : os.tmpdir());

export function getInputs(env: Env): Inputs {
  return kindOf(env) === 'machine' ? machineInputs(env) : containerInputs(env);
}

function containerInputs(env: Env): ContainerInputs {
  const { context, notices: contextNotices } = contextOf(env);
  const file = getInput(env, 'file');
  const target = getInput(env, 'target');
  // List inputs as build-push-action reads them (input-list.ts: CSV lines, quoted items may hold commas and newlines).
  const buildArgs = getKeyValues(env, 'build-args', { keyPattern: BUILD_ARG_KEY });
  const secrets = parseSecrets(getInput(env, 'secrets', { trim: false }));
  const secretFiles = parseSecretRefs(getInput(env, 'secret-files', { trim: false }), 'secret-files', new Set(secrets.keys()));
  const secretEnvs = parseSecretRefs(
    getInput(env, 'secret-envs', { trim: false }),
    'secret-envs',
    new Set([...secrets.keys(), ...secretFiles.map((r) => r.id)]),
  );
  checkSecretEnvs(secretEnvs, env);
  const labels = getKeyValues(env, 'labels');
  const annotationItems = getListItems(env, 'annotations', { ignoreComma: true });
  const annotations = keyValuesOf(annotationItems, 'annotations');
  // build-push-action's levels (index:, manifest[linux/arm64]:...) checked now, naming the line; build.ts places them.
  parseAnnotations(annotations, 'annotations', lineOfItems(annotationItems));
  // metadata-action spec lines (type=..., {{...}}) stay whole; other lines are plain tags or references, comma lists allowed.
  const tags = getList(env, 'tags', { commas: false }).flatMap((line) => (isSpecLine(line) ? [line] : parseList(line)));
  for (const t of tags) {
    if (isSpecLine(t)) parseTagLine(t);
    else if (tagFromInput(t) === undefined) {
      throw new PipelineError('INPUT', `input 'tags' has '${t}', which is not a valid tag`, {
        input: 'tags',
        hint: 'A tag is 1-128 of A-Z a-z 0-9 _ . -, not starting with . or -; or write a metadata-action line such as type=ref,event=branch.',
      });
    }
  }
  const flavor = getList(env, 'flavor', { commas: false });
  parseFlavor(flavor);
  const platforms = getInputList(env, 'platforms', { trailingComments: true });
  for (const p of platforms) {
    if (!PLATFORM.test(p))
      throw new PipelineError('INPUT', `input 'platforms' has '${p}', which is not os/arch[/variant]`, {
        input: 'platforms',
        hint: 'Write e.g. linux/amd64,linux/arm64.',
      });
  }
  if (new Set(platforms).size !== platforms.length) throw new PipelineError('INPUT', `input 'platforms' lists a platform twice`, { input: 'platforms' });
  // Ours, or build-push-action's buildx instance name (taken as builder docker with --builder, when unambiguous).
  const chosen = builderOf(env, ['auto', ...BUILDER_NAMES]);
  const builder = chosen.builder as BuilderChoice;
  const parsed = parseBuildOptions(env);
  const options: BuildOptions | undefined = chosen.instance === undefined ? parsed.options : { ...parsed.options, buildxInstance: chosen.instance };
  const notices = [...contextNotices, ...provenanceNotices(env), ...parsed.notices];
  const output = getInput(env, 'output') || path.join(runnerTempOf(env), 'image-pipeline', 'layout');
  const provenance = provenancePath(env);
  const cacheFrom = parseCacheSpecs(getInput(env, 'cache-from', { trim: false }), 'cache-from');
  const cacheTo = parseCacheSpecs(getInput(env, 'cache-to', { trim: false }), 'cache-to');
  const noCache = getBoolean(env, 'no-cache', false);
  // A builder named outright is checked now, before anything runs; for auto, build.ts checks the one it picks.
  if (builder !== 'auto') {
    const refused = checkCacheForBuilder({ from: cacheFrom, to: cacheTo, noCache }, builder);
    if (refused !== undefined) throw refused;
  }
  const inputs: ContainerInputs = {
    kind: 'container',
    context,
    'build-args': buildArgs,
    secrets,
    labels,
    annotations,
    tags,
    ...(flavor.length > 0 ? { flavor } : {}),
    platforms,
    builder,
    output,
    ...(provenance === undefined ? {} : { provenance }),
    publicBuildArgs: publicBuildArgs(env),
    env,
    cacheFrom,
    cacheTo,
    noCache,
    connect: getConnectInputs(env),
    ...publishInputsOf(env),
    ...(options !== undefined ? { options } : {}),
    ...(secretFiles.length > 0 ? { secretFiles } : {}),
    ...(secretEnvs.length > 0 ? { secretEnvs } : {}),
    ...(notices.length > 0 ? { notices } : {}),
    ...limitsOf(env),
  };
  if (file !== '') inputs.file = file;
  if (target !== '') inputs.target = target;
  return inputs;
}

function machineInputs(env: Env): MachineInputs {
  const sha = getInput(env, 'packer-sha256');
  const pgpKey = getInput(env, 'packer-pgp-key');
  const releases = getInput(env, 'packer-releases-url');
  const manifest = getInput(env, 'packer-manifest');
  const amiRegion = getInput(env, 'ami-region');
  const provenance = provenancePath(env);
  return {
    kind: 'machine',
    ...(provenance === undefined ? {} : { provenance }),
    publicBuildArgs: publicBuildArgs(env),
    env,
    // `file` (the Dockerfile input) is accepted too, so `file: base.pkr.hcl` alone selects a machine build.
    template: getInput(env, 'template') || getInput(env, 'file') || getInput(env, 'template', { required: true }),
    packerVersion: getInput(env, 'packer-version') || 'system',
    ...(sha !== '' ? { packerSha256: sha } : {}),
    ...(pgpKey !== '' ? { packerPgpKey: pgpKey } : {}),
    ...(releases !== '' ? { releasesUrl: releases } : {}),
    variables: Object.fromEntries(parseKeyValues(getInput(env, 'packer-vars', { trim: false }), 'packer-vars', { keyPattern: /^[A-Za-z_][\w-]*$/ })),
    varFiles: getList(env, 'packer-var-files', { commas: false }),
    only: getList(env, 'packer-only'),
    ...(manifest !== '' ? { manifest } : {}),
    ...(amiRegion !== '' ? { amiRegion } : {}),
  };
}
