/**
 * container-structure-test commandTests: for each test a fresh container,
 * its setup commands, the command, then teardown; exit code, stdout and
 * stderr checked against the test's expectations.
 */
import type { TestOutcome } from '../finding.js';
import type { CommandTest, EnvVar } from '../policy-types.js';
import { preview } from '../../preview.js';
import { compilePolicyRegex } from './regex-engine.js';
import type { Container, ContainerRuntime } from './container-runtime.js';
import { envMapOf, goExpand, withGlobalEnv } from './go-expand.js';

/**
 * `$VAR` and `${VAR}` expanded exactly as Go's os.Expand does (CST calls it on
 * env values and on a command test's command and args): the one port in
 * go-expand.ts, over a map.
 */
export function expandEnv(value: string, env: ReadonlyMap<string, string>): string {
  return goExpand(value, (name) => env.get(name));
}

/**
 * The variables a command test sets. As CST: globalEnvVars are expanded from
 * the image's env (SetEnv), the test's own from the image's env with the
 * globals applied (CST's README documents substitution for both; its docker
 * driver applies it to the test's own only for setup steps).
 */
export function testEnv(imageEnv: readonly string[], global: readonly EnvVar[], own: readonly EnvVar[]): Record<string, string> {
  const withGlobals = withGlobalEnv(envMapOf(imageEnv), global);
  const out: Record<string, string> = {};
  for (const v of global) out[v.key] = withGlobals.get(v.key) as string;
  for (const v of own) out[v.key] = expandEnv(v.value, withGlobals);
  return out;
}

/**
 * The env `$VAR` in a command and its args expand from. CST expands them from
 * the config of the image the command runs in: the image's env with the
 * globalEnvVars committed, and (only when the test has setup steps, which
 * commit a container that had them) the test's own envVars.
 */
export function expansionEnv(imageEnv: readonly string[], global: readonly EnvVar[], own: readonly EnvVar[], hasSetup: boolean): Map<string, string> {
  const withGlobals = withGlobalEnv(envMapOf(imageEnv), global);
  if (!hasSetup) return withGlobals;
  const out = new Map(withGlobals);
  for (const v of own) out.set(v.key, expandEnv(v.value, withGlobals));
  return out;
}

/**
 * What a failure shows of a command's output: the image's output is untrusted
 * (it may print a variable it was given, or forge workflow commands), so it
 * goes through preview.ts like every other untrusted text: one line, control
 * characters visible, secret-looking runs masked, cut short.
 */
const outputPreview = (text: string, max: number): string => preview(text, { max });

/** The checks of one command test against its result (pure). */
export function checkCommandResult(t: CommandTest, r: { code: number; stdout: string; stderr: string }): string[] {
  const failures: string[] = [];
  const want = t.exitCode ?? 0;
  if (r.code !== want) failures.push(`expected exit code ${want}, got ${r.code}${r.stderr.trim() !== '' ? ` (stderr: ${outputPreview(r.stderr, 200)})` : ''}`);
  const check = (list: string[] | undefined, text: string, what: string, present: boolean): void => {
    for (const re of list ?? []) {
      const c = compilePolicyRegex(re);
      const hit = c.ok && c.value.test(text);
      if (hit !== present) failures.push(`expected ${what} ${present ? 'to match' : 'not to match'} '${re}', got: ${JSON.stringify(outputPreview(text, 300))}`);
    }
  };
  check(t.expectedOutput, r.stdout, 'output', true);
  check(t.excludedOutput, r.stdout, 'output', false);
  check(t.expectedError, r.stderr, 'error', true);
  check(t.excludedError, r.stderr, 'error', false);
  return failures;
}

/**
 * One command test; `expansion` is the env `$VAR` in its command and args expand from (see expansionEnv).
 * `container`: one the caller created ahead from `runtime` (while the test before ran), used and removed here
 * as one this test creates itself.
 */
export async function runCommandTest(
  runtime: ContainerRuntime,
  t: CommandTest,
  env: Record<string, string>,
  line?: number,
  expansion: ReadonlyMap<string, string> = new Map(),
  container?: Promise<Container>,
): Promise<TestOutcome> {
  const t0 = performance.now();
  const done = (failures: string[]): TestOutcome => {
    const out: TestOutcome = { kind: 'command', name: t.name, passed: failures.length === 0, failures, durationMs: performance.now() - t0 };
    if (line !== undefined) out.line = line;
    return out;
  };
  if (runtime.name !== 'buildah' && ((t.setup?.length ?? 0) > 0 || (t.teardown?.length ?? 0) > 0)) {
    await container?.then(
      (c) => c.remove(),
      () => undefined,
    );
    return done([`setup/teardown need buildah; ${runtime.name} runs each command in a new container`]);
  }
  const c = await (container ?? runtime.create());
  try {
    for (const [i, step] of (t.setup ?? []).entries()) {
      const r = await c.exec({ command: step, env });
      if (r.code !== 0) return done([`setup step ${i + 1} (${step.join(' ')}) exited ${r.code}: ${outputPreview(r.stderr, 200)}`]);
    }
    const r = await c.exec({ command: [t.command, ...(t.args ?? [])].map((a) => expandEnv(a, expansion)), env });
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
