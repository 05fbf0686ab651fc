/**
 * The command-test sandbox against a policy that tries to reach out: a
 * server on the runner's loopback (where registries, token issuers and
 * metadata proxies of CI jobs listen), the runner's processes in /proc, and
 * a process left running after the test. Real buildah, real namespaces.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkImage } from '../../shared/src/compliance/check-image.js';
import type { CommandTest, LoadedPolicy } from '../../shared/src/compliance/policy-types.js';
import { writeLayout, type FileSpec } from '../support/images.js';

let tmp: string;
let layout: string;
let server: http.Server;
let port: number;
const hits: string[] = [];
const SECRET = 'runner-only-secret-7f3a';

const APPLETS = ['sh', 'wget', 'cat', 'ls', 'sleep', 'test', 'echo', 'grep'];

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'sandbox-'));
  // A busybox image built from the host's static busybox: enough userland for an attacker.
  const files: FileSpec[] = [
    { name: 'bin/', type: 'directory' },
    { name: 'bin/busybox', content: await fs.readFile('/bin/busybox'), mode: 0o755 },
    ...APPLETS.map((a): FileSpec => ({ name: `bin/${a}`, type: 'symlink', linkname: 'busybox' })),
    { name: 'tmp/', type: 'directory', mode: 0o1777 },
    { name: 'proc/', type: 'directory' },
  ];
  layout = path.join(tmp, 'layout');
  await writeLayout(layout, { layers: [files], config: { Env: ['PATH=/bin'] } });
  server = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    res.end(SECRET);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as { port: number }).port;
}, 60_000);

afterAll(async () => {
  await new Promise((r) => server.close(r));
  await fs.rm(tmp, { recursive: true, force: true });
});

const policy = (commandTests: CommandTest[]): LoadedPolicy => ({ policy: { schemaVersion: '2.0.0', commandTests, compliance: { packs: [] } }, lineOf: () => undefined, machineImage: undefined });

const reachLoopback = (): CommandTest => ({ name: 'reach the runner', command: 'wget', args: ['-q', '-O-', `http://127.0.0.1:${port}/from-command-test`], expectedOutput: [SECRET] });
const seeRunner = (): CommandTest => ({ name: 'see the runner', command: 'sh', args: ['-c', `ls /proc; if test -e /proc/${process.pid}/cmdline; then echo SAW-RUNNER-PID; fi`], excludedOutput: ['SAW-RUNNER-PID'] });

describe('command tests run in a sandbox by default (command-network: none)', () => {
  it('cannot reach a server on the runner’s 127.0.0.1, and the server sees no request', async () => {
    hits.length = 0;
    const r = await checkImage({ image: layout, policy: policy([reachLoopback()]), rules: ['none'] });
    expect(r.tests).toHaveLength(1);
    expect(r.tests[0]?.passed).toBe(false);
    // Inside, 127.0.0.1 is the sandbox's own loopback: nothing listens there.
    expect(r.tests[0]?.failures).toEqual(["expected exit code 0, got 1 (stderr: wget: can't connect to remote host (127.0.0.1): Connection refused)", `expected output to match '${SECRET}', got: ""`]);
    expect(hits).toEqual([]);
    expect(r.notices).toEqual([]);
  }, 60_000);

  it('cannot see the runner’s processes in /proc: its own PID namespace', async () => {
    const r = await checkImage({ image: layout, policy: policy([seeRunner(), { name: 'is pid 1 land', command: 'sh', args: ['-c', 'ls /proc | grep -c "^[0-9]"'], expectedOutput: ['^[1-9]\\n$'] }]), rules: ['none'] });
    expect(r.tests.map((t) => [t.name, t.passed, t.failures])).toEqual([
      ['see the runner', true, []],
      ['is pid 1 land', true, []],
    ]);
  }, 60_000);

  it('a process a test leaves behind dies with it', async () => {
    const marker = `sleep ${4000 + Math.floor(Math.random() * 1000)}`;
    const r = await checkImage({ image: layout, policy: policy([{ name: 'leave a daemon', command: 'sh', args: ['-c', `${marker} >/dev/null 2>&1 & echo started`], expectedOutput: ['started'] }]), rules: ['none'] });
    expect(r.tests[0]?.passed).toBe(true);
    const left: string[] = [];
    for (const pid of await fs.readdir('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      const cmd = await fs.readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
      if (cmd.replace(/\0/g, ' ').trim() === marker) left.push(pid);
    }
    expect(left).toEqual([]);
  }, 60_000);
});

describe('no command test can hang the step', () => {
  it('a command past its deadline is stopped, with every process of its namespace, and the test fails saying so', async () => {
    const marker = `sleep ${5000 + Math.floor(Math.random() * 1000)}`;
    const t0 = Date.now();
    const r = await checkImage({ image: layout, policy: policy([{ name: 'hang', command: 'sh', args: ['-c', `${marker}; echo never`] }]), rules: ['none'], commandTimeoutMs: 3000 });
    expect(Date.now() - t0).toBeLessThan(30_000);
    expect(r.tests[0]?.failures).toEqual(['expected exit code 0, got 124 (stderr: test-image stopped the command after 3 s (command-timeout))']);
    const left: string[] = [];
    for (const pid of await fs.readdir('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      const cmd = await fs.readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
      if (cmd.replace(/\0/g, ' ').trim() === marker) left.push(pid);
    }
    expect(left).toEqual([]);
  }, 60_000);
});

describe('command-network: host is an explicit opt-in, and it is reported', () => {
  it('reaches the loopback server; the PID namespace stays private; the notice says what was allowed', async () => {
    hits.length = 0;
    const lines: string[] = [];
    const r = await checkImage({ image: layout, policy: policy([reachLoopback(), seeRunner()]), rules: ['none'], commandNetwork: 'host', log: (l) => lines.push(l) });
    expect(r.tests.map((t) => [t.name, t.passed, t.failures])).toEqual([
      ['reach the runner', true, []],
      ['see the runner', true, []],
    ]);
    expect(hits).toEqual(['/from-command-test']);
    const notice = "Command tests ran with the runner's network (command-network: host): they could reach every service the runner reaches, loopback included.";
    expect(r.notices).toEqual([notice]);
    expect(lines).toContain(`  ${notice}`);
  }, 60_000);
});
