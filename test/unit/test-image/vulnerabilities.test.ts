/**
 * test-image's vulnerability scan through memoryIO: a Debian layout whose
 * libfoo comes from source foo 1:1.0-1, matched against a hand-written
 * tracker fixture. One filter (failOn, ignoreUnfixed, ignores) decides SARIF,
 * JUnit, the summary and the exit code alike; below-threshold advisories are
 * absent from all of them.
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
  runs: {
    tool: { driver: { rules: { id: string; help: { text: string }; properties: Record<string, unknown> }[] } };
    results: { ruleId: string; level: string }[];
  }[];
}

let ws: string;
let rt: string;
let server: http.Server;
let requests = 0;
let url = '';
beforeAll(async () => {
  ws = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'test-image-vuln-')));
  rt = path.join(ws, 'rt');
  const status = 'Package: libfoo1\nStatus: install ok installed\nArchitecture: amd64\nSource: foo (1:1.0-1)\nVersion: 1:1.0-1+b1\n';
  await makeLayout(path.join(ws, 'layout'), {
    layers: [{ files: { 'etc/os-release': 'ID=debian\nVERSION_ID="12"\nVERSION_CODENAME=bookworm\n', 'var/lib/dpkg/status': status } }],
  });
  await fs.copyFile(FIXTURE, path.join(ws, 'tracker.json'));
  const policy = (vulnerabilities: string, ignore = ''): string =>
    `schemaVersion: '2.0.0'\ncompliance:\n  packs: []\n${vulnerabilities === '' ? '' : `  vulnerabilities:\n${vulnerabilities}`}${ignore}`;
  await fs.writeFile(path.join(ws, 'default.yml'), policy(''));
  await fs.writeFile(path.join(ws, 'critical.yml'), policy('    failOn: critical\n'));
  await fs.writeFile(path.join(ws, 'unfixed.yml'), policy('    ignoreUnfixed: true\n'));
  await fs.writeFile(path.join(ws, 'low.yml'), policy('    failOn: low\n'));
  await fs.writeFile(
    path.join(ws, 'ignore.yml'),
    policy('', '  ignore:\n    - rule: CVE-2099-0001\n      reason: not reachable in this image\n      until: 2999-01-01\n'),
  );
  await fs.writeFile(path.join(ws, 'stale.yml'), policy('    maxDbAge: 7d\n    failOnStaleDb: true\n    failOn: none\n'));
  await fs.writeFile(path.join(ws, 'bad-age.yml'), policy('    failOn: high\n    maxDbAge: soon\n'));
  await fs.writeFile(path.join(ws, 'no-age.yml'), policy('    failOn: high\n    failOnStaleDb: true\n'));
  const body = await fs.readFile(FIXTURE);
  server = http.createServer((_req, res) => {
    requests++;
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/tracker.json`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await fs.rm(ws, { recursive: true, force: true });
});

const env = (inputs: Record<string, string>) => ({
  RUNNER_TEMP: rt,
  GITHUB_WORKSPACE: ws,
  ...inputEnv({ image: path.join(ws, 'layout'), 'vulnerability-db': 'tracker.json', policy: 'default.yml', ...inputs }),
});

async function scan(inputs: Record<string, string>) {
  const io = memoryIO();
  const out: Outputs = await runStage(testImage, getInputs(env(inputs)), io);
  const sarif = JSON.parse(await fs.readFile(out.sarif, 'utf8')) as SarifLog;
  const junit = await fs.readFile(out.junit, 'utf8');
  const run = sarif.runs[0] as SarifLog['runs'][number];
  return { io, out, run, junit, ids: run.results.map((r) => r.ruleId).sort(), verdict: testImage.verdict?.(out) };
}

describe('test-image vulnerability scan', () => {
  it('fails on a high advisory by default: SARIF rule with security-severity, JUnit failure, summary row, output, verdict', async () => {
    const { io, out, run, junit, ids, verdict } = await scan({});
    // CVE-2099-0002 (low) is below the default failOn high; CVE-2099-0004 is fixed before 1:1.0-1 (epoch).
    expect(ids).toEqual(['CVE-2099-0001', 'CVE-2099-0003']);
    expect(out.vulnerabilities).toBe(2);
    expect(io.recorded.outputs.vulnerabilities).toBe('2');
    expect(out.result).toBe('failed');
    expect(verdict).toBeInstanceOf(PipelineError);
    const rule = run.tool.driver.rules.find((r) => r.id === 'CVE-2099-0001');
    expect(rule?.properties['security-severity']).toBe('7.0');
    expect(rule?.help.text).toContain('libfoo1 1:1.0-1+b1 is affected by CVE-2099-0001');
    // The fixed version is source foo's (libfoo1's own is 1:1.0-1+b1): the help names the source it is a version of.
    expect(rule?.help.text).toContain('Upgrade to libfoo1 built from foo 1:1.0-2 or later');
    expect(run.tool.driver.rules.find((r) => r.id === 'CVE-2099-0003')?.help.text).toContain('no fixed version is known yet');
    expect(run.results.every((r) => r.level === 'error')).toBe(true);
    expect(junit).toMatch(/<testcase name="CVE-2099-0001 [^"]*"[^>]*>\s*<failure/);
    expect(junit).not.toContain('CVE-2099-0002');
    expect(io.recorded.summary).toContain('| Package | Installed | Fixed in | Severity | Id |');
    // As in the SARIF help: 1:1.0-2 is source foo's version, not libfoo1's, so the cell names foo.
    expect(io.recorded.summary).toContain('| libfoo1 | 1:1.0-1+b1 | foo 1:1.0-2 | high | <code>CVE-2099-0001</code> |');
    expect(io.recorded.summary).toContain('| libfoo1 | 1:1.0-1+b1 | no fix yet | high | <code>CVE-2099-0003</code> |');
    expect(io.recorded.summary).toContain('1 below `high` not counted');
  });

  it('warns in the run log and notes in the summary that unrated advisories rank as low and pass under failOn high', async () => {
    const tracker = JSON.parse(await fs.readFile(FIXTURE, 'utf8')) as Record<string, Record<string, unknown>>;
    const unrated = { releases: { bookworm: { status: 'open', repositories: { bookworm: '1:1.0-1' }, urgency: 'not yet assigned' } } };
    (tracker['foo'] as Record<string, unknown>)['CVE-2099-0005'] = { description: 'Not yet triaged.', ...unrated };
    await fs.writeFile(path.join(ws, 'unrated.json'), JSON.stringify(tracker));
    const { io, ids } = await scan({ 'vulnerability-db': 'unrated.json' });
    expect(ids).toEqual(['CVE-2099-0001', 'CVE-2099-0003']);
    const line = '1 advisory has no severity rating and rank as low; set failOn: low to fail on them.';
    expect(io.recorded.log).toContainEqual(expect.objectContaining({ level: 'warning', message: line }));
    expect(io.recorded.summary).toContain(`**Note**: ${line}`);
    // Without one, no warning.
    const plain = await scan({});
    expect(plain.io.recorded.log.some((l) => l.message.includes('no severity rating'))).toBe(false);
  });

  it('failOn: critical passes, and the same advisories are failures in neither SARIF nor JUnit', async () => {
    const { out, run, junit, ids, verdict } = await scan({ policy: 'critical.yml' });
    expect(out.result).toBe('passed');
    expect(verdict).toBeUndefined();
    expect(ids).toEqual([]);
    expect(run.tool.driver.rules.some((r) => r.id.startsWith('CVE-'))).toBe(false);
    expect(junit).not.toContain('CVE-2099');
    expect(junit).toContain('failures="0"');
    expect(out.vulnerabilities).toBe(0);
  });

  it('failOn: low reports the low advisory too', async () => {
    const { ids, out } = await scan({ policy: 'low.yml' });
    expect(ids).toEqual(['CVE-2099-0001', 'CVE-2099-0002', 'CVE-2099-0003']);
    expect(out.vulnerabilities).toBe(3);
  });

  it('ignoreUnfixed leaves out advisories with no fix yet', async () => {
    const { ids, out, io } = await scan({ policy: 'unfixed.yml' });
    expect(ids).toEqual(['CVE-2099-0001']);
    expect(out.vulnerabilities).toBe(1);
    expect(io.recorded.summary).toContain('without a fix left out (ignoreUnfixed)');
  });

  it('an ignore by CVE id with a reason hides it from every report and counts it as ignored', async () => {
    const { ids, out, junit, io } = await scan({ policy: 'ignore.yml' });
    expect(ids).toEqual(['CVE-2099-0003']);
    expect(out.vulnerabilities).toBe(1);
    expect(out.details.suppressed.map((s) => [s.finding.ruleId, s.reason])).toEqual([['CVE-2099-0001', 'not reachable in this image']]);
    expect(junit).not.toContain('CVE-2099-0001');
    expect(io.recorded.summary).toContain('Ignored findings');
  });

  it('a bad database path names the input and its line', async () => {
    const io = memoryIO();
    await main(testImage, env({ 'vulnerability-db': '# the tracker\n\nmissing.json' }), io);
    expect(io.recorded.failed).toMatch(/'vulnerability-db' line 3: /);
    expect(io.recorded.failed).toContain('missing.json');
  });

  it('a path outside the workspace is refused, naming the input and line', async () => {
    const io = memoryIO();
    await main(testImage, env({ 'vulnerability-db': 'tracker.json\n../../etc/passwd' }), io);
    // The input is named once, at the line (not again by the workspace check underneath).
    expect(io.recorded.failed).toMatch(/^'vulnerability-db' line 2: expected a file inside the workspace \(.+\), got '\.\.\/\.\.\/etc\/passwd'\. Name a file/);
    expect(io.recorded.failed?.match(/vulnerability-db/g)).toHaveLength(1);
  });

  it('a URL database on loopback is downloaded once even when listed twice', async () => {
    requests = 0;
    const { ids, io } = await scan({ 'vulnerability-db': `${url}\n${url} # again` });
    expect(requests).toBe(1);
    expect(ids).toEqual(['CVE-2099-0001', 'CVE-2099-0003']);
    expect(io.recorded.log.filter((l) => l.message.startsWith('Downloaded the vulnerability database'))).toHaveLength(1);
  });

  it('a server error names the input and line', async () => {
    const io = memoryIO();
    await main(testImage, env({ 'vulnerability-db': `tracker.json\n${url.replace(/:\d+\//, ':1/')}` }), io);
    expect(io.recorded.failed).toMatch(/'vulnerability-db' line 2: /);
  });

  it('a database older than maxDbAge warns, and fails the step with failOnStaleDb', async () => {
    const old = path.join(ws, 'old-tracker.json');
    await fs.copyFile(FIXTURE, old);
    const then = new Date(Date.now() - 30 * 86_400_000);
    await fs.utimes(old, then, then);
    const { io, out, verdict } = await scan({ policy: 'stale.yml', 'vulnerability-db': 'old-tracker.json' });
    expect(out.result).toBe('passed');
    expect(io.recorded.log).toContainEqual(expect.objectContaining({ level: 'warning', message: expect.stringMatching(/older than maxDbAge 7d/) }));
    expect(verdict?.message).toMatch(/old-tracker\.json \('vulnerability-db' line 1\) is from .* older than maxDbAge 7d/);
    const fresh = await scan({ policy: 'stale.yml' });
    expect(fresh.verdict).toBeUndefined();
  });

  it('failOnStaleDb without maxDbAge is a policy error naming maxDbAge, not a silent no-op', async () => {
    const io = memoryIO();
    await main(testImage, env({ policy: 'no-age.yml' }), io);
    expect(io.recorded.failed).toMatch(/maxDbAge/);
    expect(io.recorded.failed).toMatch(/no-age\.yml/);
  });

  it('a malformed maxDbAge is a policy error at its line', async () => {
    const io = memoryIO();
    await main(testImage, env({ policy: 'bad-age.yml' }), io);
    expect(io.recorded.failed).toMatch(/compliance\.vulnerabilities\.maxDbAge/);
    expect(io.recorded.failed).toMatch(/\(bad-age\.yml:6\)/);
  });

  it('reads the input as one path or URL per line, with comments, and refuses a URL that is not https (http only on loopback)', () => {
    const read = (v: string) => getInputs(env({ 'vulnerability-db': v }));
    const got = read(`\n# databases\ntracker.json  # Debian\n${url}\nhttps://example.org/osv.zip\n`);
    expect(got.kind === 'container' ? got['vulnerability-db'] : undefined).toEqual({
      entries: [
        { kind: 'path', value: 'tracker.json', line: 3 },
        { kind: 'url', value: url, line: 4 },
        { kind: 'url', value: 'https://example.org/osv.zip', line: 5 },
      ],
      cache: path.join(rt, 'test-image/vulnerability-db'),
    });
    expect(() => read('tracker.json\nhttp://example.org/db.json')).toThrow(/'vulnerability-db' line 2: expected an https:\/\/ URL, got http:\/\/example\.org/);
    expect(() => read('ftp://127.0.0.1/db.json')).toThrow(/'vulnerability-db' line 1: expected an https:\/\/ URL/);
    const none = read('');
    expect(none.kind === 'container' && none['vulnerability-db'] === undefined).toBe(true);
  });
});
