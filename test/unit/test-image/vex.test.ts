/**
 * test-image's `vex` input through memoryIO: OpenVEX statements about this
 * image (its manifest digest) suppress matched advisories like a policy
 * ignore does (absent from SARIF, JUnit and the exit code; listed as ignored
 * in the summary with the document as the reason); a later affected statement
 * brings one back; statements about another image change nothing; bad
 * documents fail naming the input line and the field.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { memoryIO } from '../../../shared/src/action/io.js';
import { inputEnv } from '../../../scripts/local/run-bundle.js';
import { main, runStage } from '../../../shared/src/action/run-action.js';
import { PipelineError } from '../../../shared/src/errors.js';
import { getInputs } from '../../../test-image/src/context.js';
import { testImage, type Outputs } from '../../../test-image/src/run.js';
import { makeLayout } from '../../support/image-fixture.js';

const FIXTURE = path.resolve('test/fixtures/vulnerabilities/test-image-tracker.json');

interface SarifLog {
  runs: { results: { ruleId: string }[] }[];
}

let ws: string;
let server: http.Server;
let base = '';
let digest = '';
const served = new Map<string, string>();

const vexDoc = (statements: object[], timestamp = '2024-01-01T00:00:00Z') =>
  JSON.stringify({ '@context': 'https://openvex.dev/ns/v0.2.0', '@id': 'https://example.org/vex', author: 'Acme', timestamp, version: 1, statements });
const about = (id: string, status: string, more: object = {}, image = digest) => ({
  vulnerability: { name: id },
  products: [{ '@id': `pkg:oci/app@${encodeURIComponent(image)}`, subcomponents: [{ '@id': 'pkg:deb/debian/libfoo1?arch=amd64' }] }],
  status,
  ...more,
});

beforeAll(async () => {
  ws = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'test-image-vex-')));
  const status = 'Package: libfoo1\nStatus: install ok installed\nArchitecture: amd64\nSource: foo (1:1.0-1)\nVersion: 1:1.0-1+b1\n';
  const desc = await makeLayout(path.join(ws, 'layout'), {
    layers: [{ files: { 'etc/os-release': 'ID=debian\nVERSION_ID="12"\nVERSION_CODENAME=bookworm\n', 'var/lib/dpkg/status': status } }],
  });
  digest = desc.digest;
  await fs.copyFile(FIXTURE, path.join(ws, 'tracker.json'));
  await fs.writeFile(path.join(ws, 'policy.yml'), "schemaVersion: '2.0.0'\ncompliance:\n  packs: []\n");
  await fs.writeFile(
    path.join(ws, 'not-affected.json'),
    vexDoc([about('CVE-2099-0001', 'not_affected', { justification: 'vulnerable_code_not_in_execute_path' })]),
  );
  await fs.writeFile(path.join(ws, 'fixed.json'), vexDoc([about('CVE-2099-0003', 'fixed')]));
  await fs.writeFile(
    path.join(ws, 'other-image.json'),
    vexDoc([about('CVE-2099-0001', 'not_affected', { justification: 'component_not_present' }, `sha256:${'0'.repeat(64)}`)]),
  );
  await fs.writeFile(path.join(ws, 'bad.json'), vexDoc([about('CVE-2099-0001', 'not_affected')]));
  served.set('/later-affected.json', vexDoc([about('CVE-2099-0001', 'affected', { action_statement: 'upgrade libfoo1' })], '2024-06-01T00:00:00Z'));
  server = http.createServer((req, res) => {
    const body = served.get(req.url ?? '');
    if (req.url === '/huge.json') {
      res.writeHead(200, { 'content-length': 17 * 1024 * 1024 });
      res.end();
      return;
    }
    res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/json' });
    res.end(body ?? 'no');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await fs.rm(ws, { recursive: true, force: true });
});

const env = (inputs: Record<string, string>) => ({
  RUNNER_TEMP: path.join(ws, 'rt'),
  GITHUB_WORKSPACE: ws,
  ...inputEnv({ image: path.join(ws, 'layout'), 'vulnerability-db': 'tracker.json', policy: 'policy.yml', ...inputs }),
});

async function scan(vex: string) {
  const io = memoryIO();
  const out: Outputs = await runStage(testImage, getInputs(env({ vex })), io);
  const sarif = JSON.parse(await fs.readFile(out.sarif, 'utf8')) as SarifLog;
  const junit = await fs.readFile(out.junit, 'utf8');
  return { io, out, junit, ids: (sarif.runs[0]?.results ?? []).map((r) => r.ruleId).sort(), verdict: testImage.verdict?.(out) };
}

async function failure(inputs: Record<string, string>): Promise<string | undefined> {
  const io = memoryIO();
  await main(testImage, env(inputs), io);
  return io.recorded.failed;
}

describe('test-image vex input', () => {
  it('without VEX both high advisories fail the step (the baseline the other cases change)', async () => {
    const { ids, verdict } = await scan('');
    expect(ids).toEqual(['CVE-2099-0001', 'CVE-2099-0003']);
    expect(verdict).toBeInstanceOf(PipelineError);
  });

  it('not_affected for this image and package: ignored everywhere, with the document and justification as the reason', async () => {
    const { ids, out, junit, io, verdict } = await scan('not-affected.json');
    expect(ids).toEqual(['CVE-2099-0003']);
    expect(out.vulnerabilities).toBe(1);
    expect(junit).not.toContain('CVE-2099-0001');
    expect(verdict).toBeInstanceOf(PipelineError);
    const reason = "VEX not-affected.json ('vex' line 1, statements[0]): not_affected: vulnerable_code_not_in_execute_path";
    expect(out.details.suppressed.map((s) => [s.finding.ruleId, s.reason])).toEqual([['CVE-2099-0001', reason]]);
    expect(io.recorded.summary).toContain('Ignored findings');
    // Escaped once for Markdown, as every reason is.
    expect(io.recorded.summary).toContain(
      "| `CVE-2099-0001` | libfoo1@1:1.0-1+b1 | VEX not-affected.json ('vex' line 1, statements\\[0\\]): not\\_affected: vulnerable\\_code\\_not\\_in\\_execute\\_path |  |",
    );
  });

  it('with fixed for the other advisory too, the step passes: exit code, SARIF and JUnit agree', async () => {
    const { ids, out, junit, verdict, io } = await scan('# ours\nnot-affected.json\nfixed.json');
    expect(ids).toEqual([]);
    expect(out.result).toBe('passed');
    expect(verdict).toBeUndefined();
    expect(io.recorded.outputs.vulnerabilities).toBe('0');
    expect(junit).not.toMatch(/CVE-2099-000[13]/);
    expect(out.details.suppressed.map((s) => s.reason)).toEqual([
      "VEX not-affected.json ('vex' line 2, statements[0]): not_affected: vulnerable_code_not_in_execute_path",
      "VEX fixed.json ('vex' line 3, statements[0]): fixed",
    ]);
  });

  it('a later affected statement (a downloaded document) overrides the earlier not_affected', async () => {
    const { ids } = await scan(`not-affected.json\n${base}/later-affected.json`);
    expect(ids).toEqual(['CVE-2099-0001', 'CVE-2099-0003']);
  });

  it('a statement about another image digest suppresses nothing', async () => {
    const { ids, out } = await scan('other-image.json');
    expect(ids).toEqual(['CVE-2099-0001', 'CVE-2099-0003']);
    expect(out.details.suppressed).toEqual([]);
  });

  it('a bad document fails naming the input line, the document and the field', async () => {
    expect(await failure({ vex: 'fixed.json\nbad.json' })).toBe(
      "'vex' line 2: expected statements[0] (not_affected) to have a justification or an impact_statement, got neither (bad.json). The OpenVEX spec requires one for not_affected: say why the image is not affected.",
    );
  });

  it('paths stay in the workspace, downloads are bounded, and errors name the line', async () => {
    expect(await failure({ vex: '../../etc/passwd' })).toMatch(/^'vex' line 1: expected a file inside the workspace/);
    expect(await failure({ vex: 'missing.json' })).toMatch(/^'vex' line 1: the VEX document missing\.json does not exist/);
    expect(await failure({ vex: `${base}/huge.json` })).toBe(
      `'vex' line 1: expected at most 16 MiB, got more (${base}/huge.json). Serve a smaller VEX document.`,
    );
    expect(await failure({ vex: `${base}/gone.json` })).toBe(
      `'vex' line 1: the server answered HTTP 404, expected 200 and the VEX document (${base}/gone.json). Check the URL; the server must answer with the file itself.`,
    );
  });

  it('vex without vulnerability-db is refused (it would decide nothing)', () => {
    expect(() => getInputs(env({ vex: 'fixed.json', 'vulnerability-db': '' }))).toThrow(/expected 'vulnerability-db' with 'vex', got no databases/);
  });
});
