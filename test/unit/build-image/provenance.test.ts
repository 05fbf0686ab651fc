import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { containerProvenance, machineProvenance, writeProvenance } from '../../../build-image/src/provenance.js';
import type { BuildReport } from '../../../shared/src/builders/build.js';
import type { BuildMachineImageResult } from '../../../shared/src/builders/packer/build-machine-image.js';
import { provenanceErrors, statementErrors } from '../../support/attestation-schemas.js';

const [INDEX, AMD64, ARM64, BASE_AMD64, BASE_ARM64] = ['1', '2', '3', '4', '5'].map((c) => `sha256:${c.repeat(64)}`) as [
  string,
  string,
  string,
  string,
  string,
];
const SHA = 'a'.repeat(40);
const GITHUB = {
  GITHUB_ACTIONS: 'true',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/app',
  GITHUB_WORKFLOW_REF: 'acme/app/.github/workflows/image.yml@refs/heads/main',
  GITHUB_SHA: SHA,
  GITHUB_REF: 'refs/heads/main',
  GITHUB_RUN_ID: '77',
  GITHUB_RUN_ATTEMPT: '1',
};
const times = { startedOn: new Date('2026-11-30T16:00:00Z'), finishedOn: new Date('2026-11-30T16:02:00Z') };

const report = (over: Partial<BuildReport> = {}): BuildReport =>
  ({
    builder: 'buildah',
    dockerfile: 'app/Dockerfile',
    digest: INDEX,
    platforms: ['linux/amd64', 'linux/arm64'],
    manifests: [
      { platform: 'linux/amd64', digest: AMD64, imageid: INDEX, layers: 1, size: 1 },
      { platform: 'linux/arm64', digest: ARM64, imageid: INDEX, layers: 1, size: 1 },
    ],
    baseImages: [
      { name: 'docker.io/library/debian:12', digest: BASE_AMD64 },
      { name: 'docker.io/library/debian:12', digest: BASE_ARM64 },
    ],
    ...over,
  }) as BuildReport;

describe('containerProvenance', () => {
  test('subjects are the index and every platform manifest; build args by name unless public; bases and the run recorded', () => {
    const s = containerProvenance(
      {
        report: report(),
        context: 'app',
        target: 'runtime',
        buildArgs: new Map([
          ['VERSION', '1.2.3'],
          ['NPM_TOKEN', 'npm_secretvalue'],
        ]),
        publicBuildArgs: ['VERSION'],
        env: GITHUB,
      },
      times,
    );
    expect(statementErrors(s)).toEqual([]);
    expect(provenanceErrors(s.predicate)).toEqual([]);
    expect(s.subject).toEqual([
      { name: 'index', digest: { sha256: '1'.repeat(64) } },
      { name: 'linux/amd64', digest: { sha256: '2'.repeat(64) } },
      { name: 'linux/arm64', digest: { sha256: '3'.repeat(64) } },
    ]);
    expect(JSON.stringify(s)).not.toContain('npm_secretvalue');
    const def = s.predicate.buildDefinition;
    expect(def.externalParameters).toEqual({
      workflow: { ref: 'refs/heads/main', repository: 'https://github.com/acme/app', path: '.github/workflows/image.yml' },
      build: {
        file: 'app/Dockerfile',
        context: 'app',
        target: 'runtime',
        platforms: ['linux/amd64', 'linux/arm64'],
        buildArgs: [{ name: 'NPM_TOKEN' }, { name: 'VERSION', value: '1.2.3' }],
      },
    });
    expect(def.resolvedDependencies).toEqual([
      { uri: 'git+https://github.com/acme/app@refs/heads/main', digest: { gitCommit: SHA } },
      { name: 'docker.io/library/debian:12', digest: { sha256: '4'.repeat(64) } },
      { name: 'docker.io/library/debian:12', digest: { sha256: '5'.repeat(64) } },
    ]);
    expect(s.predicate.runDetails).toEqual({
      builder: { id: 'https://github.com/acme/app/.github/workflows/image.yml@refs/heads/main' },
      metadata: {
        invocationId: 'https://github.com/acme/app/actions/runs/77/attempts/1',
        startedOn: '2026-11-30T16:00:00.000Z',
        finishedOn: '2026-11-30T16:02:00.000Z',
      },
    });
  });

  test('a single-platform build has one subject (its manifest is the root), and FROM scratch no base', () => {
    const one = report({
      digest: AMD64,
      platforms: ['linux/amd64'],
      manifests: [{ platform: 'linux/amd64', digest: AMD64, imageid: INDEX, layers: 1, size: 1 }],
      baseImages: [],
    });
    const s = containerProvenance({ report: one, context: '.', buildArgs: new Map(), publicBuildArgs: [], env: {} }, times);
    expect(s.subject).toEqual([{ name: 'linux/amd64', digest: { sha256: '2'.repeat(64) } }]);
    expect(s.predicate.buildDefinition.resolvedDependencies).toEqual([]);
    // Outside GitHub Actions: no workflow, no invocation id, the local builder id.
    expect(s.predicate.buildDefinition.externalParameters.workflow).toBeUndefined();
    expect(s.predicate.runDetails.builder.id).toBe('https://github.com/image-pipeline/image-pipeline/local-run@v1');
    expect(s.predicate.runDetails.metadata?.invocationId).toBeUndefined();
  });
});

describe('machineProvenance', () => {
  const result = (amis: Record<string, string>) => ({ amis, packer: { version: '1.11.2' } }) as unknown as BuildMachineImageResult;

  test('one subject per AMI, by ARN; variables by name unless public', () => {
    const s = machineProvenance(
      {
        result: result({ 'us-east-1': 'ami-0123456789abcdef0', 'eu-west-1': 'ami-0fedcba9876543210' }),
        template: 'ami/base.pkr.hcl',
        variables: { region: 'us-east-1', token: 'tok-secret' },
        publicBuildArgs: ['region'],
        env: GITHUB,
      },
      times,
    );
    expect(s).toBeDefined();
    expect(statementErrors(s)).toEqual([]);
    expect(provenanceErrors(s?.predicate)).toEqual([]);
    expect(s?.subject).toEqual([
      { name: 'ami-0123456789abcdef0', digest: { arn: 'arn:aws:ec2:us-east-1::image/ami-0123456789abcdef0' } },
      { name: 'ami-0fedcba9876543210', digest: { arn: 'arn:aws:ec2:eu-west-1::image/ami-0fedcba9876543210' } },
    ]);
    expect(JSON.stringify(s)).not.toContain('tok-secret');
    expect(s?.predicate.buildDefinition.externalParameters.build).toEqual({
      template: 'ami/base.pkr.hcl',
      variables: [{ name: 'region', value: 'us-east-1' }, { name: 'token' }],
    });
    expect(s?.predicate.runDetails.builder.version).toEqual({ packer: '1.11.2' });
  });

  test('no AMI (a null builder): no provenance', () => {
    expect(machineProvenance({ result: result({}), template: 't.pkr.hcl', variables: {}, publicBuildArgs: [], env: {} }, times)).toBeUndefined();
  });
});

describe('writeProvenance', () => {
  test('writes pretty JSON relative to the workspace, creating folders, and returns the absolute path', async () => {
    const ws = await fs.mkdtemp(path.join(os.tmpdir(), 'prov-'));
    try {
      const s = containerProvenance({ report: report(), context: '.', buildArgs: new Map(), publicBuildArgs: [], env: {} }, times);
      const written = await writeProvenance('out/p.json', s, { GITHUB_WORKSPACE: ws });
      expect(written).toBe(path.join(ws, 'out/p.json'));
      expect(JSON.parse(await fs.readFile(written, 'utf8'))).toEqual(s);
    } finally {
      await fs.rm(ws, { recursive: true, force: true });
    }
  });
});
