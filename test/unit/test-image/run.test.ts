/**
 * test-image's run() through memoryIO: a small layout made on the spot (no
 * user set, so CIS-4.1 fails), the reports on disk, the annotations, the one
 * summary, the outputs, and the verdict only after all of them.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { memoryIO } from '../../../shared/src/action/io.js';
import { inputEnv } from '../../../scripts/local/run-bundle.js';
import { main, runStage } from '../../../shared/src/action/run-action.js';
import { PipelineError } from '../../../shared/src/errors.js';
import type { Report } from '../../../shared/src/report/report.js';
import { getInputs } from '../../../test-image/src/context.js';
import { testImage } from '../../../test-image/src/run.js';
import { makeLayout } from '../../support/image-fixture.js';
import { cycloneDxValidator, schemaErrors, spdxValidator } from '../../support/sbom-schemas.js';
import { parse } from 'yaml';
import type { SpdxDocument } from '../../../shared/src/compliance/sbom/spdx.js';
import type { CycloneDxBom } from '../../../shared/src/compliance/sbom/cyclonedx.js';

let ws: string;
let rt: string;
beforeAll(async () => {
  ws = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'test-image-run-')));
  rt = path.join(ws, 'rt');
  await makeLayout(path.join(ws, 'layout'), { layers: [{ files: { 'etc/passwd': 'root:x:0:0:root:/root:/bin/sh\n', 'bin/sh': '#!' } }] });
  await fs.writeFile(path.join(ws, 'Dockerfile'), 'FROM scratch\nCOPY . /\n');
  // A Debian-like image whose second layer installs bash (built from source package bash 5.2.15-2).
  const base = 'Package: base-files\nStatus: install ok installed\nArchitecture: amd64\nVersion: 12.4+deb12u5\n';
  const bash = 'Package: bash\nStatus: install ok installed\nArchitecture: amd64\nSource: bash (5.2.15-2)\nVersion: 5.2.15-2+b2\n';
  await makeLayout(path.join(ws, 'debian'), {
    layers: [
      { files: { 'etc/os-release': 'ID=debian\nVERSION_ID="12"\nVERSION_CODENAME=bookworm\n', 'var/lib/dpkg/status': base, 'bin/sh': '#!' } },
      { files: { 'var/lib/dpkg/status': `${base}\n${bash}` } },
    ],
  });
});
afterAll(() => fs.rm(ws, { recursive: true, force: true }));

/** The runner's environment with test-image's inputs (by their action.yml names) on top. */
const env = (inputs: Record<string, string> = {}) => ({ RUNNER_TEMP: rt, GITHUB_WORKSPACE: ws, ...inputEnv({ image: path.join(ws, 'layout'), ...inputs }) });

describe('test-image run()', () => {
  it('writes the reports, annotates, summarises once, and leaves the verdict to the end', async () => {
    const io = memoryIO();
    const out = await runStage(testImage, getInputs(env({ 'github-token': 'ghs_secret' })), io);
    expect(out.result).toBe('failed');
    expect(out.findings).toBe(out.details.findings.length);
    expect(out.details.findings.map((f) => f.ruleId)).toContain('CIS-4.1');
    expect(io.recorded.outputs).toEqual({
      result: 'failed',
      findings: String(out.findings),
      sarif: path.join(rt, 'test-image/results.sarif'),
      junit: path.join(rt, 'test-image/junit.xml'),
      report: path.join(rt, 'test-image/report.json'),
      sbom: path.join(rt, 'test-image/sbom.spdx.json'),
      'sbom-cyclonedx': path.join(rt, 'test-image/sbom.cdx.json'),
    });
    const onDisk = JSON.parse(await fs.readFile(out.report, 'utf8')) as Report;
    expect(onDisk.result).toBe('failed');
    expect((JSON.parse(await fs.readFile(out.sarif, 'utf8')) as { version: string }).version).toBe('2.1.0');
    expect(await fs.readFile(out.junit, 'utf8')).toContain('<testsuites');
    // CIS-4.1 anchored at the Dockerfile in the workspace, shown relative to it.
    expect(io.recorded.log).toContainEqual(
      expect.objectContaining({ level: 'error', anchor: expect.objectContaining({ title: 'CIS-4.1', file: 'Dockerfile' }) }),
    );
    expect(io.recorded.summary).toContain('## test-image: ❌ failed');
    expect(io.recorded.masked).toEqual(['ghs_secret']);
    // No GITHUB_REPOSITORY/GITHUB_SHA: no check run attempted.
    expect(io.recorded.log.some((l) => l.message.startsWith('Check run'))).toBe(false);
    const v = testImage.verdict?.(out);
    expect(v).toBeInstanceOf(PipelineError);
    expect(v?.code).toBe('POLICY');
    expect(v?.message).toMatch(/^the image failed its tests: [1-9]\d* errors, \d+ warnings, \d+ notes \(fail-on: error\)/);
    expect(v?.hint).toBe('See the annotations, the job summary or the SARIF report for each finding and its fix.');
  });

  it('writes the SBOM in both formats, schema-valid, and names them in its outputs; the same image gives the same bytes', async () => {
    const sbomEnv = (inputs: Record<string, string>) => ({
      ...env({ image: path.join(ws, 'debian'), 'fail-on': 'never', ...inputs }),
      SOURCE_DATE_EPOCH: '1700000000',
    });
    const io = memoryIO();
    const out = await runStage(testImage, getInputs(sbomEnv({})), io);
    expect(io.recorded.outputs).toMatchObject({
      sbom: path.join(rt, 'test-image/sbom.spdx.json'),
      'sbom-cyclonedx': path.join(rt, 'test-image/sbom.cdx.json'),
    });
    expect([out.sbom, out['sbom-cyclonedx']]).toEqual([io.recorded.outputs.sbom, io.recorded.outputs['sbom-cyclonedx']]);

    const spdx = JSON.parse(await fs.readFile(out.sbom!, 'utf8')) as SpdxDocument;
    expect(schemaErrors(spdxValidator(), spdx)).toBe('');
    expect(spdx.creationInfo.created).toBe('2023-11-14T22:13:20Z');
    const bash = spdx.packages.find((p) => p.name === 'bash');
    expect(bash?.versionInfo).toBe('5.2.15-2+b2');
    expect(bash?.externalRefs?.[0]?.referenceLocator).toBe('pkg:deb/debian/bash@5.2.15-2%2Bb2?arch=amd64&distro=debian-12');
    expect(bash?.sourceInfo).toContain('built from source package bash 5.2.15-2; introduced by layer 1');
    expect(spdx.packages.map((p) => p.name).sort()).toEqual(['base-files', 'bash', 'debian', `layout ${path.join(ws, 'debian')}`].sort());

    const cdx = JSON.parse(await fs.readFile(out['sbom-cyclonedx']!, 'utf8')) as CycloneDxBom;
    expect(schemaErrors(cycloneDxValidator(), cdx)).toBe('');
    expect(cdx.metadata.component.version).toBe(spdx.packages[0]?.versionInfo);
    expect(cdx.components.map((c) => [c.type, c.name])).toEqual([
      ['operating-system', 'debian'],
      ['library', 'base-files'],
      ['library', 'bash'],
    ]);
    expect(io.recorded.log.map((l) => l.message)).toContain(
      `SBOM of linux/amd64: 2 packages, written to ${out.sbom} (SPDX 2.3) and ${out['sbom-cyclonedx']} (CycloneDX 1.6).`,
    );
    // The job summary says the same, per package type.
    expect(io.recorded.summary).toContain(
      `**SBOM**: 2 packages (deb 2), written to <code>${out.sbom}</code> (SPDX 2.3) and <code>${out['sbom-cyclonedx']}</code> (CycloneDX 1.6).`,
    );

    // Again, to paths the inputs name: the same bytes.
    const again = await runStage(
      testImage,
      getInputs(sbomEnv({ sbom: path.join(ws, 'out/a.spdx.json'), 'sbom-cyclonedx': path.join(ws, 'out/a.cdx.json') })),
      memoryIO(),
    );
    expect(again.sbom).toBe(path.join(ws, 'out/a.spdx.json'));
    expect(await fs.readFile(again.sbom!, 'utf8')).toBe(await fs.readFile(out.sbom!, 'utf8'));
    expect(await fs.readFile(again['sbom-cyclonedx']!, 'utf8')).toBe(await fs.readFile(out['sbom-cyclonedx']!, 'utf8'));
  });

  it('sets only outputs its action.yml declares', async () => {
    const declared = Object.keys((parse(readFileSync('test-image/action.yml', 'utf8')) as { outputs: Record<string, unknown> }).outputs);
    const out = await runStage(testImage, getInputs(env({ 'fail-on': 'never' })), memoryIO());
    const set = Object.keys(testImage.outputsOf(out));
    expect(set).toContain('sbom-cyclonedx');
    expect(set.filter((k) => !declared.includes(k))).toEqual([]);
  });

  it('masks the token and every registry password once, before the run', () => {
    const inputs = getInputs(
      env({
        'github-token': 'ghs_secret',
        'registry-auth': '- registry: r.example\n  username: ci\n  password: pw1\n- registry: s.example\n  username: ci\n  password: pw2\n',
      }),
    );
    expect(testImage.secretsOf?.(inputs)).toEqual(['ghs_secret', 'pw1', 'pw2']);
  });

  it('passes with fail-on: never, and main() then sets the outputs without failing', async () => {
    const io = memoryIO();
    await main(testImage, env({ 'fail-on': 'never' }), io);
    expect(io.recorded.failed).toBeUndefined();
    expect(io.recorded.outputs.result).toBe('passed');
    expect(io.recorded.summary).toContain('## test-image: ✅ passed');
  });

  it('main() fails the step after the outputs and reports exist', async () => {
    const io = memoryIO();
    await main(testImage, env({ junit: path.join(ws, 'out/j.xml') }), io);
    expect(io.recorded.failed).toMatch(/the image failed its tests/);
    expect(io.recorded.outputs.result).toBe('failed');
    expect(io.recorded.outputs.junit).toBe(path.join(ws, 'out/j.xml'));
    await expect(fs.stat(path.join(ws, 'out/j.xml'))).resolves.toBeTruthy();
  });

  it('refuses a machine check without a policy, naming the input, before any AWS call', async () => {
    const io = memoryIO();
    await main(testImage, { RUNNER_TEMP: rt, GITHUB_WORKSPACE: ws, ...inputEnv({ 'ami-id': 'ami-0123456789abcdef0', 'ami-region': 'us-east-1' }) }, io);
    expect(io.recorded.failed).toContain('checking a machine image needs a policy with a machineImage section');
    expect(io.recorded.outputs).toEqual({});
  });

  it('refuses a policy without a machineImage section, annotated at the policy file', async () => {
    await fs.writeFile(path.join(ws, 'container-only.yml'), 'schemaVersion: 2.0.0\nfileExistenceTests: []\n');
    const io = memoryIO();
    await main(
      testImage,
      { RUNNER_TEMP: rt, GITHUB_WORKSPACE: ws, ...inputEnv({ 'ami-id': 'ami-0123456789abcdef0', 'ami-region': 'us-east-1', policy: 'container-only.yml' }) },
      io,
    );
    expect(io.recorded.failed).toContain('container-only.yml has no machineImage section');
    expect(io.recorded.log).toContainEqual(expect.objectContaining({ level: 'error', anchor: expect.objectContaining({ file: 'container-only.yml' }) }));
  });
});
