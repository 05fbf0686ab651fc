/**
 * Inputs of the all-in-one action, as the three stages' own typed inputs
 * (pure). Each stage's `getInputs` reads an environment holding only the
 * inputs the user set that the stage declares (so its defaults stay in one
 * place, its action.yml and context.ts), plus the build's output layout as
 * test's and distribute's `image`: that path is known before the build, so
 * every stage's inputs are checked before anything builds.
 */
import { PIPELINE_DEFAULT_FLAVOR, PIPELINE_DEFAULT_TAGS } from '../shared/src/github/tags.js';
import * as path from 'node:path';
import { getEnum, getInput, inputVar, parseList, type Env } from '../shared/src/action/inputs.js';
import { PipelineError } from '../shared/src/errors.js';
import { isSpecLine, referenceItem, type ReferenceItem } from '../shared/src/builders/metadata.js';
import { isTag } from '../shared/src/registry/reference.js';
import { getInputs as getBuildInputs, type ContainerInputs as BuildInputs } from '../build-image/src/context.js';
import { getInputs as getTestInputs, type ContainerInputs as TestInputs } from '../test-image/src/context.js';
import { getInputs as getDistributeInputs, type ContainerInputs as DistributeInputs } from '../distribute-image/src/context.js';

/** The root action.yml inputs each stage takes, by the stage's own names (test/unit/root/context.test.ts checks them against the action.yml files). */
export const BUILD_INPUTS = [
  'context',
  'file',
  'target',
  'build-args',
  'public-build-args',
  'secrets',
  'secret-files',
  'secret-envs',
  'labels',
  'annotations',
  'tags',
  'platforms',
  'build-contexts',
  'pull',
  'network',
  'ssh',
  'add-hosts',
  'shm-size',
  'ulimit',
  'builder',
  'output',
  'provenance',
  'cache-from',
  'cache-to',
  'no-cache',
  'stall-timeout',
  'build-timeout',
  // Private bases and registry caches: the same access as test and distribute.
  'registry-auth',
  'github-token',
  'insecure-registries',
] as const;
export const TEST_INPUTS = [
  'policy',
  'rules',
  'fail-on',
  'sarif',
  'junit',
  'sbom',
  'sbom-cyclonedx',
  'vulnerability-db',
  'vex',
  'dockerfile',
  'command-network',
  'command-privileges',
  'allow-outside-workspace',
  'registry-auth',
  'github-token',
  'insecure-registries',
] as const;
export const DISTRIBUTE_INPUTS = [
  'destinations',
  'tags',
  'registry-auth',
  'github-token',
  'insecure-registries',
  'concurrency',
  'attach',
  'sign',
  'signing-key',
  'public-key',
  'fulcio-url',
  'rekor-url',
  'tsa-url',
  'allow-outside-workspace',
  'github-attestations',
] as const;
/** Inputs of the root action itself. */
export const ROOT_INPUTS = ['push', 'cache'] as const;

export interface Inputs {
  build: BuildInputs;
  test: TestInputs;
  /** Present when destinations are given (checked then, even when this event does not push). */
  distribute?: DistributeInputs;
  /** Whether distribute runs: never without destinations, not on pull requests unless push is 'true'. */
  push: boolean;
  pushReason: string;
  /**
   * `cache: auto` with destinations and neither cache-from nor cache-to given:
   * run() adds the default layer cache beside this destination (the first),
   * once it has read the event payload (builders/cache-default.ts).
   */
  cacheDefault?: { destination: string };
}

/** The inputs the user set (non-blank), by name, of those in `names`: what each stage is given. */
export function pick(env: Env, names: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const n of names) {
    const v = getInput(env, n, { trim: false });
    if (v.trim() !== '') out[n] = v;
  }
  return out;
}

/** A stage's environment: the runner's (GITHUB_*, RUNNER_*, ...) without the root's inputs, plus the stage's own. */
export function stageEnv(env: Env, inputs: Readonly<Record<string, string>>): Env {
  const out: Record<string, string | undefined> = Object.fromEntries(Object.entries(env).filter(([k]) => !k.startsWith('INPUT_')));
  for (const [k, v] of Object.entries(inputs)) out[inputVar(k)] = v;
  return out;
}

function pushDecision(env: Env, destinations: readonly string[]): { push: boolean; pushReason: string } {
  const push = getEnum(env, 'push', ['auto', 'true', 'false'] as const, 'auto');
  const isPullRequest = env.GITHUB_EVENT_NAME === 'pull_request' || env.GITHUB_EVENT_NAME === 'pull_request_target';
  if (push === 'false') return { push: false, pushReason: "push is 'false'" };
  if (destinations.length === 0) return { push: false, pushReason: 'no destinations given' };
  if (push === 'auto' && isPullRequest) return { push: false, pushReason: 'pull requests build and test only' };
  return { push: true, pushReason: push === 'true' ? "push is 'true'" : `event ${env.GITHUB_EVENT_NAME ?? 'local'}` };
}

/**
 * Where the image goes, and which tags distribute-image is told, from the
 * root's `destinations` and `tags` (pure).
 *
 * `tags` is build-image's input: plain tags, metadata-action spec lines and
 * full references. distribute-image's `tags` takes plain tags only, so the
 * root used to fail on a spec line or a reference there with destinations set
 * ("'127.0.0.1:5000/app:1' is not a valid tag"). The rule now, as build-image's
 * push reads a full reference (it names where the image goes):
 * - a full reference in `tags` is a destination, pushed as written
 *   (repository:tag, untagged -> latest); one whose repository is also in
 *   `destinations` adds its tag there (distribute merges a repository's tags);
 *   one whose repository is not becomes a destination of its own. Refusing it
 *   instead would make the root read a reference differently from the
 *   build-image step it wraps, and a build-push-action user's
 *   `tags: ghcr.io/o/app:1` already says where to push.
 * - an untagged destination gets the image's tags: the plain tags when `tags`
 *   is only plain tags (distribute's own meaning of its input), otherwise the
 *   tags the build computed and wrote into the layout (spec lines evaluated,
 *   a reference's tag included), which distribute reads when given no tags,
 *   as in the reusable workflow.
 * A reference counts as a destination for the push decision too: with
 * `tags: ghcr.io/o/app:1` alone, a push event pushes (push: false to build only).
 */
export function destinationsOf(
  destinations: readonly string[],
  tagItems: readonly string[],
): { destinations: string[]; references: string[]; tags?: string[] } {
  const references = [
    ...new Set(
      tagItems
        .map(referenceItem)
        .filter((r): r is ReferenceItem => r !== undefined)
        .map((r) => `${r.name}:${r.tag}`),
    ),
  ].filter((r) => !destinations.includes(r));
  const plainOnly = tagItems.length > 0 && tagItems.every((t) => !isSpecLine(t) && isTag(t));
  return { destinations: [...destinations, ...references], references, ...(plainOnly ? { tags: [...tagItems] } : {}) };
}

export function getInputs(env: Env): Inputs {
  const buildGiven = pick(env, BUILD_INPUTS);
  // Without tags, the all-in-one action keeps the pipeline's documented default spec (github/tags.ts), not metadata-action's.
  if (buildGiven.tags === undefined) Object.assign(buildGiven, { tags: PIPELINE_DEFAULT_TAGS.join('\n'), flavor: PIPELINE_DEFAULT_FLAVOR.join('\n') });
  const build = getBuildInputs(stageEnv(env, buildGiven));
  if (build.kind !== 'container') {
    throw new PipelineError('INPUT', "input 'file' names a Packer template; the all-in-one action builds container images", {
      input: 'file',
      hint: 'Use the build-image, test-image and distribute-image steps for a machine image (see examples/ami).',
    });
  }
  const given = pick(env, DISTRIBUTE_INPUTS);
  // build.tags: the user's items as build-image split them (spec lines whole, comma lists apart); the default spec names no repository.
  const where = destinationsOf(parseList(given.destinations ?? ''), given.tags === undefined ? [] : build.tags);
  const decision = pushDecision(env, where.destinations);
  // The build writes its layout at `output` resolved against the working directory (builders/locate.ts
  // checkOutput): test and distribute read it there, as a path (a relative 'out' could read as a registry name).
  const image = { image: path.resolve(build.output) };
  const test = getTestInputs(stageEnv(env, { ...pick(env, TEST_INPUTS), ...image }));
  if (test.kind !== 'container') throw new PipelineError('INTERNAL', 'test-image was not given the built layout');
  const { tags: _written, ...distributeGiven } = given;
  const distribute =
    where.destinations.length > 0
      ? getDistributeInputs(
          stageEnv(env, {
            ...distributeGiven,
            // The user's lines as written (distribute names their line in errors), then the references from tags.
            destinations: [given.destinations ?? '', ...where.references].filter((l) => l !== '').join('\n'),
            ...(where.tags === undefined ? {} : { tags: where.tags.join('\n') }),
            ...image,
          }),
        )
      : undefined;
  if (distribute !== undefined && distribute.kind !== 'container') throw new PipelineError('INTERNAL', 'distribute-image was not given the built layout');
  const cacheDefault = cacheDefaultOf(env, build, where.destinations[0]);
  return { build, test, ...(distribute === undefined ? {} : { distribute }), ...decision, ...(cacheDefault === undefined ? {} : { cacheDefault }) };
}

/** `cache`: the default applies with a destination to keep it beside, and only when the user named no cache of their own. */
function cacheDefaultOf(env: Env, build: BuildInputs, destination: string | undefined): Inputs['cacheDefault'] {
  const mode = getEnum(env, 'cache', ['auto', 'off'] as const, 'auto');
  const explicit = build.cacheFrom.length > 0 || build.cacheTo.length > 0;
  return mode === 'auto' && !explicit && destination !== undefined ? { destination } : undefined;
}
