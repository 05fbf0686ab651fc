/**
 * container-structure-test commandTests: for each test a fresh container,
 * its setup commands, the command, then teardown; exit code, stdout and
 * stderr checked against the test's expectations.
 */
import type { TestOutcome } from '../finding.js';
import type { CommandTest, EnvVar } from '../policy-types.js';
import { compileRegex } from '../regex.js';
import type { ContainerRuntime } from './container-runtime.js';

/** `$VAR` and `${VAR}` expanded from the image env and the vars set before (as CST does with os.ExpandEnv). */
export function expandEnv(value: string, env: ReadonlyMap<string, string>): string {
  return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_m, a: string | undefined, b: string | undefined) => env.get(a ?? b ?? '') ?? '');
}

export function testEnv(imageEnv: readonly string[], global: readonly EnvVar[], own: readonly EnvVar[]): Record<string, string> {
  const env = new Map(imageEnv.map((e) => [e.slice(0, Math.max(0, e.indexOf('='))), e.slice(e.indexOf('=') + 1)] as [string, string]));
  const out: Record<string, string> = {};
  for (const v of [...global, ...own]) {
    const value = expandEnv(v.value, env);
    env.set(v.key, value);
    out[v.key] = value;
  }
  return out;
}

/** The checks of one command test against its result (pure). */
export function checkCommandResult(t: CommandTest, r: { code: number; stdout: string; stderr: string }): string[] {
  const failures: string[] = [];
  const want = t.exitCode ?? 0;
  if (r.code !== want) failures.push(`expected exit code ${want}, got ${r.code}${r.stderr.trim() !== '' ? ` (stderr: ${r.stderr.trim().slice(0, 200)})` : ''}`);
  const check = (list: string[] | undefined, text: string, what: string, present: boolean): void => {
    for (const re of list ?? []) {
      const c = compileRegex(re);
      const hit = c.ok && c.value.test(text);
      if (hit !== present) failures.push(`expected ${what} ${present ? 'to match' : 'not to match'} '${re}', got: ${JSON.stringify(text.slice(0, 300))}`);
    }
  };
  check(t.expectedOutput, r.stdout, 'output', true);
  check(t.excludedOutput, r.stdout, 'output', false);
  check(t.expectedError, r.stderr, 'error', true);
  check(t.excludedError, r.stderr, 'error', false);
  return failures;
}

export async function runCommandTest(runtime: ContainerRuntime, t: CommandTest, env: Record<string, string>, line?: number): Promise<TestOutcome> {
  const t0 = performance.now();
  const done = (failures: string[]): TestOutcome => {
    const out: TestOutcome = { kind: 'command', name: t.name, passed: failures.length === 0, failures, durationMs: performance.now() - t0 };
    if (line !== undefined) out.line = line;
    return out;
  };
  if (runtime.name !== 'buildah' && ((t.setup?.length ?? 0) > 0 || (t.teardown?.length ?? 0) > 0)) {
    return done([`setup/teardown need buildah; ${runtime.name} runs each command in a new container`]);
  }
  const c = await runtime.create();
  try {
    for (const [i, step] of (t.setup ?? []).entries()) {
      const r = await c.exec({ command: step, env });
      if (r.code !== 0) return done([`setup step ${i + 1} (${step.join(' ')}) exited ${r.code}: ${r.stderr.trim().slice(0, 200)}`]);
    }
    const r = await c.exec({ command: [t.command, ...(t.args ?? [])], env });
    const failures = checkCommandResult(t, r);
    for (const [i, step] of (t.teardown ?? []).entries()) {
      const tr = await c.exec({ command: step, env });
      if (tr.code !== 0) failures.push(`teardown step ${i + 1} (${step.join(' ')}) exited ${tr.code}`);
    }
    return done(failures);
  } finally {
    await c.remove();
  }
}
