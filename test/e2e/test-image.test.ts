/**
 * test-image end to end: images built here by buildah from the Dockerfiles
 * in test/fixtures/test-image/context (FROM scratch + the host's busybox),
 * checked through every input kind, with container-structure-test suites
 * whose command tests run in the image without a daemon, and the committed
 * dist/index.js run the way the runner runs it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkImage } from '../../shared/src/compliance/check-image.js';
import { defaultPolicy, loadPolicy } from '../../shared/src/compliance/policy-load.js';
import { run } from '../../shared/src/process.js';
import { inputEnv } from '../../scripts/local/run-bundle.js';
import { startRegistry, type Registry } from '../support/registry.js';
import { writeImage, CLEAN_BASE, type Member } from '../fixtures/test-image/oci-image.js';
import type { LoadedPolicy } from '../../shared/src/compliance/policy-types.js';
import { arm64Busybox, requireArm64Emulation } from '../support/foreign-arch.js';

const REPO = process.cwd();
const FIXTURES = path.join(REPO, 'test/fixtures/test-image');
const DIST = path.join(REPO, 'test-image/dist/index.js');
const MULTITOOL = path.join(REPO, 'node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool');

let tmp: string;
let storage: string[];
const images: Record<string, string> = {};

async function buildah(args: string[]): Promise<string> {
  const r = await run('buildah', [...storage, ...args]);
  if (r.code !== 0) throw new Error(`buildah ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

/** Build a fixture Dockerfile; docker format keeps HEALTHCHECK, so it is saved as a docker-archive. */
async function build(name: string, opts: { layers?: boolean } = {}): Promise<void> {
  await buildah([
    'bud',
    '--isolation',
    'chroot',
    '--format',
    'docker',
    ...(opts.layers === true ? ['--layers'] : []),
    '-f',
    path.join(tmp, 'ctx', `${name}.Dockerfile`),
    '-t',
    name,
    path.join(tmp, 'ctx'),
  ]);
  const archive = path.join(tmp, `${name}.tar`);
  await buildah(['push', name, `docker-archive:${archive}:${name}:latest`]);
  images[name] = `docker-archive:${archive}`;
  await buildah(['push', name, `oci:${path.join(tmp, `${name}-layout`)}:${name}`]);
  images[`${name}-layout`] = path.join(tmp, `${name}-layout`);
}

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'test-image-e2e-'));
  storage = ['--root', path.join(tmp, 'storage'), '--runroot', path.join(tmp, 'run'), '--storage-driver', 'vfs'];
  await fs.cp(path.join(FIXTURES, 'context'), path.join(tmp, 'ctx'), { recursive: true });
  await fs.copyFile('/bin/busybox', path.join(tmp, 'ctx', 'busybox'));
  await fs.chmod(path.join(tmp, 'ctx', 'busybox'), 0o755);
  for (const name of ['clean', 'root-user', 'no-healthcheck']) await build(name);
  await build('layers', { layers: true });
}, 300_000);

afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

const ids = (fs_: { ruleId: string }[]): string[] => fs_.map((f) => f.ruleId);

describe('images built by buildah', () => {
  it('the clean image passes every rule', async () => {
    const r = await checkImage({ image: images.clean as string, policy: defaultPolicy() });
    expect(r.findings).toEqual([]);
    expect(r.image.platform).toBe('linux/amd64');
  });

  it('USER 0:0 fails CIS 4.1 only, pointing at the USER line', async () => {
    const r = await checkImage({ image: images['root-user'] as string, policy: defaultPolicy() });
    expect(ids(r.findings)).toEqual(['CIS-4.1']);
    expect(r.findings[0]?.got).toBe('USER 0:0 (uid 0 is root, whatever the group)');
  });

  it('HEALTHCHECK NONE fails CIS 4.6 only', async () => {
    const r = await checkImage({ image: images['no-healthcheck'] as string, policy: defaultPolicy() });
    expect(ids(r.findings)).toEqual(['CIS-4.6']);
    expect(r.findings[0]?.got).toBe('HEALTHCHECK NONE');
  });

  it('the OCI format drops HEALTHCHECK, and the finding says why', async () => {
    const r = await checkImage({ image: images['clean-layout'] as string, policy: defaultPolicy() });
    expect(ids(r.findings)).toEqual(['CIS-4.6']);
    expect(r.findings[0]?.got).toContain('the OCI image format drops it');
  });

  it('whiteouts: deleted files and refilled folders are gone; a link climbing above the root is reported and clamped at the root, never followed out', async () => {
    const policy = await loadPolicy(path.join(FIXTURES, 'policies/pass.yml'));
    // Through the link (as CST, a test of the link itself sees the link: /home-evil exists, as a link).
    policy.policy = { schemaVersion: '2.0.0', fileExistenceTests: [{ name: 'evil link', path: '/home-evil/x' }] };
    const r = await checkImage({ image: images.layers as string, policy });
    const fsix = r.view.fs;
    expect(fsix.has('/data/a')).toBe(false);
    expect(fsix.has('/data/b')).toBe(true);
    expect(fsix.has('/opq/old')).toBe(false);
    expect(fsix.has('/opq/new')).toBe(true);
    expect(r.image.layers).toBe(7);
    expect(ids(r.findings)).toEqual(['IMG-LINK-ESCAPE', 'CST-file-existence']);
    expect(r.findings[0]?.subject).toEqual({ kind: 'file', path: '/home-evil', layer: 6 });
    // /home-evil -> ../../../../etc/shadow is /etc/shadow inside the container (a file, so /home-evil/x is not there).
    expect(r.tests[0]?.failures).toEqual(['expected /home-evil/x to exist, got nothing there']);
  });
});

describe('container-structure-test suites', () => {
  it('a suite covering every field passes on the clean image, command tests run by buildah without a daemon', async () => {
    const r = await checkImage({ image: images.clean as string, policy: await loadPolicy(path.join(FIXTURES, 'policies/pass.yml'), 'pass.yml') });
    expect(r.tests.filter((t) => !t.passed)).toEqual([]);
    expect(r.tests.map((t) => t.kind)).toEqual([
      'fileExistence',
      'fileExistence',
      'fileExistence',
      'fileExistence',
      'fileExistence',
      'fileContent',
      'metadata',
      'license',
      'command',
      'command',
      'command',
    ]);
    expect(r.findings).toEqual([]);
  }, 120_000);

  it('a suite written to fail fails each test, with the reason and the test’s line', async () => {
    const r = await checkImage({ image: images.clean as string, policy: await loadPolicy(path.join(FIXTURES, 'policies/fail.yml'), 'fail.yml') });
    const failed = r.tests.filter((t) => !t.passed);
    expect(failed.map((t) => t.name)).toEqual([
      'wrong uid',
      'wrong gid',
      'wrong permissions',
      'should not exist',
      'wrong content',
      'Metadata Test',
      'wrong output',
      'wrong exit code',
      'unwanted stderr',
      'failing setup',
    ]);
    expect(r.tests).toHaveLength(failed.length);
    const byName = new Map(r.tests.map((t) => [t.name, t]));
    expect(byName.get('wrong uid')?.failures).toEqual(['/home/app: expected uid 0, got 1000']);
    expect(byName.get('wrong gid')?.failures).toEqual(['/bin/busybox: expected gid 1000, got 0']);
    expect(byName.get('wrong permissions')?.failures).toEqual(['/bin/busybox: expected permissions -rwsr-xr-x, got -rwxr-xr-x']);
    expect(byName.get('wrong exit code')?.failures[0]).toMatch(/^expected exit code 0, got 1/);
    // Output is shown through preview.ts: one line, so the trailing newline is not part of it.
    expect(byName.get('unwanted stderr')?.failures).toEqual(['expected error not to match \'boom\', got: "boom"']);
    expect(byName.get('failing setup')?.failures[0]).toMatch(/^setup step 1 .* exited 7/);
    expect(byName.get('wrong output')?.line).toBe(4);
    expect(r.findings.every((f) => f.ruleId.startsWith('CST-') && f.severity === 'error')).toBe(true);
  }, 120_000);
});

describe('a multi-platform image: every test reads the selected platform', () => {
  let layout: string;
  beforeAll(async () => {
    await requireArm64Emulation();
    // build-image's multi-platform fixture: RUN uname -m > /arch, each platform under its own busybox (qemu for arm64).
    const ctx = path.join(tmp, 'multiarch-ctx');
    await fs.cp(path.join(REPO, 'test/fixtures/build/multiarch'), ctx, { recursive: true });
    await fs.copyFile('/bin/busybox', path.join(ctx, 'busybox-amd64'));
    await fs.copyFile(await arm64Busybox(), path.join(ctx, 'busybox-arm64'));
    await buildah([
      'bud',
      '--isolation',
      'chroot',
      '--platform',
      'linux/amd64,linux/arm64',
      '--manifest',
      'multiarch',
      '-f',
      path.join(ctx, 'Dockerfile'),
      ctx,
    ]);
    layout = path.join(tmp, 'multiarch-layout');
    await buildah(['manifest', 'push', '--all', 'multiarch', `oci:${layout}:multiarch`]);
  }, 300_000);

  const archPolicy = (arch: string, other: string): LoadedPolicy => ({
    policy: {
      schemaVersion: '2.0.0',
      fileContentTests: [{ name: 'arch file', path: '/arch', expectedContents: [`^${arch}\n$`] }],
      commandTests: [{ name: 'uname', command: '/bin/busybox', args: ['uname', '-m'], expectedOutput: [`^${arch}\n$`], excludedOutput: [other] }],
      compliance: { packs: [] },
    },
    lineOf: () => undefined,
    machineImage: undefined,
  });

  it('platform linux/arm64: the file test reads aarch64 in /arch and uname -m in a command test prints aarch64', async () => {
    const r = await checkImage({ image: layout, policy: archPolicy('aarch64', 'x86_64'), platform: 'linux/arm64' });
    expect(r.image.platform).toBe('linux/arm64');
    expect(r.tests.map((t) => [t.kind, t.passed, t.failures])).toEqual([
      ['fileContent', true, []],
      ['command', true, []],
    ]);
  }, 120_000);

  it('no platform: the runner’s (linux/amd64), for the file and the command alike', async () => {
    const r = await checkImage({ image: layout, policy: archPolicy('x86_64', 'aarch64') });
    expect(r.image.platform).toBe('linux/amd64');
    expect(r.tests.map((t) => [t.kind, t.passed, t.failures])).toEqual([
      ['fileContent', true, []],
      ['command', true, []],
    ]);
  }, 120_000);

  it('a platform the image lacks is refused, naming the ones it has', async () => {
    await expect(checkImage({ image: layout, policy: archPolicy('riscv64', 'x86_64'), platform: 'linux/riscv64' })).rejects.toThrow(
      /the image has no linux\/riscv64 variant\. It has: (linux\/arm64, linux\/amd64|linux\/amd64, linux\/arm64)\./,
    );
  });
});

describe('image inputs', () => {
  let registry: Registry;
  beforeAll(async () => {
    registry = await startRegistry();
  });
  afterAll(async () => {
    await registry.stop();
  });

  it('layout, oci-archive, docker-archive and registry reference give the same view', async () => {
    const ociArchive = path.join(tmp, 'root-user-oci.tar');
    let r = await run('skopeo', ['copy', '--quiet', `oci:${images['root-user-layout']}:root-user`, `oci-archive:${ociArchive}`]);
    expect(r.stderr).toBe('');
    r = await run('skopeo', [
      'copy',
      '--quiet',
      '--dest-tls-verify=false',
      `oci:${images['root-user-layout']}:root-user`,
      `docker://${registry.host}/e2e/root-user:v1`,
    ]);
    expect(r.code).toBe(0);
    const results = [];
    for (const image of [
      images['root-user-layout'] as string,
      `oci-archive:${ociArchive}`,
      images['root-user'] as string,
      `${registry.host}/e2e/root-user:v1`,
    ]) {
      const c = await checkImage({ image, policy: defaultPolicy(), rules: ['CIS-4.1', 'IMG-SUDO'] });
      results.push({ findings: ids(c.findings), files: c.image.files });
    }
    expect(results.map((x) => x.findings)).toEqual([['CIS-4.1'], ['CIS-4.1'], ['CIS-4.1'], ['CIS-4.1']]);
    expect(new Set(results.map((x) => x.files)).size).toBe(1);
  }, 120_000);
});

/** The GitHub Checks API, as much of it as test-image uses: create and update, recorded. */
function checksEmulator(): Promise<{
  url: string;
  calls: { method: string; path: string; body: { output?: { annotations?: unknown[] } } }[];
  close: () => Promise<void>;
}> {
  const calls: { method: string; path: string; body: { output?: { annotations?: unknown[] } } }[] = [];
  const server = http.createServer((req, res) => {
    let data = '';
    req.on('data', (c: Buffer) => (data += c.toString()));
    req.on('end', () => {
      calls.push({ method: req.method ?? '', path: req.url ?? '', body: data === '' ? {} : (JSON.parse(data) as { output?: { annotations?: unknown[] } }) });
      if (req.headers.authorization !== 'token ghs_e2e') {
        res.writeHead(401, { 'content-type': 'application/json' }).end('{"message":"Bad credentials"}');
        return;
      }
      res.writeHead(req.method === 'POST' ? 201 : 200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: 42 }));
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${port}`, calls, close: () => new Promise((r) => server.close(() => r())) });
    }),
  );
}

async function runDist(ws: string, inputs: Record<string, string>, extraEnv: Record<string, string> = {}) {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/root',
    GITHUB_WORKSPACE: ws,
    RUNNER_TEMP: path.join(ws, 'rt'),
    GITHUB_OUTPUT: path.join(ws, 'output'),
    GITHUB_STEP_SUMMARY: path.join(ws, 'summary.md'),
    ...extraEnv,
    ...inputEnv(inputs),
  };
  // Asynchronous, so emulators served by this process keep answering while the action runs.
  return run(process.execPath, [DIST], { cwd: ws, env });
}

async function outputs(ws: string): Promise<Record<string, string>> {
  const text = await fs.readFile(path.join(ws, 'output'), 'utf8');
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^(\S+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) out[m[1] as string] = m[3] as string;
  return out;
}

async function workspace(name: string, dockerfile: string): Promise<string> {
  const ws = path.join(tmp, name);
  await fs.mkdir(ws, { recursive: true });
  await fs.writeFile(path.join(ws, 'output'), '');
  await fs.writeFile(path.join(ws, 'summary.md'), '');
  await fs.copyFile(path.join(FIXTURES, 'context', dockerfile), path.join(ws, 'Dockerfile'));
  await fs.copyFile(path.join(FIXTURES, 'policies/pass.yml'), path.join(ws, 'image-policy.yml'));
  return ws;
}

describe('the action as the runner runs it (dist/index.js)', () => {
  it('passes the clean image with the full suite and writes every report', async () => {
    const ws = await workspace('ws-clean', 'clean.Dockerfile');
    const r = await runDist(ws, { image: images.clean as string, policy: 'image-policy.yml', 'fail-on': 'warning' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = await outputs(ws);
    expect(out).toMatchObject({ result: 'passed', findings: '0' });
    const report = JSON.parse(await fs.readFile(out.report as string, 'utf8')) as { counts: { tests: number; testsFailed: number } };
    expect(report.counts).toMatchObject({ tests: 11, testsFailed: 0 });
    expect(await fs.readFile(path.join(ws, 'summary.md'), 'utf8')).toContain('## test-image: ✅ passed');
  }, 180_000);

  it('fails a root image with an annotation at the Dockerfile line, valid SARIF and parseable JUnit', async () => {
    const ws = await workspace('ws-root', 'root-user.Dockerfile');
    await fs.writeFile(path.join(ws, 'image-policy.yml'), "schemaVersion: '2.0.0'\nfileExistenceTests:\n  - name: curl\n    path: /usr/bin/curl\n");
    const r = await runDist(ws, { image: images['root-user'] as string, policy: 'image-policy.yml', sarif: 'out/results.sarif', junit: 'out/junit.xml' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error title=CIS-4.1,file=Dockerfile,line=7::config User: expected a non-root user that exists in /etc/passwd, got USER 0:0');
    expect(r.stdout).toContain('::error title=CST-file-existence,file=image-policy.yml,line=3::');
    const out = await outputs(ws);
    expect(out).toMatchObject({ result: 'failed', findings: '2', sarif: 'out/results.sarif', junit: 'out/junit.xml' });
    const sarifPath = path.join(ws, 'out/results.sarif');
    const v = spawnSync(MULTITOOL, ['validate', '--rule-kind', 'Gh;Sarif', '--output', path.join(ws, 'validation.sarif'), sarifPath], {
      encoding: 'utf8',
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
    });
    expect(v.stdout).not.toMatch(/: error /);
    expect(v.status).toBe(0);
    const validation = JSON.parse(await fs.readFile(path.join(ws, 'validation.sarif'), 'utf8')) as { runs: { results?: { level?: string }[] }[] };
    expect((validation.runs[0]?.results ?? []).filter((x) => x.level === 'error')).toEqual([]);
    const junit = spawnSync(
      'python3',
      [
        '-c',
        'import sys,xml.etree.ElementTree as E; r=E.parse(sys.argv[1]).getroot(); print(r.tag, r.get("tests"), r.get("failures"))',
        path.join(ws, 'out/junit.xml'),
      ],
      { encoding: 'utf8' },
    );
    expect(junit.stderr).toBe('');
    expect(junit.stdout.trim()).toMatch(/^testsuites \d+ 2$/);
  }, 180_000);

  it('command-network: host is reported in the log and the job summary; the default sandbox says nothing', async () => {
    const ws = await workspace('ws-network', 'clean.Dockerfile');
    const notice = "Command tests ran with the runner's network (command-network: host): they could reach every service the runner reaches, loopback included.";
    const host = await runDist(ws, { image: images.clean as string, policy: 'image-policy.yml', 'command-network': 'host' });
    expect(host.code).toBe(0);
    expect(host.stdout).toContain(`  ${notice}`);
    // The summary escapes markdown (parentheses and all); read it back unescaped.
    expect((await fs.readFile(path.join(ws, 'summary.md'), 'utf8')).replace(/\\(.)/g, '$1')).toContain(`> ${notice}`);
    await fs.writeFile(path.join(ws, 'summary.md'), '');
    const none = await runDist(ws, { image: images.clean as string, policy: 'image-policy.yml' });
    expect(none.code).toBe(0);
    expect(none.stdout).not.toContain('command-network: host');
    expect(await fs.readFile(path.join(ws, 'summary.md'), 'utf8')).not.toContain('command-network');
    const bad = await runDist(ws, { image: images.clean as string, policy: 'image-policy.yml', 'command-network': 'bridge' });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain("input 'command-network' is 'bridge', which is not one of none, host");
  }, 180_000);

  it('a policy with an unknown field fails with an annotation at its file and line', async () => {
    const ws = await workspace('ws-badpolicy', 'clean.Dockerfile');
    await fs.writeFile(path.join(ws, 'image-policy.yml'), "schemaVersion: '2.0.0'\nfileExistenceTests:\n  - name: a\n    path: /x\n    owner: 0\n");
    const r = await runDist(ws, { image: images.clean as string, policy: 'image-policy.yml' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("::error title=test-image%3A policy,file=image-policy.yml,line=5::unknown field 'owner' in fileExistenceTests[0]");
  });

  it('with github-token, sends every annotation to a check run, 50 per request', async () => {
    const many: Member[] = Array.from({ length: 60 }, (_, i) => ({ path: `opt/tool${i}`, content: 'x', mode: 0o4755 }));
    const layout = await writeImage(path.join(tmp, 'setuid-60'), { layers: [CLEAN_BASE, many] });
    const ws = await workspace('ws-checks', 'clean.Dockerfile');
    const api = await checksEmulator();
    try {
      const r = await runDist(
        ws,
        { image: layout, 'github-token': 'ghs_e2e', 'fail-on': 'never' },
        { GITHUB_REPOSITORY: 'acme/app', GITHUB_SHA: 'a'.repeat(40), GITHUB_API_URL: api.url },
      );
      expect(r.code).toBe(0);
      // The token is only ever sent to the runner to be masked.
      expect(r.stdout.split('\n').filter((l) => l.includes('ghs_e2e'))).toEqual(['::add-mask::ghs_e2e']);
      expect(api.calls.map((c) => `${c.method} ${c.path} ${c.body.output?.annotations?.length}`)).toEqual([
        'POST /repos/acme/app/check-runs 50',
        'PATCH /repos/acme/app/check-runs/42 10',
      ]);
    } finally {
      await api.close();
    }
  }, 120_000);
});
