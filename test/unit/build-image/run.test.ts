import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { memoryIO } from '../../../shared/src/action/io.js';
import { main } from '../../../shared/src/action/run-action.js';
import type { BuildReport } from '../../../shared/src/builders/build.js';
import type { BuildMachineImageResult } from '../../../shared/src/builders/packer/build-machine-image.js';
import { buildImage, outputsOf } from '../../../build-image/src/run.js';
import { inputEnv } from '../../../scripts/local/run-bundle.js';

const missing = path.join(os.tmpdir(), `no-such-${process.pid}-${Date.now()}`);

describe('build-image run through main() with memoryIO', () => {
  test('a bad input fails the step and the job summary says the build failed', async () => {
    const io = memoryIO();
    await main(buildImage, inputEnv({ kind: 'vm' }), io);
    expect(io.recorded.failed).toContain("input 'kind' is 'vm', which is not one of auto, container, machine");
    expect(io.recorded.summary).toContain(':x: **Build failed**');
    expect(io.recorded.summary).toContain("input 'kind' is 'vm'");
    expect(io.recorded.outputs).toEqual({});
  });

  test('a template selects the machine build (Packer), with packer-vars masked before it runs', async () => {
    const io = memoryIO();
    await main(buildImage, inputEnv({ template: `${missing}.pkr.hcl`, 'packer-vars': 'token=s3cret-value\nregion=us-east-1' }), io);
    expect(io.recorded.masked).toEqual(['s3cret-value', 'us-east-1']);
    // The Packer path read the template; a container build would have looked for a Dockerfile instead.
    expect(io.recorded.failed).toContain(`${missing}.pkr.hcl`);
    expect(io.recorded.failed).not.toMatch(/Dockerfile|build context/);
    expect(io.recorded.summary).toContain('Build failed');
  });

  test('a container build masks its build secrets before it runs and names a missing context', async () => {
    const io = memoryIO();
    await main(buildImage, { RUNNER_TEMP: os.tmpdir(), ...inputEnv({ context: missing, secrets: 'npm_token=tok-123\nother=' }) }, io);
    expect(io.recorded.masked).toEqual(['tok-123']);
    expect(io.recorded.failed).toMatch(/the build context '.*no-such-.*' does not exist/);
    expect(io.recorded.summary).toContain('Build failed');
  });

  test('registry credentials, the GitHub token and cache credentials are masked too', async () => {
    const io = memoryIO();
    const inputs = {
      context: missing,
      secrets: 'npm_token=tok-123',
      'registry-auth': '- registry: 127.0.0.1:5000\n  username: ci\n  password: reg-pw-1',
      'github-token': 'ghs_tok-2',
      'cache-from': 'type=gha,token=gha-tok-3',
      'cache-to': 'type=s3,bucket=b,secret_access_key=s3-key-4',
      builder: 'docker',
    };
    await main(buildImage, { RUNNER_TEMP: os.tmpdir(), ...inputEnv(inputs) }, io);
    expect(io.recorded.masked).toEqual(['tok-123', 'reg-pw-1', 'ghs_tok-2', 'gha-tok-3', 's3-key-4']);
    expect(io.recorded.failed).toMatch(/the build context '.*no-such-.*' does not exist/);
  });
});

describe('outputsOf', () => {
  test('a container build: digest, imageid, layout, tags one per line, metadata the whole report', () => {
    const report = {
      digest: 'sha256:' + 'd'.repeat(64),
      imageid: 'sha256:' + 'c'.repeat(64),
      layout: '/rt/layout',
      tags: ['main', 'sha-1234567'],
      builder: 'buildah',
    } as unknown as BuildReport;
    const out = outputsOf({ kind: 'container', report });
    expect(out).toEqual({
      digest: report.digest,
      imageid: report.imageid,
      layout: '/rt/layout',
      tags: 'main\nsha-1234567',
      version: '',
      labels: '',
      annotations: '',
      json: JSON.stringify({ tags: ['main', 'sha-1234567'], 'tag-names': ['main', 'sha-1234567'], labels: {}, annotations: [] }),
      // The whole report, with build-push-action's key for the image digest (publish.test.ts has the rest).
      metadata: JSON.stringify({ ...report, 'containerimage.digest': report.digest }),
      provenance: '',
    });
    // metadata-action's outputs from the report's version and labels.
    const annotations = ['manifest:org.opencontainers.image.version=main', 'index:a=b=c'];
    const withMeta = outputsOf({
      kind: 'container',
      report: { ...report, version: 'main', labels: { 'org.opencontainers.image.version': 'main', a: 'b=c' }, annotations },
    });
    expect(withMeta.version).toBe('main');
    expect(withMeta.labels).toBe('org.opencontainers.image.version=main\na=b=c');
    expect(withMeta.annotations).toBe('manifest:org.opencontainers.image.version=main\nindex:a=b=c');
    expect(JSON.parse(withMeta.json ?? '')).toEqual({
      tags: ['main', 'sha-1234567'],
      'tag-names': ['main', 'sha-1234567'],
      labels: { 'org.opencontainers.image.version': 'main', a: 'b=c' },
      annotations,
    });
    expect(outputsOf({ kind: 'container', report, provenance: '/rt/build-image/provenance.json' }).provenance).toBe('/rt/build-image/provenance.json');
  });

  test('a machine build: amis JSON, ami-id of the first region, metadata', () => {
    const result = {
      amis: { 'us-east-1': 'ami-0123456789abcdef0' },
      amiId: 'ami-0123456789abcdef0',
      packer: { version: '1.11.2', path: '/usr/bin/packer', source: 'system' },
      template: '/w/base.pkr.hcl',
      artifacts: [{ target: 'amazon-ebs.base', builderId: 'mitchellh.amazonebs', id: 'us-east-1:ami-0123456789abcdef0' }],
    } as unknown as BuildMachineImageResult;
    const out = outputsOf({ kind: 'machine', result });
    expect(Object.keys(out).sort()).toEqual(['ami-id', 'amis', 'metadata', 'provenance']);
    expect(out.provenance).toBe('');
    expect(JSON.parse(out.amis as string)).toEqual({ 'us-east-1': 'ami-0123456789abcdef0' });
    expect(out['ami-id']).toBe('ami-0123456789abcdef0');
    expect(JSON.parse(out.metadata as string)).toEqual({
      kind: 'machine',
      amis: result.amis,
      amiId: result.amiId,
      packer: '1.11.2',
      template: '/w/base.pkr.hcl',
      artifacts: result.artifacts,
    });
    expect(outputsOf({ kind: 'machine', result: { ...result, amis: {}, amiId: undefined } as unknown as BuildMachineImageResult })['ami-id']).toBe('');
  });
});
