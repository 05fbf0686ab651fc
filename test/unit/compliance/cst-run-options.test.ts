/**
 * containerRunOptions and command-test env as CST reads them: env files in
 * godotenv's format, Docker's bind-mount syntax, capability names, Go's
 * os.Expand, and the argv each runtime gets (pure; the sandbox itself is
 * tested for real in test/hostile/sandbox-command-tests.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { PipelineError } from '../../../shared/src/errors.js';
import type { ContainerRunOptions } from '../../../shared/src/compliance/policy-types.js';
import { checkCommandResult, expandEnv, expansionEnv, testEnv } from '../../../shared/src/compliance/cst/command-tests.js';
import { loadRegexEngine } from '../../../shared/src/compliance/cst/regex-engine.js';
import { buildahRunFlags, cliRunFlags, sandboxPrefix, timedOutMessage, unavailableCapabilities } from '../../../shared/src/compliance/cst/container-runtime.js';
import {
  capabilitiesInMask,
  defaultRunSettings,
  describeRunSettings,
  normalizeCapability,
  parseBindMount,
  parseEnvFile,
  resolveRunOptions,
} from '../../../shared/src/compliance/cst/run-options.js';

const env = (text: string, outside: Record<string, string> = {}): Record<string, string> => {
  const r = parseEnvFile(text, (n) => outside[n]);
  if (!r.ok) throw r.error;
  return Object.fromEntries(r.value);
};

// checkCommandResult compiles its patterns synchronously: checkImage preloads re2js, and so does this file.
beforeAll(() => loadRegexEngine());

describe('envFile in godotenv’s format (what CST’s docker driver reads)', () => {
  it('reads CST’s own tests/envfile', () => expect(env('FOO=keepitsecret!\nBAR=keepitsafe!')).toEqual({ FOO: 'keepitsecret!', BAR: 'keepitsafe!' }));
  it.each([
    ['# comment\n\nA=1\r\n', { A: '1' }],
    ['export A=1', { A: '1' }],
    ['A: 1', { A: '1' }],
    ['A=1 # trailing comment', { A: '1' }],
    ['A=x#not-a-comment', { A: 'x#not-a-comment' }],
    ["A='$HOME\\n'", { A: '$HOME\\n' }],
    ['A="line1\\nline2"', { A: 'line1\nline2' }],
    ['A="say \\"hi\\""', { A: 'say "hi"' }],
    ['A=1\nB=${A}-$A-$OUT', { A: '1', B: '1-1-from-step' }],
    ['B="\\$A"', { B: '$A' }],
    ['A="multi\nline"', { A: 'multi\nline' }],
    ['A=', { A: '' }],
    ['a.b-c=1', { 'a.b-c': '1' }],
  ])('%j', (text, want) => expect(env(text, { OUT: 'from-step' })).toEqual(want));

  it.each([
    ['JUSTAKEY', 'line 1'],
    ['A=1\nB C=2', 'line 2'],
    ['A="unterminated', 'unterminated quoted value on line 1'],
  ])('refuses %j, naming the line and never the content', (text, msg) => {
    const r = parseEnvFile(`${text}`, () => undefined);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message).toContain(msg);
      expect(r.error.message).toContain('containerRunOptions.envFile: expected');
      expect(r.error.message).not.toContain('unterminated"');
    }
  });
});

describe('bindMounts in Docker’s syntax', () => {
  it.each([
    ['/tmp/test:/tmp/test', { source: '/tmp/test', target: '/tmp/test', options: [] }],
    ['/data/:/mnt/data:ro', { source: '/data/', target: '/mnt/data', options: ['ro'] }],
    ['/a:/b:rw,z', { source: '/a', target: '/b', options: ['rw', 'z'] }],
  ])('%s', (spec, want) => expect(parseBindMount(spec, 0)).toEqual({ ok: true, value: want }));
  it.each([
    ['vol:/data', "containerRunOptions.bindMounts[0]: expected an absolute host path as the source, got 'vol' (Docker would take it for a named volume"],
    ['/a', "containerRunOptions.bindMounts[0]: expected '/host/path:/path/in/container' with an optional ':ro', got '/a'"],
    ['/a:b', 'expected an absolute path in the container as the target'],
    ['/a:/b:rx', "expected a mode among ro, rw, z, Z, shared, rshared, slave, rslave, private, rprivate, nocopy, got 'rx'"],
  ])('refuses %s', (spec, msg) => {
    const r = parseBindMount(spec, 0);
    expect(r.ok ? '' : r.error.message).toContain(msg);
  });
  it('quotes the policy text through preview: one line, controls visible, cut', () => {
    const r = parseBindMount(`/a\n::error::x${'y'.repeat(200)}`, 0);
    const msg = r.ok ? '' : r.error.message;
    expect(msg).toContain("got '/a ::error::xyyy");
    expect(msg).not.toContain('\n');
    expect(msg).not.toContain('y'.repeat(81));
    const cap = normalizeCapability('SYS_\u202eADMIN', 0);
    expect(cap.ok ? '' : cap.error.message).toContain("got 'SYS_\\u202eADMIN'");
  });
});

describe('capabilities', () => {
  it('accepts Docker’s spellings', () => {
    expect(['sys_admin', 'SYS_ADMIN', 'CAP_SYS_ADMIN', 'cap_net_raw', 'all'].map((c, i) => normalizeCapability(c, i))).toEqual([
      { ok: true, value: 'SYS_ADMIN' },
      { ok: true, value: 'SYS_ADMIN' },
      { ok: true, value: 'SYS_ADMIN' },
      { ok: true, value: 'NET_RAW' },
      { ok: true, value: 'ALL' },
    ]);
  });
  it('refuses an unknown one by name', () => {
    const r = normalizeCapability('sys_admn', 2);
    expect(r.ok ? '' : r.error.message).toContain(
      "containerRunOptions.capabilities[2]: expected a Linux capability such as SYS_ADMIN or NET_RAW (see capabilities(7)), got 'sys_admn'",
    );
  });
  it('reads a /proc/self/status mask', () => {
    expect(capabilitiesInMask('00000000800405fb')).toEqual([
      'CHOWN',
      'DAC_OVERRIDE',
      'FOWNER',
      'FSETID',
      'KILL',
      'SETGID',
      'SETUID',
      'SETPCAP',
      'NET_BIND_SERVICE',
      'SYS_CHROOT',
      'SETFCAP',
    ]);
    expect(capabilitiesInMask('0')).toEqual([]);
  });
});

describe('resolveRunOptions', () => {
  let ws: string;
  beforeAll(async () => {
    ws = await fs.mkdtemp(path.join(os.tmpdir(), 'run-options-'));
    await fs.mkdir(path.join(ws, 'tests'));
    await fs.writeFile(path.join(ws, 'tests/envfile'), 'FOO=keepitsecret!\nBAR=keepitsafe!\nEMPTY=\n');
    await fs.symlink('/etc/hostname', path.join(ws, 'tests/escape'));
    await fs.symlink('/', path.join(ws, 'root-link'));
    await fs.writeFile(path.join(ws, 'tests/pull-token'), 'T=$GITHUB_TOKEN\n');
  });
  afterAll(async () => {
    await fs.rm(ws, { recursive: true, force: true });
  });

  it('with no options: the sandbox defaults, with a finite deadline per command', async () => {
    expect(await resolveRunOptions(undefined, { env: {}, workspace: ws, network: 'none' })).toEqual(defaultRunSettings('none'));
    expect(defaultRunSettings().timeoutMs).toBe(10 * 60_000);
    expect((await resolveRunOptions(undefined, { env: {}, workspace: ws, network: 'none', timeoutMs: 5 })).timeoutMs).toBe(5);
  });

  it('every option, as CST’s docker driver applies it', async () => {
    const s = await resolveRunOptions(
      {
        user: 'root',
        privileged: true,
        allocateTty: true,
        envVars: ['FOO', 'UNSET', 'EMPTYSTEP', 'BAR'],
        envFile: 'tests/envfile',
        capabilities: ['sys_admin'],
        bindMounts: ['/tmp/test:/tmp/test'],
      },
      {
        env: { FOO: 'from-step', BAR: 'b', EMPTYSTEP: '' },
        workspace: ws,
        network: 'host',
        privileges: 'policy',
        allowOutsideWorkspace: true,
        platform: 'linux/arm64',
      },
    );
    // envFile first, envVars after (later wins); empty values and unset names are left out, as CST does.
    expect(s).toEqual({
      network: 'host',
      user: 'root',
      tty: true,
      privileged: true,
      env: { FOO: 'from-step', BAR: 'b' },
      capAdd: ['SYS_ADMIN'],
      mounts: [{ source: '/tmp/test', target: '/tmp/test', options: [] }],
      platform: 'linux/arm64',
      timeoutMs: 600_000,
    });
    expect(describeRunSettings(s)).toEqual([
      "Command tests ran with the runner's network (command-network: host): they could reach every service the runner reaches, loopback included.",
      'Command tests ran privileged (containerRunOptions.privileged): every capability the runner holds.',
      'Command tests ran with added capabilities (containerRunOptions.capabilities): SYS_ADMIN.',
      "Command tests saw the runner's /tmp/test at /tmp/test (writable) (containerRunOptions.bindMounts).",
      'Command tests ran as user root (containerRunOptions.user).',
      'Command tests got 2 variables from containerRunOptions (envVars/envFile): FOO, BAR.',
    ]);
  });

  it.each([
    [{ envFile: '../outside' }, "containerRunOptions.envFile: expected a file in the workspace, got '../outside', which does not exist"],
    [{ envFile: '/etc/hostname' }, 'containerRunOptions.envFile: expected a file inside the workspace'],
    [{ envFile: 'tests/escape' }, 'containerRunOptions.envFile: expected a file inside the workspace'],
    [{ envFile: 'tests/missing' }, "containerRunOptions.envFile: expected a file in the workspace, got 'tests/missing', which does not exist (ENOENT)"],
    [{ envVars: ['A=B'] }, "containerRunOptions.envVars[0]: expected the name of a variable of the step’s environment, got 'A=B'"],
    [{ capabilities: ['nope'] }, 'containerRunOptions.capabilities[0]: expected a Linux capability'],
    [{ bindMounts: ['data:/data'] }, 'containerRunOptions.bindMounts[0]: expected an absolute host path'],
    // Privileges only with the step's opt-in, named with the input that gives it.
    [{ privileged: true }, "containerRunOptions.privileged: expected no added privileges, as input 'command-privileges' is 'none', got privileged: true"],
    [
      { capabilities: ['sys_admin', 'NET_RAW'] },
      "containerRunOptions.capabilities: expected no added privileges, as input 'command-privileges' is 'none', got capabilities sys_admin, NET_RAW",
    ],
    [{ privileged: true }, 'set command-privileges: policy on the step'],
    // Bind-mount sources: the workspace only, links followed.
    [{ bindMounts: ['/:/host'] }, 'containerRunOptions.bindMounts[0]: expected a file inside the workspace'],
    [{ bindMounts: ['/tmp/test:/tmp/test'] }, "got '/tmp/test'"],
    [{ bindMounts: ['/tmp/test:/tmp/test'] }, 'set allow-outside-workspace: true on the step'],
    [{ bindMounts: [`${'/'}__WS__/root-link:/host`] }, 'which resolves to /'],
    // The runner's own variables never reach a command test.
    [
      { envVars: ['GITHUB_TOKEN'] },
      "containerRunOptions.envVars[0]: expected a variable the workflow set for the tests, got 'GITHUB_TOKEN', which is the runner's own",
    ],
    [
      { envVars: ['FOO', 'ACTIONS_RUNTIME_TOKEN'] },
      "containerRunOptions.envVars[1]: expected a variable the workflow set for the tests, got 'ACTIONS_RUNTIME_TOKEN'",
    ],
    [{ envVars: ['ACTIONS_ID_TOKEN_REQUEST_TOKEN'] }, "got 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'"],
    [{ envVars: ['INPUT_PASSWORD'] }, "got 'INPUT_PASSWORD'"],
    [{ envVars: ['runner_temp'] }, "got 'runner_temp'"],
    [{ envVars: ['GITHUB_TOKEN'] }, "Put what the test needs in a variable of its own in the step's env"],
    [{ envFile: 'tests/pull-token' }, "containerRunOptions.envFile: expected a variable the workflow set for the tests, got 'GITHUB_TOKEN'"],
  ] as [ContainerRunOptions, string][])('refuses %o', async (opts, msg) => {
    const o: ContainerRunOptions = { ...opts };
    if (o.bindMounts !== undefined) o.bindMounts = o.bindMounts.map((b) => b.replace('/__WS__', ws));
    const e = await resolveRunOptions(o, {
      env: { GITHUB_TOKEN: 'ghs_secret', ACTIONS_RUNTIME_TOKEN: 'rt', INPUT_PASSWORD: 'pw', runner_temp: '/rt', FOO: 'x' },
      workspace: ws,
      network: 'none',
    }).then(
      () => undefined,
      (x: Error) => x,
    );
    expect(e).toBeInstanceOf(Error);
    expect(String(e)).toContain(msg);
    expect(String(e)).not.toContain('ghs_secret');
  });

  it('a refusal names the input that would allow it (privileges) or the field at fault (bind mounts; the hint names the input)', async () => {
    const e = await resolveRunOptions({ capabilities: ['NET_ADMIN'] }, { env: {}, workspace: ws, network: 'none' }).catch((x: PipelineError) => x);
    expect([e instanceof PipelineError, (e as PipelineError).code, (e as PipelineError).input]).toEqual([true, 'POLICY', 'command-privileges']);
    const m = await resolveRunOptions({ bindMounts: ['/etc:/etc2'] }, { env: {}, workspace: ws, network: 'none' }).catch((x: PipelineError) => x);
    expect([m instanceof PipelineError, (m as PipelineError).code, (m as PipelineError).input]).toEqual([true, 'UNSAFE_PATH', undefined]);
  });

  it('a bind-mount source in the workspace is its real path; outside it only with allow-outside-workspace; privileges with command-privileges: policy', async () => {
    await fs.mkdir(path.join(ws, 'data'), { recursive: true });
    const real = await fs.realpath(ws);
    const s = await resolveRunOptions({ bindMounts: ['/__WS__/data:/data:ro'.replace('/__WS__', ws)] }, { env: {}, workspace: ws, network: 'none' });
    expect(s.mounts).toEqual([{ source: path.join(real, 'data'), target: '/data', options: ['ro'] }]);
    const wide = await resolveRunOptions(
      { privileged: true, capabilities: ['net_raw'], bindMounts: ['/:/host:ro'] },
      { env: {}, workspace: ws, network: 'none', privileges: 'policy', allowOutsideWorkspace: true },
    );
    expect([wide.privileged, wide.capAdd, wide.mounts]).toEqual([true, ['NET_RAW'], [{ source: '/', target: '/host', options: ['ro'] }]]);
    expect(describeRunSettings(wide)).toContain("Command tests saw the runner's / at /host (read-only) (containerRunOptions.bindMounts).");
  });

  it('an env file may set GITHUB_TOKEN itself, and read the step’s other variables', async () => {
    await fs.writeFile(path.join(ws, 'tests/own-token'), 'GITHUB_TOKEN=fake\nB=$FOO\n');
    const s = await resolveRunOptions({ envFile: 'tests/own-token' }, { env: { FOO: 'x', GITHUB_TOKEN: 'ghs_secret' }, workspace: ws, network: 'none' });
    expect(s.env).toEqual({ GITHUB_TOKEN: 'fake', B: 'x' });
  });

  it('an env file never reaches an error message', async () => {
    await fs.writeFile(path.join(ws, 'tests/bad'), 'SECRET="hunter2\n');
    const e = await resolveRunOptions({ envFile: 'tests/bad' }, { env: {}, workspace: ws, network: 'none' }).then(
      () => undefined,
      (x: Error) => x,
    );
    expect(String(e)).toContain("unterminated quoted value on line 1 ('tests/bad')");
    expect(String(e)).not.toContain('hunter2');
  });

  it('an env file that is a FIFO or past 1 MiB is refused at once, naming the field and the cap', async () => {
    execFileSync('mkfifo', [path.join(ws, 'tests/fifo')]);
    const fifo = await resolveRunOptions({ envFile: 'tests/fifo' }, { env: {}, workspace: ws, network: 'none' }).then(
      () => undefined,
      (x: Error) => x,
    );
    expect(fifo).toBeInstanceOf(PipelineError);
    expect((fifo as PipelineError).code).toBe('POLICY');
    expect(String(fifo)).toContain("expected containerRunOptions.envFile 'tests/fifo' to be a regular file of at most 1.0 MiB, got a FIFO (named pipe)");
    await fs.writeFile(path.join(ws, 'tests/huge'), `A=${'x'.repeat(1024 * 1024)}\n`);
    const huge = await resolveRunOptions({ envFile: 'tests/huge' }, { env: {}, workspace: ws, network: 'none' }).then(
      () => undefined,
      (x: Error) => x,
    );
    expect(String(huge)).toContain("expected containerRunOptions.envFile 'tests/huge' to be a regular file of at most 1.0 MiB, got 1048579 bytes");
  });
});

describe('$VAR in command tests, as CST expands it (Go’s os.Expand)', () => {
  const m = new Map([
    ['PATH', '/bin'],
    ['A', 'a'],
  ]);
  it.each([
    ['$PATH:/x', '/bin:/x'],
    ['${A}b', 'ab'],
    ['$Ab', ''],
    ['$UNSET-', '-'],
    ['$$', ''],
    ['$1x', 'x'],
    ['${}x', 'x'],
    ['${A', 'A'],
    ['$(id -u)', '$(id -u)'],
    ['cost: 5$', 'cost: 5$'],
    ['$ x', '$ x'],
    ['${A}${PATH}', 'a/bin'],
  ])('%s -> %s', (input, want) => expect(expandEnv(input, m)).toBe(want));

  it('globals expand from the image env; the test’s own from the image env with the globals', () => {
    expect(
      testEnv(
        ['PATH=/bin'],
        [
          { key: 'A', value: '1' },
          { key: 'B', value: '$A' },
        ],
        [{ key: 'C', value: '$A$PATH' }],
      ),
    ).toEqual({ A: '1', B: '', C: '1/bin' });
  });

  it('command and args expand from the image env and the globals; the test’s own vars only once setup steps committed them', () => {
    const globals = [{ key: 'G', value: '$PATH:/g' }];
    const own = [{ key: 'WHO', value: 'world' }];
    expect(Object.fromEntries(expansionEnv(['PATH=/bin'], globals, own, false))).toEqual({ PATH: '/bin', G: '/bin:/g' });
    expect(Object.fromEntries(expansionEnv(['PATH=/bin'], globals, own, true))).toEqual({ PATH: '/bin', G: '/bin:/g', WHO: 'world' });
  });
});

describe('what each runtime is asked to do', () => {
  it('buildah runs inside unshare: its own PID namespace always, an empty network unless host was chosen', () => {
    expect(sandboxPrefix('none').slice(0, 7)).toEqual(['unshare', '--pid', '--fork', '--kill-child', '--mount-proc', '--net', '--']);
    expect(sandboxPrefix('host')).toEqual(['unshare', '--pid', '--fork', '--kill-child', '--mount-proc', '--']);
  });

  it('buildah run flags: user, terminal, capabilities (privileged = the bounding set), mounts, env (the test’s own win)', () => {
    const s = {
      ...defaultRunSettings(),
      user: '1001',
      tty: true,
      capAdd: ['SYS_ADMIN'],
      mounts: [{ source: '/h', target: '/c', options: ['ro'] }],
      env: { FOO: 'file', X: '1' },
    };
    expect(buildahRunFlags(s, { FOO: 'test' }, ['CHOWN'])).toEqual([
      '--isolation',
      'chroot',
      '--user',
      '1001',
      '--terminal',
      '--cap-add',
      'CAP_SYS_ADMIN',
      '--volume',
      '/h:/c:ro',
      '--env',
      'FOO=test',
      '--env',
      'X=1',
    ]);
    expect(buildahRunFlags({ ...defaultRunSettings(), privileged: true, capAdd: ['SYS_ADMIN'] }, {}, ['CHOWN', 'SYS_ADMIN'])).toEqual([
      '--isolation',
      'chroot',
      '--cap-add',
      'CAP_CHOWN',
      '--cap-add',
      'CAP_SYS_ADMIN',
    ]);
  });

  it('capabilities the runner does not hold are named, so they are refused instead of failing inside buildah', () => {
    expect(unavailableCapabilities(['SYS_ADMIN', 'SYS_RESOURCE', 'ALL'], ['CHOWN', 'SYS_ADMIN'])).toEqual(['SYS_RESOURCE']);
    expect(unavailableCapabilities([], [])).toEqual([]);
  });

  it('podman/docker run flags', () => {
    const s = {
      ...defaultRunSettings('host'),
      platform: 'linux/arm64',
      privileged: true,
      capAdd: ['SYS_ADMIN'],
      mounts: [{ source: '/h', target: '/c', options: [] }],
    };
    expect(cliRunFlags(s, { A: '1' })).toEqual([
      '--network',
      'host',
      '--platform',
      'linux/arm64',
      '--privileged',
      '--cap-add',
      'SYS_ADMIN',
      '--volume',
      '/h:/c',
      '-e',
      'A=1',
    ]);
  });
});

describe('what a failure shows of a command', () => {
  const token = 'ghp_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8';
  it('output and stderr go through preview.ts: one line, controls visible, secret-looking runs masked, cut short', () => {
    const f = checkCommandResult(
      { name: 't', command: 'x', expectedOutput: ['^ok$'] },
      { code: 3, stdout: `token=${token}\n::error::forged\n${'x'.repeat(1000)}`, stderr: `leaked ${token}\r\u001b[2J` },
    );
    expect(f).toEqual([
      'expected exit code 0, got 3 (stderr: leaked gh******** \\x1b[2J)',
      `expected output to match '^ok$', got: "to******** ::error::forged ${'x'.repeat(300 - 'to******** ::error::forged '.length)}…"`,
    ]);
    expect(f.join('\n')).not.toContain(token.slice(4, 16));
  });
  it('an empty output is shown as empty', () => {
    expect(checkCommandResult({ name: 't', command: 'x', expectedOutput: ['a'] }, { code: 0, stdout: '', stderr: '' })).toEqual([
      `expected output to match 'a', got: ""`,
    ]);
  });
  it('a stopped command says what was expected, what happened and what to do; the deadline is no input', () => {
    expect(timedOutMessage(600_000)).toBe(
      'expected the command to finish within 10 min, got it still running, so test-image stopped it; make it finish sooner, or move slow preparation into setup steps (each step gets 10 min)',
    );
    expect(timedOutMessage(3000)).toMatch(/^expected the command to finish within 3 s, got it still running/);
    expect(timedOutMessage(600_000)).not.toContain('command-timeout');
  });
});
