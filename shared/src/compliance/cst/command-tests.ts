/**
 * container-structure-test commandTests: for each test a fresh container,
 * its setup commands, the command, then teardown; exit code, stdout and
 * stderr checked against the test's expectations.
 */
import type { TestOutcome } from '../finding.js';
import type { CommandTest, EnvVar } from '../policy-types.js';
import { compileRegex } from '../regex.js';
import type { ContainerRuntime } from './container-runtime.js';

/** Go's os.Expand shell-name rules: `*#$@!?-` and digits are one-character names. */
const isSpecial = (c: string): boolean => '*#$@!?-0123456789'.includes(c);
const isAlnum = (c: string): boolean => /^[A-Za-z0-9_]$/.test(c);

/** The name after a `$` and how many characters it took (Go's getShellName); '' with w > 0 is bad syntax, eaten. */
function shellName(s: string): [string, number] {
  if (s[0] === '{') {
    if (s.length > 2 && isSpecial(s[1] as string) && s[2] === '}') return [s.slice(1, 2), 3];
    for (let i = 1; i < s.length; i++) {
      if (s[i] === '}') return i === 1 ? ['', 2] : [s.slice(1, i), i + 1];
    }
    return ['', 1];
  }
  if (isSpecial(s[0] as string)) return [s.slice(0, 1), 1];
  let i = 0;
  while (i < s.length && isAlnum(s[i] as string)) i++;
  return [s.slice(0, i), i];
}

/**
 * `$VAR` and `${VAR}` expanded exactly as Go's os.Expand does (CST calls it on
 * env values and on a command test's command and args): unknown names become
 * empty, `$$` is the variable `$` (empty), `${}` is dropped, and a `$` before
 * anything else is kept.
 */
export function expandEnv(value: string, env: ReadonlyMap<string, string>): string {
  let out = '';
  let i = 0;
  for (let j = 0; j < value.length; j++) {
    if (value[j] !== '$' || j + 1 >= value.length) continue;
    out += value.slice(i, j);
    const [name, w] = shellName(value.slice(j + 1));
    if (name === '' && w > 0) {
      // bad syntax: eaten
    } else if (name === '') out += '$';
    else out += env.get(name) ?? '';
    j += w;
    i = j + 1;
  }
  return out + value.slice(i);
}

const envMap = (imageEnv: readonly string[]): Map<string, string> => new Map(imageEnv.map((e) => [e.slice(0, Math.max(0, e.indexOf('='))), e.slice(e.indexOf('=') + 1)] as [string, string]));

/**
 * The variables a command test sets. As CST: globalEnvVars are expanded from
 * the image's env (SetEnv), the test's own from the image's env with the
 * globals applied (CST's README documents substitution for both; its docker
 * driver applies it to the test's own only for setup steps).
 */
export function testEnv(imageEnv: readonly string[], global: readonly EnvVar[], own: readonly EnvVar[]): Record<string, string> {
  const image = envMap(imageEnv);
  const out: Record<string, string> = {};
  for (const v of global) out[v.key] = expandEnv(v.value, image);
  const withGlobals = new Map([...image, ...Object.entries(out)]);
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
  const image = envMap(imageEnv);
  const withGlobals = new Map(image);
  for (const v of global) withGlobals.set(v.key, expandEnv(v.value, image));
  if (!hasSetup) return withGlobals;
  const out = new Map(withGlobals);
  for (const v of own) out.set(v.key, expandEnv(v.value, withGlobals));
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

/** One command test; `expansion` is the env `$VAR` in its command and args expand from (see expansionEnv). */
export async function runCommandTest(runtime: ContainerRuntime, t: CommandTest, env: Record<string, string>, line?: number, expansion: ReadonlyMap<string, string> = new Map()): Promise<TestOutcome> {
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
