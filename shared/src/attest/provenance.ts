/**
 * SLSA Provenance v1 (slsa.dev/spec/v1.0/provenance) for what build-image
 * made: pure builders from build facts to an in-toto statement.
 *
 * Our build types (the URIs below) define the fields as follows:
 *
 * `https://github.com/image-pipeline/image-pipeline/build-image@v1` (container images)
 * - externalParameters.workflow: `{ref, repository, path}` — the workflow run
 *   that asked for the build (GITHUB_REF, GITHUB_SERVER_URL/GITHUB_REPOSITORY,
 *   the path part of GITHUB_WORKFLOW_REF); absent on a local run.
 * - externalParameters.build: `{file, context?, target?, platforms?, buildArgs}`
 *   — the Dockerfile path as given, and every build argument by name;
 *   `value` only for names the user declared non-secret, otherwise absent.
 * - internalParameters.github: `{eventName?, runnerEnvironment?}`.
 * - resolvedDependencies: the source commit
 *   (`git+<server>/<repo>@<ref>`, digest gitCommit) and every base image from
 *   the `org.opencontainers.image.base.name/digest` annotations (name, sha256).
 * - runDetails.builder.id: `<server>/<GITHUB_WORKFLOW_REF>` unless given;
 *   metadata.invocationId: `<server>/<repo>/actions/runs/<id>/attempts/<n>`.
 *
 * `https://github.com/image-pipeline/image-pipeline/build-image/packer@v1` (machine images)
 * - the same workflow, source and builder fields; externalParameters.build is
 *   `{template, variables}` (variables like buildArgs); resolvedDependencies
 *   also lists the source AMIs.
 * - subject: one per AMI, `{name: <ami id>, digest: {arn: arn:<partition>:ec2:<region>::image/<ami id>}}`.
 *   An AMI has no content hash we can compute; in-toto digest_set.md allows
 *   an immutable non-cryptographic id and gives the ARN as its example. AMI ids
 *   are never reused, so the ARN names exactly one image.
 */
import { PipelineError } from '../errors.js';
import { parseDigest } from '../oci/digest.js';
import { preview } from '../preview.js';
import { ociSubject, statement } from './in-toto.js';
import { PredicateType, type ResourceDescriptor, type SlsaProvenanceV1, type Statement, type Subject } from './types.js';

export const BUILD_TYPE_IMAGE = 'https://github.com/image-pipeline/image-pipeline/build-image@v1';
export const BUILD_TYPE_MACHINE_IMAGE = 'https://github.com/image-pipeline/image-pipeline/build-image/packer@v1';
/** builder.id of a build outside GitHub Actions (`npm run pipeline`): no trusted platform vouches for it. */
export const LOCAL_BUILDER_ID = 'https://github.com/image-pipeline/image-pipeline/local-run@v1';

/** The workflow run, from the runner's environment (docs.github.com "Default environment variables"). */
export interface GitHubContext {
  serverUrl: string; // GITHUB_SERVER_URL
  repository: string; // GITHUB_REPOSITORY, owner/name
  workflowRef: string; // GITHUB_WORKFLOW_REF, owner/name/.github/workflows/file.yml@ref
  sha: string; // GITHUB_SHA
  ref: string; // GITHUB_REF
  runId: string; // GITHUB_RUN_ID
  runAttempt: string; // GITHUB_RUN_ATTEMPT
  runnerEnvironment?: string; // RUNNER_ENVIRONMENT: github-hosted | self-hosted
  eventName?: string; // GITHUB_EVENT_NAME
}

const REQUIRED_ENV = ['GITHUB_REPOSITORY', 'GITHUB_WORKFLOW_REF', 'GITHUB_SHA', 'GITHUB_REF', 'GITHUB_RUN_ID', 'GITHUB_RUN_ATTEMPT'] as const;

/**
 * The run's context, or undefined outside GitHub Actions (GITHUB_ACTIONS is
 * not `true`). Inside Actions a missing variable is an error naming it: the
 * provenance would otherwise claim less than the run was.
 */
export function githubContext(env: Readonly<Record<string, string | undefined>>): GitHubContext | undefined {
  if (env.GITHUB_ACTIONS !== 'true') return undefined;
  const missing = REQUIRED_ENV.filter((k) => (env[k] ?? '').trim() === '');
  if (missing.length > 0) {
    throw new PipelineError('INPUT', `expected the GitHub Actions variables ${REQUIRED_ENV.join(', ')} to be set, got none for ${missing.join(', ')}`, {
      hint: 'Run the step in a GitHub Actions job, or unset GITHUB_ACTIONS for a local run.',
    });
  }
  const v = (k: (typeof REQUIRED_ENV)[number]): string => (env[k] as string).trim();
  const optional = (k: string): string | undefined => (env[k] ?? '').trim() || undefined;
  const runnerEnvironment = optional('RUNNER_ENVIRONMENT');
  const eventName = optional('GITHUB_EVENT_NAME');
  return {
    serverUrl: (optional('GITHUB_SERVER_URL') ?? 'https://github.com').replace(/\/+$/, ''),
    repository: v('GITHUB_REPOSITORY'),
    workflowRef: v('GITHUB_WORKFLOW_REF'),
    sha: v('GITHUB_SHA'),
    ref: v('GITHUB_REF'),
    runId: v('GITHUB_RUN_ID'),
    runAttempt: v('GITHUB_RUN_ATTEMPT'),
    ...(runnerEnvironment === undefined ? {} : { runnerEnvironment }),
    ...(eventName === undefined ? {} : { eventName }),
  };
}

/** A built artifact: a platform manifest or the index, by its digest (`sha256:<hex>`). */
export interface BuiltImage {
  /** e.g. `ghcr.io/acme/app` for the index, `ghcr.io/acme/app (linux/arm64)` for a platform manifest; unique within the build. */
  name: string;
  digest: string;
}

/** A base image as the `org.opencontainers.image.base.name` / `.base.digest` annotations record it. */
export interface BaseImage {
  name: string;
  digest: string;
}

export interface TimedRun {
  github?: GitHubContext;
  /** Overrides the builder id derived from the workflow (`<server>/<GITHUB_WORKFLOW_REF>`, or LOCAL_BUILDER_ID). */
  builderId?: string;
  /** Versions of the build platform's parts, e.g. `{ 'image-pipeline': '1.2.0', buildah: '1.33.7' }`. */
  builderVersion?: Record<string, string>;
  startedOn: Date;
  finishedOn: Date;
}

export interface ImageBuildFacts extends TimedRun {
  subjects: readonly BuiltImage[];
  /** The Dockerfile path as the user gave it (relative to the workspace). */
  dockerfile: string;
  context?: string;
  target?: string;
  platforms?: readonly string[];
  /** Every build argument, name to value; only the names in `publicBuildArgs` keep their values. */
  buildArgs: Readonly<Record<string, string>>;
  /** Build-arg names declared non-secret by the user. */
  publicBuildArgs?: readonly string[];
  baseImages?: readonly BaseImage[];
}

/** Provenance for an image build: subjects are every platform manifest and the index. */
export function imageProvenance(facts: ImageBuildFacts): Statement<SlsaProvenanceV1> {
  if (facts.subjects.length === 0) throw new PipelineError('INTERNAL', 'provenance needs at least one built image, got none');
  const names = new Set<string>();
  const subjects = facts.subjects.map((s) => {
    if (names.has(s.name)) throw new PipelineError('INTERNAL', `provenance subjects need unique names, got '${s.name}' twice`);
    names.add(s.name);
    return ociSubject(s.digest, s.name);
  });
  const build: Record<string, unknown> = {
    file: facts.dockerfile,
    ...(facts.context === undefined ? {} : { context: facts.context }),
    ...(facts.target === undefined || facts.target === '' ? {} : { target: facts.target }),
    ...(facts.platforms === undefined || facts.platforms.length === 0 ? {} : { platforms: [...facts.platforms] }),
    buildArgs: namedValues(facts.buildArgs, facts.publicBuildArgs ?? []),
  };
  const bases = (facts.baseImages ?? []).map(baseDependency);
  return statement(subjects, PredicateType.SlsaProvenanceV1, predicate(BUILD_TYPE_IMAGE, build, bases, facts));
}

/** An AMI that a Packer build produced. */
export interface BuiltMachineImage {
  id: string;
  region: string;
  /** AWS partition (default `aws`; `aws-cn`, `aws-us-gov`). */
  partition?: string;
}

export interface MachineImageBuildFacts extends TimedRun {
  amis: readonly BuiltMachineImage[];
  /** The Packer template path as the user gave it. */
  template: string;
  /** Every Packer variable, name to value; only the names in `publicVariables` keep their values. */
  variables?: Readonly<Record<string, string>>;
  publicVariables?: readonly string[];
  /** Source AMIs the build started from. */
  sourceAmis?: readonly BuiltMachineImage[];
}

/** Provenance for a Packer build: one subject per AMI, identified by its ARN (see the file comment). */
export function machineImageProvenance(facts: MachineImageBuildFacts): Statement<SlsaProvenanceV1> {
  if (facts.amis.length === 0) throw new PipelineError('INTERNAL', 'provenance needs at least one AMI, got none');
  const subjects = facts.amis.map(amiDescriptor);
  const build = { template: facts.template, variables: namedValues(facts.variables ?? {}, facts.publicVariables ?? []) };
  const sources = (facts.sourceAmis ?? []).map(amiDescriptor);
  return statement(subjects, PredicateType.SlsaProvenanceV1, predicate(BUILD_TYPE_MACHINE_IMAGE, build, sources, facts));
}

/** The in-toto subject of an AMI: its id as name, its ARN as the digest. */
export function amiDescriptor(ami: BuiltMachineImage): Subject {
  if (!/^ami-[0-9a-f]{8,17}$/.test(ami.id))
    throw new PipelineError('INPUT', `expected an AMI id like ami-0123456789abcdef0, got '${preview(ami.id, { redact: false })}'`);
  if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(ami.region))
    throw new PipelineError('INPUT', `expected an AWS region like eu-west-1, got '${preview(ami.region, { redact: false })}'`);
  const partition = ami.partition ?? 'aws';
  if (!/^aws(-[a-z]+)*$/.test(partition))
    throw new PipelineError('INPUT', `expected an AWS partition like aws or aws-cn, got '${preview(partition, { redact: false })}'`);
  // EC2 image ARNs have an empty account field: arn:aws:ec2:<region>::image/<id>.
  return { name: ami.id, digest: { arn: `arn:${partition}:ec2:${ami.region}::image/${ami.id}` } };
}

function predicate(buildType: string, build: Record<string, unknown>, dependencies: ResourceDescriptor[], run: TimedRun): SlsaProvenanceV1 {
  if (!(run.startedOn instanceof Date) || Number.isNaN(run.startedOn.getTime()) || Number.isNaN(run.finishedOn.getTime())) {
    throw new PipelineError('INTERNAL', 'provenance needs valid start and finish times');
  }
  if (run.finishedOn < run.startedOn) {
    throw new PipelineError('INTERNAL', `expected the build to finish after it started (${run.startedOn.toISOString()}), got ${run.finishedOn.toISOString()}`);
  }
  const gh = run.github;
  const external: Record<string, unknown> = {};
  if (gh !== undefined) external.workflow = { ref: gh.ref, repository: `${gh.serverUrl}/${gh.repository}`, path: workflowPath(gh) };
  external.build = build;
  const internal =
    gh === undefined || (gh.eventName === undefined && gh.runnerEnvironment === undefined)
      ? undefined
      : {
          github: {
            ...(gh.eventName === undefined ? {} : { eventName: gh.eventName }),
            ...(gh.runnerEnvironment === undefined ? {} : { runnerEnvironment: gh.runnerEnvironment }),
          },
        };
  const source: ResourceDescriptor[] = gh === undefined ? [] : [{ uri: `git+${gh.serverUrl}/${gh.repository}@${gh.ref}`, digest: { gitCommit: gh.sha } }];
  const builderId = run.builderId ?? (gh === undefined ? LOCAL_BUILDER_ID : `${gh.serverUrl}/${gh.workflowRef}`);
  return {
    buildDefinition: {
      buildType,
      externalParameters: external,
      ...(internal === undefined ? {} : { internalParameters: internal }),
      resolvedDependencies: [...source, ...dependencies],
    },
    runDetails: {
      builder: { id: builderId, ...(run.builderVersion === undefined ? {} : { version: { ...run.builderVersion } }) },
      metadata: {
        ...(gh === undefined ? {} : { invocationId: `${gh.serverUrl}/${gh.repository}/actions/runs/${gh.runId}/attempts/${gh.runAttempt}` }),
        startedOn: run.startedOn.toISOString(),
        finishedOn: run.finishedOn.toISOString(),
      },
    },
  };
}

/** `owner/repo/.github/workflows/build.yml@refs/heads/main` → `.github/workflows/build.yml`. */
function workflowPath(gh: GitHubContext): string {
  const withoutRef = gh.workflowRef.replace(/@[^@]*$/, '');
  const prefix = `${gh.repository}/`;
  return withoutRef.startsWith(prefix) ? withoutRef.slice(prefix.length) : withoutRef;
}

/** Names in sorted order; a value only where the name is declared public. */
function namedValues(all: Readonly<Record<string, string>>, publicNames: readonly string[]): Array<{ name: string; value?: string }> {
  const pub = new Set(publicNames);
  return Object.keys(all)
    .sort()
    .map((name) => (pub.has(name) ? { name, value: all[name] as string } : { name }));
}

function baseDependency(base: BaseImage): ResourceDescriptor {
  const d = parseDigest(base.digest);
  if (!d.ok) {
    throw new PipelineError(
      'INPUT',
      `expected the base image '${preview(base.name, { redact: false })}' to carry a digest, got '${preview(base.digest, { redact: false })}'`,
      {
        hint: 'The org.opencontainers.image.base.digest annotation must be sha256:<64 hex digits>.',
      },
    );
  }
  return ociSubject(d.value, base.name);
}
