/**
 * test-image on machine images through the committed bundle, against the EC2
 * emulator: a compliant AMI passes; a non-compliant one fails with each
 * property's rule in the SARIF, anchored to the policy's machineImage line,
 * and an ignore in the compliance section hides a finding for one resource.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { runActionBundle } from '../../scripts/local/run-bundle.js';
import { startEc2Emulator, type Ec2Emulator, type ImageSeed } from '../emulators/ec2/server.js';

const bundle = path.resolve('test-image/dist/index.js');
const REGION = 'eu-west-1';
let emu: Ec2Emulator;
let dir: string;

const policy = `schemaVersion: 2.0.0
# line 2
machineImage:
  encryption:
    required: true
  imdsSupport: v2.0
  enaSupport: true
  architecture: [x86_64]
  public: false
  requiredTags: [Owner]
`;

const good: ImageSeed = {
  name: 'golden-1',
  architecture: 'x86_64',
  bootMode: 'uefi',
  enaSupport: true,
  imdsSupport: 'v2.0',
  encrypted: true,
  tags: { Owner: 'platform' },
  deprecationTime: new Date(Date.now() + 90 * 86_400_000).toISOString(),
};

beforeAll(async () => {
  emu = await startEc2Emulator();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'test-image-ami-'));
  await fs.writeFile(path.join(dir, 'policy.yml'), policy);
});
afterAll(async () => {
  await emu.stop();
  await fs.rm(dir, { recursive: true, force: true });
});

const env = () => ({ AWS_ACCESS_KEY_ID: 'AKIDEMULATOR', AWS_SECRET_ACCESS_KEY: 'emulator-secret', AWS_REGION: REGION, GITHUB_WORKSPACE: dir });

describe('test-image with machine images', () => {
  it('passes a compliant AMI given as the amis output', async () => {
    const img = emu.addImage(REGION, good);
    const run = await runActionBundle(bundle, {
      inputs: { amis: JSON.stringify({ [REGION]: img.id }), policy: 'policy.yml', 'aws-endpoint-url': emu.url, sarif: path.join(dir, 'good.sarif') },
      env: env(),
      cwd: dir,
    });
    expect(run.log).not.toContain('::error');
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('passed');
    expect(run.outputs.findings).toBe('0');
    expect(run.summary).toContain(`Machine image ${img.id} (${REGION})`);
  }, 60000);

  it('fails a non-compliant AMI with one finding per property, anchored to machineImage:', async () => {
    const img = emu.addImage(REGION, { ...good, encrypted: false, imdsSupport: undefined, tags: {} });
    const sarifPath = path.join(dir, 'bad.sarif');
    const run = await runActionBundle(bundle, {
      inputs: { 'ami-id': img.id, 'ami-region': REGION, policy: 'policy.yml', 'aws-endpoint-url': emu.url, sarif: sarifPath },
      env: env(),
      cwd: dir,
    });
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('failed');
    const sarif = JSON.parse(await fs.readFile(sarifPath, 'utf8')) as {
      runs: Array<{
        results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }>;
      }>;
    };
    const results = sarif.runs[0]!.results;
    expect(results.map((r) => r.ruleId).sort()).toEqual(['ami/ebs-encrypted', 'ami/imds-v2', 'ami/required-tag']);
    for (const r of results) expect(r.locations[0]!.physicalLocation).toMatchObject({ artifactLocation: { uri: 'policy.yml' }, region: { startLine: 3 } });
    expect(run.log).toMatch(/::error [^\n]*file=policy\.yml,line=3[^\n]*expected imdsSupport v2\.0, got not set/);
  }, 60000);

  it('applies compliance ignores to machine findings by resource', async () => {
    const img = emu.addImage(REGION, { ...good, tags: {} });
    await fs.writeFile(
      path.join(dir, 'ignoring.yml'),
      `${policy}compliance:\n  ignore:\n    - rule: ami/required-tag\n      paths: ['${REGION}/${img.id}']\n      reason: tagged by the account's tag policy later\n`,
    );
    const run = await runActionBundle(bundle, {
      inputs: { 'ami-id': img.id, 'ami-region': REGION, policy: 'ignoring.yml', 'aws-endpoint-url': emu.url },
      env: env(),
      cwd: dir,
    });
    expect(run.code).toBe(0);
    expect(run.outputs.findings).toBe('0');
  }, 60000);

  it('says what is missing when the policy has no machineImage section', async () => {
    await fs.writeFile(path.join(dir, 'container-only.yml'), 'schemaVersion: 2.0.0\n');
    const run = await runActionBundle(bundle, {
      inputs: { 'ami-id': 'ami-0123456789abcdef0', 'ami-region': REGION, policy: 'container-only.yml', 'aws-endpoint-url': emu.url },
      env: env(),
      cwd: dir,
    });
    expect(run.code).toBe(1);
    expect(run.log).toContain('container-only.yml has no machineImage section');
  }, 60000);
});
