/**
 * A registry that accepts connections and never answers must not hang a
 * build for ever (issue 14's open item): real buildah, a FROM on a loopback
 * "registry" that accepts and stays silent, stall-timeout 3s. The step fails
 * with the stall error naming the input, in seconds, and leaves no builder
 * process behind. Without the watch this test hangs until jest's timeout.
 */
import * as fs from 'node:fs/promises';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { getInputs } from '../../build-image/src/context.js';
import { buildImage } from '../../shared/src/builders/build.js';
import { podmanRunroot } from '../../shared/src/builders/podman.js';
import { storageLocation } from '../../shared/src/builders/storage.js';
import { PipelineError } from '../../shared/src/errors.js';
import { inputEnv } from '../../scripts/local/run-bundle.js';

let work: string;
let silent: net.Server;
const sockets: net.Socket[] = [];
let port: number;

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'build-stall-'));
  silent = net.createServer((s) => {
    sockets.push(s);
    s.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  port = (silent.address() as net.AddressInfo).port;
});

afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((r) => silent.close(r));
  await fs.rm(work, { recursive: true, force: true });
});

/** One build of `FROM <the silent registry>/team/base:<tag>` by `builder` through build-image's inputs, stall-timeout 3s. */
async function stalledBuild(builder: 'buildah' | 'podman', name: string, tag: number) {
  const ctx = path.join(work, `app${name}`);
  await fs.mkdir(ctx);
  await fs.writeFile(path.join(ctx, 'Dockerfile'), `FROM 127.0.0.1:${port}/team/base:${tag}\nRUN true\n`);
  const runnerTemp = path.join(work, `runner${name}`);
  await fs.mkdir(runnerTemp);
  const env = {
    ...process.env,
    RUNNER_TEMP: runnerTemp,
    GITHUB_WORKSPACE: work,
    STORAGE_DRIVER: 'vfs',
    ...inputEnv({ context: ctx, builder, output: path.join(work, `layout${name}`), tags: 'e2e', provenance: 'false', 'stall-timeout': '3s' }),
  };
  const inputs = getInputs(env);
  if (inputs.kind !== 'container') throw new Error('expected a container build');
  const { kind: _k, 'build-args': buildArgs, provenance: _p, publicBuildArgs: _b, ...rest } = inputs;
  const lines: string[] = [];
  const log = { info: (l: string) => lines.push(l), debug: (l: string) => lines.push(l), warning: (l: string) => lines.push(l) };
  const started = Date.now();
  const error = await buildImage({ ...rest, buildArgs }, { log }).catch((x: unknown) => x);
  return { error, took: Date.now() - started, lines, env, runnerTemp, limits: inputs.limits };
}

test('a base image registry that never answers: the build stops after stall-timeout with an error saying so, nothing left running', async () => {
  const { error: e, took, limits, runnerTemp } = await stalledBuild('buildah', '', 1);
  expect(limits).toEqual({ stallMs: 3000 });
  expect(e).toBeInstanceOf(PipelineError);
  expect((e as PipelineError).input).toBe('stall-timeout');
  expect((e as PipelineError).message).toMatch(
    /buildah made no progress for \d+ s .*Its last line: '.*127\.0\.0\.1:\d+\/team\/base.*'\. A registry it reaches/,
  );
  // The connection was made (buildah was waiting on it), and the stop came in seconds, not at jest's timeout.
  expect(sockets.length).toBeGreaterThan(0);
  expect(took).toBeLessThan(60_000);
  // No buildah of this build survives (its storage is under this test's RUNNER_TEMP).
  const ps = execFileSync('ps', ['-eo', 'args']).toString();
  expect(ps.split('\n').filter((l) => l.includes(runnerTemp))).toEqual([]);
}, 120_000);

test("podman stopped the same way: nothing left running, and podman's runroot outside RUNNER_TEMP is removed too", async () => {
  const { error: e, lines, env, runnerTemp } = await stalledBuild('podman', '-podman', 2);
  expect(e).toBeInstanceOf(PipelineError);
  expect((e as PipelineError).input).toBe('stall-timeout');
  expect((e as PipelineError).message).toMatch(/podman made no progress for \d+ s /);
  const runroot = podmanRunroot(storageLocation(env, 'podman').root);
  // podman ran with it (its argv is in the debug log), and it is gone now.
  expect(lines.some((l) => l.startsWith('podman ') && l.includes(`--runroot ${runroot} `))).toBe(true);
  expect(existsSync(runroot)).toBe(false);
  const ps = execFileSync('ps', ['-eo', 'args']).toString();
  expect(ps.split('\n').filter((l) => l.includes(runnerTemp))).toEqual([]);
}, 120_000);
