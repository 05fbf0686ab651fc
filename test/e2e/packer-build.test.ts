/**
 * buildMachineImage with Debian's real packer 1.6.6: templates that need no
 * cloud (null builder, shell-local, manifest post-processor), progress
 * streamed, outputs parsed; failures point at the template line.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildMachineImage, type BuildProgress } from '../../shared/src/builders/packer/build-machine-image.js';
import { machineBuildSummaryMarkdown } from '../../shared/src/report/summary/machine-build.js';
import { isPipelineError, PipelineError } from '../../shared/src/errors.js';
import { makeGpgKey, publish, releaseIndex, sha256Sums, startPackerReleaseSite, zipDebianPacker } from '../support/packer-releases.js';

const FIXTURES = path.resolve('test/fixtures/packer');
let dir: string;
const savedPath = process.env['PATH'];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'packer-build-'));
  for (const f of fs.readdirSync(FIXTURES)) fs.copyFileSync(path.join(FIXTURES, f), path.join(dir, f));
});
afterAll(() => {
  process.env['PATH'] = savedPath;
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('buildMachineImage (packer 1.6.6)', () => {
  test('a null build runs, streams progress, and its manifest is read', async () => {
    const progress: BuildProgress[] = [];
    const log: string[] = [];
    const res = await buildMachineImage({
      template: path.join(dir, 'null-manifest.pkr.hcl'),
      packerVersion: 'system',
      variables: { greeting: 'hi, there' },
      onProgress: (p) => progress.push(p),
      log: (l) => log.push(l),
    });
    expect(res.packer).toMatchObject({ version: '1.6.6', source: 'system' });
    expect(res.initRan).toBe(false);
    expect(progress.some((p) => p.level === 'message' && p.text.includes('null.demo: hi, there'))).toBe(true);
    expect(res.artifacts.map((a) => [a.target, a.builderId, a.id])).toEqual([
      ['null.demo', 'fnoeding.null', 'Null'],
      ['null.demo', 'fnoeding.null', 'Null'],
    ]);
    expect(res.manifest?.file).toBe(path.join(dir, 'build-manifest.json'));
    expect(res.manifest?.builds).toEqual([
      expect.objectContaining({ name: 'demo', builderType: 'null', artifactId: 'Null', customData: { greeting: 'hi, there' } }),
    ]);
    expect(res.amis).toEqual({});
    expect(res.amiId).toBeUndefined();
    // Variable values never reach our log.
    expect(log.join('\n')).toContain('-var greeting=***');
    expect(log.join('\n')).not.toContain('hi, there');
    expect(machineBuildSummaryMarkdown(res.summary)).toContain('| null.demo | fnoeding.null | Null |');

    // A second run appends to the manifest; only this run's builds are read.
    const again = await buildMachineImage({ template: path.join(dir, 'null-manifest.pkr.hcl'), variables: { greeting: 'second' } });
    expect((JSON.parse(fs.readFileSync(path.join(dir, 'build-manifest.json'), 'utf8')) as { builds: unknown[] }).builds).toHaveLength(2);
    expect(again.manifest?.builds.map((b) => b.customData?.['greeting'])).toEqual(['second']);
  }, 60_000);

  test('an amazon-ebs manifest named by the manifest option becomes amis and ami-id', async () => {
    const res = await buildMachineImage({
      template: path.join(dir, 'copies-ami-manifest.pkr.hcl'),
      variables: { fixture: path.join(dir, 'amazon-ebs.manifest.json') },
      manifest: path.join(dir, 'ami-manifest.json'),
      amiRegion: 'us-east-1',
    });
    expect(res.amis).toEqual({ 'eu-west-1': 'ami-0f1e2d3c4b5a69788', 'us-east-1': 'ami-0a1b2c3d4e5f60718' });
    expect(res.amiId).toBe('ami-0a1b2c3d4e5f60718');
    expect(res.summary.title).toBe('Machine image built: 2 region(s)');
    expect(machineBuildSummaryMarkdown(res.summary)).toContain('| eu-west-1 | `ami-0f1e2d3c4b5a69788` |');
  }, 60_000);

  test('a template folder works too', async () => {
    const folder = path.join(dir, 'folder');
    fs.mkdirSync(folder);
    fs.copyFileSync(path.join(dir, 'null-manifest.pkr.hcl'), path.join(folder, 'main.pkr.hcl'));
    const res = await buildMachineImage({ template: folder });
    expect(res.manifest?.file).toBe(path.join(folder, 'build-manifest.json'));
  }, 60_000);

  test('validate failure names the template file and line', async () => {
    const err = await buildMachineImage({ template: path.join(dir, 'invalid.pkr.hcl') }).catch((e: unknown) => e);
    expect(isPipelineError(err, 'BUILDER')).toBe(true);
    const pe = err as PipelineError;
    expect(pe.message).toMatch(/^packer validate failed \(exit 1\): Unsupported argument/);
    expect(pe.file).toMatch(/invalid\.pkr\.hcl$/);
    expect(pe.line).toBe(3);
  }, 60_000);

  test('required_plugins with Packer 1.6.6: no init, and a hint to use 1.7+', async () => {
    const log: string[] = [];
    const err = await buildMachineImage({ template: path.join(dir, 'required-plugins.pkr.hcl'), log: (l) => log.push(l) }).catch((e: unknown) => e);
    expect(log.join('\n')).toContain("Packer 1.6.6 has no 'packer init'");
    expect(isPipelineError(err, 'BUILDER')).toBe(true);
    expect((err as PipelineError).line).toBe(2);
    expect((err as PipelineError).hint).toContain('1.7.0 or later');
  }, 60_000);

  test('with Packer 1.7+ on PATH, packer init runs before validate', async () => {
    // A wrapper that reports a newer version and records `init`, else runs the real 1.6.6.
    const bin = path.join(dir, 'bin');
    fs.mkdirSync(bin);
    const record = path.join(dir, 'init.log');
    fs.writeFileSync(
      path.join(bin, 'packer'),
      `#!/bin/sh\nif [ "$1" = version ]; then echo "Packer v1.9.4"; exit 0; fi\nif [ "$1" = init ]; then echo "$@" >> ${record}; exit 0; fi\nexec /usr/bin/packer "$@"\n`,
      { mode: 0o755 },
    );
    process.env['PATH'] = `${bin}:${savedPath ?? ''}`;
    try {
      const err = await buildMachineImage({ template: path.join(dir, 'required-plugins.pkr.hcl') }).catch((e: unknown) => e);
      expect(fs.readFileSync(record, 'utf8').trim()).toBe(`init ${path.join(dir, 'required-plugins.pkr.hcl')}`);
      // The real 1.6.6 behind the wrapper still cannot read required_plugins; the hint is the generic one now.
      expect((err as PipelineError).hint).toBe('Fix the template at the line shown.');
      const ok = await buildMachineImage({ template: path.join(dir, 'null-manifest.pkr.hcl') });
      expect(ok.initRan).toBe(false);
      expect(ok.packer.version).toBe('1.9.4');
    } finally {
      process.env['PATH'] = savedPath;
    }
  }, 60_000);

  test('a missing template is a NOT_FOUND error naming the input', async () => {
    const err = await buildMachineImage({ template: path.join(dir, 'nope.pkr.hcl') }).catch((e: unknown) => e);
    expect(isPipelineError(err, 'NOT_FOUND')).toBe(true);
    expect((err as PipelineError).input).toBe('template');
  });

  test("packer-version latest: the index's highest stable release, signature-verified with packer-pgp-key, reported in the result and summary", async () => {
    const saved = { RUNNER_TOOL_CACHE: process.env['RUNNER_TOOL_CACHE'], RUNNER_TEMP: process.env['RUNNER_TEMP'] };
    process.env['RUNNER_TOOL_CACHE'] = path.join(dir, 'toolcache');
    process.env['RUNNER_TEMP'] = path.join(dir, 'runner-temp');
    fs.mkdirSync(process.env['RUNNER_TEMP'], { recursive: true });
    const key = makeGpgKey('Mirror Signing');
    const site = await startPackerReleaseSite();
    try {
      const rel = zipDebianPacker(dir);
      const sums = sha256Sums(rel.version, rel.zipName, rel.sha256);
      publish(
        site,
        { version: rel.version, zipName: rel.zipName, zip: rel.zip, sums, sig: key.sign(Buffer.from(sums)) },
        releaseIndex(['1.5.0', rel.version, '1.7.0-beta1']),
      );
      const log: string[] = [];
      const res = await buildMachineImage({
        template: path.join(dir, 'null-manifest.pkr.hcl'),
        packerVersion: 'latest',
        releasesUrl: site.baseUrl,
        packerPgpKey: key.publicKey,
        variables: { greeting: 'latest' },
        log: (l) => log.push(l),
      });
      expect(res.packer).toMatchObject({ version: '1.6.6', source: 'download', zipSha256: rel.sha256, signedBy: key.fingerprint });
      expect(res.summary.packerVersion).toBe('1.6.6');
      expect(log.join('\n')).toContain(`packer-version latest is Packer 1.6.6 (highest stable version in ${site.baseUrl}/packer/index.json)`);
      expect(machineBuildSummaryMarkdown(res.summary)).toContain('Packer 1.6.6 (download)');
    } finally {
      await site.stop();
      key.dispose();
      for (const [k, v] of Object.entries(saved))
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
    }
  }, 120_000);
});
