/**
 * build-image's machine-image path through the committed bundle: a real
 * `packer build` (Debian's packer, the null builder, offline) with the
 * manifest post-processor, and the amazon-ebs manifest form parsed into the
 * amis / ami-id outputs.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { runActionBundle } from '../../scripts/local/run-bundle.js';
import { makeGpgKey, publish, releaseIndex, sha256Sums, startPackerReleaseSite, zipDebianPacker } from '../support/packer-releases.js';

const bundle = path.resolve('build-image/dist/index.js');
const fixtures = path.resolve('test/fixtures/packer');
let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'build-machine-'));
  await fs.copyFile(path.join(fixtures, 'copies-ami-manifest.pkr.hcl'), path.join(dir, 'image.pkr.hcl'));
  await fs.copyFile(path.join(fixtures, 'amazon-ebs.manifest.json'), path.join(dir, 'amazon-ebs.manifest.json'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('build-image with kind: machine', () => {
  it('runs packer and reports the AMIs from the manifest, without leaking variable values', async () => {
    const fixture = path.join(dir, 'amazon-ebs.manifest.json');
    const run = await runActionBundle(bundle, {
      inputs: { file: 'image.pkr.hcl', 'packer-vars': `fixture=${fixture}`, 'packer-manifest': 'ami-manifest.json' },
      cwd: dir,
    });
    expect(run.log).not.toContain('::error');
    expect(run.code).toBe(0);
    // The runner masks a value once the action has registered it, before any line shows it.
    expect(run.log.indexOf(`::add-mask::${fixture}`)).toBeGreaterThanOrEqual(0);
    expect(run.log).toContain('-var fixture=***');
    const amis = JSON.parse(run.outputs.amis ?? '{}') as Record<string, string>;
    expect(Object.keys(amis).length).toBeGreaterThan(0);
    expect(run.outputs['ami-id']).toBe(Object.values(amis)[0]);
    expect(run.summary).toContain('AMI');
  }, 120000);

  it('names the template and line when packer validate fails', async () => {
    await fs.copyFile(path.join(fixtures, 'invalid.pkr.hcl'), path.join(dir, 'bad.pkr.hcl'));
    const run = await runActionBundle(bundle, { inputs: { template: 'bad.pkr.hcl' }, cwd: dir });
    expect(run.code).toBe(1);
    expect(run.log).toMatch(/::error [^\n]*file=[^\n]*bad\.pkr\.hcl,line=\d+/);
  }, 120000);

  it('packer-version latest: resolved from the release index, signature-checked with packer-pgp-key, reported in metadata', async () => {
    await fs.copyFile(path.join(fixtures, 'null-manifest.pkr.hcl'), path.join(dir, 'null.pkr.hcl'));
    const key = makeGpgKey('Mirror Signing');
    const site = await startPackerReleaseSite();
    try {
      const rel = zipDebianPacker(dir);
      const sums = sha256Sums(rel.version, rel.zipName, rel.sha256);
      publish(
        site,
        { version: rel.version, zipName: rel.zipName, zip: rel.zip, sums, sig: key.sign(Buffer.from(sums)) },
        releaseIndex(['1.5.0', rel.version, '1.7.0-rc1']),
      );
      await fs.writeFile(path.join(dir, 'mirror-key.asc'), key.publicKey);
      const inputs = { template: 'null.pkr.hcl', 'packer-version': 'latest', 'packer-releases-url': site.baseUrl, 'packer-vars': 'greeting=hi' };
      const run = await runActionBundle(bundle, {
        inputs: { ...inputs, 'packer-pgp-key': 'mirror-key.asc' },
        cwd: dir,
        env: { RUNNER_TOOL_CACHE: path.join(dir, 'tool-cache') },
      });
      expect(run.log).not.toContain('::error');
      expect(run.code).toBe(0);
      expect(run.log).toContain(`packer-version latest is Packer 1.6.6 (highest stable version in ${site.baseUrl}/packer/index.json)`);
      expect(run.log).toContain('packer_1.6.6_SHA256SUMS: good signature by the packer-pgp-key key');
      expect((JSON.parse(run.outputs['metadata'] ?? '{}') as { packer?: string }).packer).toBe('1.6.6');
      // Without packer-pgp-key, HashiCorp's pinned key is required, and this mirror's signature is refused.
      const refused = await runActionBundle(bundle, { inputs, cwd: dir, env: { RUNNER_TOOL_CACHE: path.join(dir, 'tool-cache-2') } });
      expect(refused.code).toBe(1);
      expect(refused.log).toContain("not by HashiCorp's pinned key C874 011F 0AB4 0511 0D02 1055 3436 5D94 72D7 468F");
    } finally {
      await site.stop();
      key.dispose();
    }
  }, 180000);

  it('refuses an unknown kind, naming the input', async () => {
    const run = await runActionBundle(bundle, { inputs: { kind: 'vm' }, cwd: dir });
    expect(run.code).toBe(1);
    expect(run.log).toContain("input 'kind' is 'vm', which is not one of auto, container, machine");
  }, 30000);
});
