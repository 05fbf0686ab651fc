import { describe, expect, it } from '@jest/globals';
import {
  amiDescriptor,
  BUILD_TYPE_IMAGE,
  BUILD_TYPE_MACHINE_IMAGE,
  githubContext,
  imageProvenance,
  LOCAL_BUILDER_ID,
  machineImageProvenance,
  type ImageBuildFacts,
} from '../../../shared/src/attest/provenance.js';
import { isPipelineError } from '../../../shared/src/errors.js';
import { provenanceErrors, statementErrors } from '../../support/attestation-schemas.js';
import { pipelineErrorOf } from '../../support/pipeline-error.js';

const [INDEX, AMD64, ARM64, BASE] = ['1', '2', '3', '4'].map((c) => c.repeat(64)) as [string, string, string, string];
const SHA = 'f'.repeat(40);

const env = {
  GITHUB_ACTIONS: 'true',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/app',
  GITHUB_WORKFLOW_REF: 'acme/app/.github/workflows/image.yml@refs/heads/main',
  GITHUB_SHA: SHA,
  GITHUB_REF: 'refs/heads/main',
  GITHUB_RUN_ID: '4242',
  GITHUB_RUN_ATTEMPT: '2',
  RUNNER_ENVIRONMENT: 'github-hosted',
  GITHUB_EVENT_NAME: 'push',
};

const facts = (over: Partial<ImageBuildFacts> = {}): ImageBuildFacts => ({
  subjects: [
    { name: 'ghcr.io/acme/app', digest: `sha256:${INDEX}` },
    { name: 'ghcr.io/acme/app (linux/amd64)', digest: `sha256:${AMD64}` },
    { name: 'ghcr.io/acme/app (linux/arm64)', digest: `sha256:${ARM64}` },
  ],
  github: githubContext(env),
  dockerfile: 'docker/Dockerfile',
  context: '.',
  platforms: ['linux/amd64', 'linux/arm64'],
  buildArgs: { VERSION: '1.2.3', NPM_TOKEN: 'npm_s3cr3tvalue0123456789' },
  publicBuildArgs: ['VERSION'],
  baseImages: [{ name: 'docker.io/library/debian:bookworm', digest: `sha256:${BASE}` }],
  builderVersion: { 'image-pipeline': '0.1.0' },
  startedOn: new Date('2026-11-30T10:00:00Z'),
  finishedOn: new Date('2026-11-30T10:03:00Z'),
  ...over,
});

describe('githubContext', () => {
  it('reads the run from the runner environment', () => {
    expect(githubContext(env)).toEqual({
      serverUrl: 'https://github.com',
      repository: 'acme/app',
      workflowRef: 'acme/app/.github/workflows/image.yml@refs/heads/main',
      sha: SHA,
      ref: 'refs/heads/main',
      runId: '4242',
      runAttempt: '2',
      runnerEnvironment: 'github-hosted',
      eventName: 'push',
    });
  });

  it('is undefined outside GitHub Actions', () => {
    expect(githubContext({ ...env, GITHUB_ACTIONS: undefined })).toBeUndefined();
  });

  it('names every missing variable inside Actions', () => {
    const e = pipelineErrorOf(() => githubContext({ ...env, GITHUB_SHA: '', GITHUB_RUN_ID: undefined }));
    expect(e.code).toBe('INPUT');
    expect(e.message).toContain('got none for GITHUB_SHA, GITHUB_RUN_ID');
  });
});

describe('imageProvenance', () => {
  it('writes SLSA provenance v1 over every platform manifest and the index', () => {
    const s = imageProvenance(facts());
    expect(statementErrors(s)).toEqual([]);
    expect(provenanceErrors(s.predicate)).toEqual([]);
    expect(s.predicateType).toBe('https://slsa.dev/provenance/v1');
    expect(s.subject).toEqual([
      { name: 'ghcr.io/acme/app', digest: { sha256: INDEX } },
      { name: 'ghcr.io/acme/app (linux/amd64)', digest: { sha256: AMD64 } },
      { name: 'ghcr.io/acme/app (linux/arm64)', digest: { sha256: ARM64 } },
    ]);
    expect(s.predicate).toEqual({
      buildDefinition: {
        buildType: BUILD_TYPE_IMAGE,
        externalParameters: {
          workflow: { ref: 'refs/heads/main', repository: 'https://github.com/acme/app', path: '.github/workflows/image.yml' },
          build: {
            file: 'docker/Dockerfile',
            context: '.',
            platforms: ['linux/amd64', 'linux/arm64'],
            buildArgs: [{ name: 'NPM_TOKEN' }, { name: 'VERSION', value: '1.2.3' }],
          },
        },
        internalParameters: { github: { eventName: 'push', runnerEnvironment: 'github-hosted' } },
        resolvedDependencies: [
          { uri: 'git+https://github.com/acme/app@refs/heads/main', digest: { gitCommit: SHA } },
          { name: 'docker.io/library/debian:bookworm', digest: { sha256: BASE } },
        ],
      },
      runDetails: {
        builder: { id: 'https://github.com/acme/app/.github/workflows/image.yml@refs/heads/main', version: { 'image-pipeline': '0.1.0' } },
        metadata: {
          invocationId: 'https://github.com/acme/app/actions/runs/4242/attempts/2',
          startedOn: '2026-11-30T10:00:00.000Z',
          finishedOn: '2026-11-30T10:03:00.000Z',
        },
      },
    });
  });

  it('never records the value of a build arg not declared public', () => {
    const text = JSON.stringify(imageProvenance(facts()));
    expect(text).toContain('NPM_TOKEN');
    expect(text).not.toContain('npm_s3cr3tvalue0123456789');
  });

  it('outside Actions: the local builder id, no workflow, no source dependency', () => {
    const s = imageProvenance(facts({ github: undefined }));
    expect(provenanceErrors(s.predicate)).toEqual([]);
    expect(s.predicate.runDetails.builder.id).toBe(LOCAL_BUILDER_ID);
    expect(s.predicate.buildDefinition.externalParameters.workflow).toBeUndefined();
    expect(s.predicate.buildDefinition.internalParameters).toBeUndefined();
    expect(s.predicate.buildDefinition.resolvedDependencies).toEqual([{ name: 'docker.io/library/debian:bookworm', digest: { sha256: BASE } }]);
    expect(s.predicate.runDetails.metadata?.invocationId).toBeUndefined();
  });

  it('takes a given builder id', () => {
    expect(imageProvenance(facts({ builderId: 'https://example.com/builder' })).predicate.runDetails.builder.id).toBe('https://example.com/builder');
  });

  it('refuses a base image without a proper digest, naming the annotation', () => {
    const e = pipelineErrorOf(() => imageProvenance(facts({ baseImages: [{ name: 'debian', digest: 'sha256:nope' }] })));
    expect(e.code).toBe('INPUT');
    expect(e.message).toContain("expected the base image 'debian' to carry a digest, got 'sha256:nope'");
    expect(e.message).toContain('org.opencontainers.image.base.digest');
  });

  it.each([
    ['no subjects', { subjects: [] }, 'at least one built image'],
    [
      'a duplicate name',
      {
        subjects: [
          { name: 'a', digest: `sha256:${INDEX}` },
          { name: 'a', digest: `sha256:${AMD64}` },
        ],
      },
      "got 'a' twice",
    ],
    ['a finish before the start', { finishedOn: new Date('2026-11-30T09:00:00Z') }, 'expected the build to finish after it started'],
  ])('refuses %s', (_what, over, message) => {
    const e = pipelineErrorOf(() => imageProvenance(facts(over)));
    expect(isPipelineError(e, 'INTERNAL')).toBe(true);
    expect(e.message).toContain(message);
  });
});

describe('machineImageProvenance', () => {
  it('names each AMI by id with its ARN as the digest (in-toto digest_set.md, VM images)', () => {
    const s = machineImageProvenance({
      amis: [
        { id: 'ami-0123456789abcdef0', region: 'eu-west-1' },
        { id: 'ami-0fedcba9876543210', region: 'cn-north-1', partition: 'aws-cn' },
      ],
      template: 'packer/base.pkr.hcl',
      variables: { region: 'eu-west-1', api_key: 'x-very-secret-value-1234' },
      publicVariables: ['region'],
      sourceAmis: [{ id: 'ami-00000000000000001', region: 'eu-west-1' }],
      github: githubContext(env),
      startedOn: new Date('2026-11-30T10:00:00Z'),
      finishedOn: new Date('2026-11-30T10:20:00Z'),
    });
    expect(statementErrors(s)).toEqual([]);
    expect(provenanceErrors(s.predicate)).toEqual([]);
    expect(s.subject).toEqual([
      { name: 'ami-0123456789abcdef0', digest: { arn: 'arn:aws:ec2:eu-west-1::image/ami-0123456789abcdef0' } },
      { name: 'ami-0fedcba9876543210', digest: { arn: 'arn:aws-cn:ec2:cn-north-1::image/ami-0fedcba9876543210' } },
    ]);
    expect(s.predicate.buildDefinition.buildType).toBe(BUILD_TYPE_MACHINE_IMAGE);
    expect(s.predicate.buildDefinition.externalParameters.build).toEqual({
      template: 'packer/base.pkr.hcl',
      variables: [{ name: 'api_key' }, { name: 'region', value: 'eu-west-1' }],
    });
    expect(s.predicate.buildDefinition.resolvedDependencies?.[1]).toEqual({
      name: 'ami-00000000000000001',
      digest: { arn: 'arn:aws:ec2:eu-west-1::image/ami-00000000000000001' },
    });
    expect(JSON.stringify(s)).not.toContain('x-very-secret-value-1234');
  });

  it.each([
    [{ id: 'ami-XYZ', region: 'eu-west-1' }, "expected an AMI id like ami-0123456789abcdef0, got 'ami-XYZ'"],
    [{ id: 'ami-0123456789abcdef0', region: 'Europe' }, "expected an AWS region like eu-west-1, got 'Europe'"],
    [{ id: 'ami-0123456789abcdef0', region: 'eu-west-1', partition: 'azure' }, "expected an AWS partition like aws or aws-cn, got 'azure'"],
  ])('refuses %j', (ami, message) => {
    expect(pipelineErrorOf(() => amiDescriptor(ami)).message).toContain(message);
  });
});
