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
import { PipelineError } from '../../shared/src/errors.js';
import type { CommandTest, ContainerRunOptions, LoadedPolicy } from '../../shared/src/compliance/policy-types.js';
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

const policy = (commandTests: CommandTest[], containerRunOptions?: ContainerRunOptions): LoadedPolicy => ({
  policy: { schemaVersion: '2.0.0', commandTests, ...(containerRunOptions === undefined ? {} : { containerRunOptions }), compliance: { packs: [] } },
  lineOf: () => undefined,
  machineImage: undefined,
});

/** PIDs on this machine whose command line is exactly `cmdline` (what a test left running). */
async function processesRunning(cmdline: string): Promise<string[]> {
  const found: string[] = [];
  for (const pid of await fs.readdir('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const cmd = await fs.readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (cmd.replace(/\0/g, ' ').trim() === cmdline) found.push(pid);
  }
  return found;
}

const reachLoopback = (): CommandTest => ({
  name: 'reach the runner',
  command: 'wget',
  args: ['-q', '-O-', `http://127.0.0.1:${port}/from-command-test`],
  expectedOutput: [SECRET],
});
const seeRunner = (): CommandTest => ({
  name: 'see the runner',
  command: 'sh',
  args: ['-c', `ls /proc; if test -e /proc/${process.pid}/cmdline; then echo SAW-RUNNER-PID; fi`],
  excludedOutput: ['SAW-RUNNER-PID'],
});

describe('command tests run in a sandbox by default (command-network: none)', () => {
  it('cannot reach a server on the runner’s 127.0.0.1, and the server sees no request', async () => {
    hits.length = 0;
    const r = await checkImage({ image: layout, policy: policy([reachLoopback()]), rules: ['none'] });
    expect(r.tests).toHaveLength(1);
    expect(r.tests[0]?.passed).toBe(false);
    // Inside, 127.0.0.1 is the sandbox's own loopback: nothing listens there.
    expect(r.tests[0]?.failures).toEqual([
      "expected exit code 0, got 1 (stderr: wget: can't connect to remote host (127.0.0.1): Connection refused)",
      `expected output to match '${SECRET}', got: ""`,
    ]);
    expect(hits).toEqual([]);
    expect(r.notices).toEqual([]);
  }, 60_000);

  it('cannot see the runner’s processes in /proc: its own PID namespace', async () => {
    const r = await checkImage({
      image: layout,
      policy: policy([seeRunner(), { name: 'is pid 1 land', command: 'sh', args: ['-c', 'ls /proc | grep -c "^[0-9]"'], expectedOutput: ['^[1-9]\\n$'] }]),
      rules: ['none'],
    });
    expect(r.tests.map((t) => [t.name, t.passed, t.failures])).toEqual([
      ['see the runner', true, []],
      ['is pid 1 land', true, []],
    ]);
  }, 60_000);

  it('a process a test leaves behind dies with it', async () => {
    const marker = `sleep ${4000 + Math.floor(Math.random() * 1000)}`;
    const r = await checkImage({
      image: layout,
      policy: policy([{ name: 'leave a daemon', command: 'sh', args: ['-c', `${marker} >/dev/null 2>&1 & echo started`], expectedOutput: ['started'] }]),
      rules: ['none'],
    });
    expect(r.tests[0]?.passed).toBe(true);
    expect(await processesRunning(marker)).toEqual([]);
  }, 60_000);
});

describe('a sandbox whose loopback cannot come up says so before any test runs', () => {
  it('with ip and busybox ip failing on the runner, the probe refuses with the fix', async () => {
    // Stand-ins that fail, found first on PATH: what a runner without iproute2 and busybox looks like to the sandbox.
    const bin = await fs.mkdtemp(path.join(tmp, 'bin-'));
    for (const b of ['ip', 'busybox']) await fs.writeFile(path.join(bin, b), '#!/bin/sh\nexit 1\n', { mode: 0o755 });
    const saved = process.env.PATH;
    process.env.PATH = `${bin}:${saved ?? ''}`;
    try {
      const e = await checkImage({ image: layout, policy: policy([{ name: 'runs', command: 'true' }]), rules: ['none'] }).then(
        () => undefined,
        (x: unknown) => x,
      );
      expect(e).toBeInstanceOf(PipelineError);
      expect((e as PipelineError).reason).toBe(
        "command tests run in their own network namespace with loopback up, and this machine could not bring it up: expected 'ip link set lo up' (iproute2) or busybox ip to work, got neither",
      );
      expect([(e as PipelineError).code, (e as PipelineError).input]).toEqual(['NO_BUILDER', 'command-network']);
      expect((e as PipelineError).hint).toContain('apt-get install iproute2');
    } finally {
      process.env.PATH = saved;
    }
  }, 60_000);
});

describe('no command test can hang the step', () => {
  it('a command past its deadline is stopped, with every process of its namespace, and the test fails saying so', async () => {
    const marker = `sleep ${5000 + Math.floor(Math.random() * 1000)}`;
    const t0 = Date.now();
    const r = await checkImage({
      image: layout,
      policy: policy([{ name: 'hang', command: 'sh', args: ['-c', `${marker}; echo never`] }]),
      rules: ['none'],
      commandTimeoutMs: 3000,
    });
    expect(Date.now() - t0).toBeLessThan(30_000);
    expect(r.tests[0]?.failures).toEqual([
      'expected exit code 0, got 124 (stderr: expected the command to finish within 3 s, got it still running, so test-image stopped it; make it finish sooner, or move slow preparation into setup steps (each step gets 3 s))',
    ]);
    expect(await processesRunning(marker)).toEqual([]);
  }, 60_000);
});

describe('command-network: host is an explicit opt-in, and it is reported', () => {
  it('reaches the loopback server; the PID namespace stays private; the notice says what was allowed', async () => {
    hits.length = 0;
    const lines: string[] = [];
    const r = await checkImage({
      image: layout,
      policy: policy([reachLoopback(), seeRunner()]),
      rules: ['none'],
      commandNetwork: 'host',
      log: (l) => lines.push(l),
    });
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

describe('a policy cannot widen the sandbox on its own', () => {
  const ok: CommandTest = { name: 'runs', command: 'true' };
  const refusal = async (opts: Parameters<typeof checkImage>[0]): Promise<{ error: PipelineError; lines: string[] }> => {
    const lines: string[] = [];
    const e = await checkImage({ ...opts, log: (l) => lines.push(l) }).then(
      () => new Error('expected a refusal, got a verdict'),
      (x: unknown) => x,
    );
    if (!(e instanceof PipelineError)) throw e;
    return { error: e, lines };
  };

  it.each([
    [{ privileged: true }, 'containerRunOptions.privileged', 'got privileged: true'],
    [{ capabilities: ['sys_admin'] }, 'containerRunOptions.capabilities', 'got capabilities sys_admin'],
  ])(
    '%o is refused by default, before the image is opened, naming the input that allows it',
    async (opts, field, got) => {
      const { error, lines } = await refusal({ image: layout, policy: policy([ok], opts), rules: ['none'] });
      expect(error.reason).toBe(`${field}: expected no added privileges, as input 'command-privileges' is 'none', ${got}`);
      expect([error.code, error.input]).toEqual(['POLICY', 'command-privileges']);
      expect(error.hint).toContain('set command-privileges: policy on the step');
      expect(lines).toEqual([]);
    },
    60_000,
  );

  it('command-privileges: policy grants them, and says so', async () => {
    // Bit 21 of CapEff (CAP_SYS_ADMIN) is the 2 of the sixth hex digit from the right.
    const sysAdmin: CommandTest = {
      name: 'has CAP_SYS_ADMIN',
      command: 'sh',
      args: ['-c', 'grep CapEff /proc/self/status'],
      expectedOutput: ['CapEff:\\s+[0-9a-f]*[2367abef][0-9a-f]{5}\\n'],
    };
    const plain = await checkImage({ image: layout, policy: policy([sysAdmin]), rules: ['none'] });
    expect(plain.tests.map((t) => t.passed)).toEqual([false]);
    const r = await checkImage({ image: layout, policy: policy([sysAdmin], { privileged: true }), rules: ['none'], commandPrivileges: 'policy' });
    expect(r.tests.map((t) => [t.name, t.passed, t.failures])).toEqual([['has CAP_SYS_ADMIN', true, []]]);
    expect(r.notices).toEqual(['Command tests ran privileged (containerRunOptions.privileged): every capability the runner holds.']);
  }, 60_000);

  it('bindMounts /:/host is refused (the workspace is the limit), and so is a link in the workspace that leads out', async () => {
    const ws = await fs.mkdtemp(path.join(tmp, 'ws-'));
    await fs.symlink('/', path.join(ws, 'up'));
    const root = await refusal({ image: layout, policy: policy([ok], { bindMounts: ['/:/host'] }), rules: ['none'], workspace: ws });
    expect(root.error.reason).toBe(`containerRunOptions.bindMounts[0]: expected a file inside the workspace (${await fs.realpath(ws)}), got '/'`);
    expect([root.error.code, root.error.hint]).toEqual([
      'UNSAFE_PATH',
      `Bind-mount a folder of the workspace (${ws}); to mount a host path outside it on purpose, set allow-outside-workspace: true on the step.`,
    ]);
    const link = await refusal({ image: layout, policy: policy([ok], { bindMounts: [`${ws}/up/etc:/host-etc:ro`] }), rules: ['none'], workspace: ws });
    expect(link.error.reason).toContain('which resolves to /etc');
  }, 60_000);

  it('a missing bind-mount source is created inside the workspace only, even with allow-outside-workspace', async () => {
    const ws = await fs.mkdtemp(path.join(tmp, 'ws-'));
    const outside = path.join(tmp, `never-made-${Date.now()}`, 'deep');
    const e = await refusal({
      image: layout,
      policy: policy([ok], { bindMounts: [`${outside}:/data`] }),
      rules: ['none'],
      workspace: ws,
      allowOutsideWorkspace: true,
    });
    expect(e.error.reason).toBe(
      `containerRunOptions.bindMounts[0]: expected an existing folder outside the workspace, got ${outside}, which does not exist (test-image creates missing sources only inside the workspace)`,
    );
    expect(
      await fs.stat(path.dirname(outside)).then(
        () => 'made',
        () => 'absent',
      ),
    ).toBe('absent');
    const r = await checkImage({
      image: layout,
      policy: policy([{ name: 'sees it', command: 'test', args: ['-d', '/data'] }], { bindMounts: [`${ws}/made/here:/data`] }),
      rules: ['none'],
      workspace: ws,
    });
    expect(r.tests.map((t) => [t.name, t.passed, t.failures])).toEqual([['sees it', true, []]]);
    expect((await fs.stat(path.join(ws, 'made/here'))).isDirectory()).toBe(true);
  }, 60_000);

  it.each(['GITHUB_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'INPUT_GITHUB_TOKEN'])(
    'envVars cannot pull the runner’s %s into the image',
    async (name) => {
      const secret = 'ghs_' + 'Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0Fe';
      const { error } = await refusal({
        image: layout,
        policy: policy([{ name: 'print it', command: 'sh', args: ['-c', `echo $${name}`] }], { envVars: [name] }),
        rules: ['none'],
        env: { [name]: secret },
      });
      expect(error.reason).toBe(
        `containerRunOptions.envVars[0]: expected a variable the workflow set for the tests, got '${name}', which is the runner's own (GITHUB_TOKEN, ACTIONS_*, INPUT_*, RUNNER_* are never passed to command tests)`,
      );
      expect(error.message).not.toContain(secret);
    },
    60_000,
  );

  it('a command that prints a long secret-looking string shows only a short, redacted, one-line preview of it', async () => {
    const secret = 'AKIA' + 'Q3EXAMPLE7Z9sEcReT4xY8vB2nM6kL1pO0iU5yT';
    const r = await checkImage({
      image: layout,
      policy: policy(
        [
          {
            name: 'leaks',
            command: 'sh',
            args: ['-c', 'export -p | grep MY_KEY; echo "::add-mask::x"; export -p | grep MY_KEY >&2; exit 3'],
            expectedOutput: ['^clean$'],
          },
        ],
        { envVars: ['MY_KEY'] },
      ),
      rules: ['none'],
      env: { MY_KEY: secret },
    });
    const failures = r.tests[0]?.failures ?? [];
    // ($MY_KEY in args would be expanded from the image's env, as CST does: the shell reads it from its environment instead.)
    expect(failures).toEqual([
      "expected exit code 0, got 3 (stderr: export MY_KEY='AK********')",
      `expected output to match '^clean$', got: "export MY_KEY='AK********' ::add-mask::x"`,
    ]);
    for (const f of failures) expect(f).not.toContain(secret.slice(2, 12));
  }, 60_000);
});
