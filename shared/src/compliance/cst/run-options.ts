/**
 * container-structure-test's `containerRunOptions`, turned into what the
 * container runtime applies to every command test. CST hands them to Docker
 * (pkg/drivers/docker_driver.go); we honour each one the way Docker does, or
 * refuse it with the reason — never accept and ignore.
 *
 * The parsers here are pure; `resolveRunOptions` does the two reads they need
 * (the env file, confined to the workspace, and the step's environment).
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { PipelineError } from '../../errors.js';
import { ALLOW_OUTSIDE_INPUT, confinePath } from '../../action/workspace-path.js';
import { preview } from '../../preview.js';
import { readBoundedFile } from '../../read-bounded-file.js';
import { err, ok, type Result } from '../../result.js';
import type { ContainerRunOptions } from '../policy-types.js';

/** Where command tests may reach: `none` (their own empty network namespace) or the runner's network. */
export type CommandNetwork = 'none' | 'host';
export const COMMAND_NETWORKS: readonly CommandNetwork[] = ['none', 'host'];

/**
 * Whether the policy may add privileges to command tests: `none` (default;
 * a policy asking for `privileged` or `capabilities` is refused) or `policy`
 * (what the policy asks for is granted, and reported). A step input, not a
 * policy field: the policy file is what a pull request edits, and
 * `privileged` under chroot isolation hands the runner's whole bounding set
 * (CAP_SYS_ADMIN included) to the image, root on the runner. The workflow
 * file is where a reviewer expects that decision.
 */
export type CommandPrivileges = 'none' | 'policy';
export const COMMAND_PRIVILEGES: readonly CommandPrivileges[] = ['none', 'policy'];
export const PRIVILEGES_INPUT = 'command-privileges';

/**
 * Variables envVars (and $VAR in an envFile) may not take from the step:
 * the runner's own credentials, which a policy, edited by whoever can open a
 * pull request, must not hand to the image under test (its output reaches
 * the log). GITHUB_TOKEN is the job's token when a workflow exports it;
 * ACTIONS_* are the runner's runtime, cache, results and OIDC tokens and
 * their endpoints; INPUT_* are this step's inputs (github-token,
 * registry-auth); RUNNER_* describe the runner itself, which no test of an
 * image needs. Everything else the workflow put in the step's env on purpose.
 */
function runnerOwnVariable(name: string): boolean {
  const n = name.toUpperCase();
  return n === 'GITHUB_TOKEN' || n.startsWith('ACTIONS_') || n.startsWith('INPUT_') || n.startsWith('RUNNER_');
}

const refuseRunnerVariable = (field: string, name: string): PipelineError =>
  new PipelineError(
    'POLICY',
    `${where(field)}: expected a variable the workflow set for the tests, got '${name}', which is the runner's own (GITHUB_TOKEN, ACTIONS_*, INPUT_*, RUNNER_* are never passed to command tests)`,
    {
      hint: "Put what the test needs in a variable of its own in the step's env (env: MY_VAR: ...) and name that one.",
    },
  );

export interface BindMount {
  source: string;
  target: string;
  /** Docker's mode list, e.g. ['ro'] or ['rw', 'z']. */
  options: string[];
}

/** Everything a runtime needs to run one command test the way CST's docker driver would. */
export interface RunSettings {
  network: CommandNetwork;
  user?: string;
  tty: boolean;
  /** From envFile, then envVars (later wins), as CST appends them. */
  env: Record<string, string>;
  /** Capability names without the CAP_ prefix, upper case. */
  capAdd: string[];
  privileged: boolean;
  mounts: BindMount[];
  /** The OCI platform (os/arch[/variant]) of the image under test. */
  platform?: string;
  /** Each command (setup, test, teardown) is stopped after this long: no image or policy can hang the step. */
  timeoutMs: number;
}

/** Default deadline of one command of a command test: generous for real tests (apt-get update, a compile), finite. */
const DEFAULT_COMMAND_TIMEOUT_MS = 10 * 60_000;

export const defaultRunSettings = (network: CommandNetwork = 'none'): RunSettings => ({
  network,
  tty: false,
  env: {},
  capAdd: [],
  privileged: false,
  mounts: [],
  timeoutMs: DEFAULT_COMMAND_TIMEOUT_MS,
});

const where = (field: string): string => `containerRunOptions.${field}`;
const bad = (field: string, expected: string, got: string): PipelineError => new PipelineError('POLICY', `${where(field)}: expected ${expected}, got ${got}`);

/** Linux capabilities (capabilities(7)), as Docker's --cap-add names them. */
const CAPABILITIES = [
  'CHOWN',
  'DAC_OVERRIDE',
  'DAC_READ_SEARCH',
  'FOWNER',
  'FSETID',
  'KILL',
  'SETGID',
  'SETUID',
  'SETPCAP',
  'LINUX_IMMUTABLE',
  'NET_BIND_SERVICE',
  'NET_BROADCAST',
  'NET_ADMIN',
  'NET_RAW',
  'IPC_LOCK',
  'IPC_OWNER',
  'SYS_MODULE',
  'SYS_RAWIO',
  'SYS_CHROOT',
  'SYS_PTRACE',
  'SYS_PACCT',
  'SYS_ADMIN',
  'SYS_BOOT',
  'SYS_NICE',
  'SYS_RESOURCE',
  'SYS_TIME',
  'SYS_TTY_CONFIG',
  'MKNOD',
  'LEASE',
  'AUDIT_WRITE',
  'AUDIT_CONTROL',
  'SETFCAP',
  'MAC_OVERRIDE',
  'MAC_ADMIN',
  'SYSLOG',
  'WAKE_ALARM',
  'BLOCK_SUSPEND',
  'AUDIT_READ',
  'PERFMON',
  'BPF',
  'CHECKPOINT_RESTORE',
] as const;

/** `sys_admin`, `SYS_ADMIN` and `CAP_SYS_ADMIN` all name one capability (Docker accepts each); `ALL` is every one. */
export function normalizeCapability(name: string, index: number): Result<string> {
  const n = name.trim().toUpperCase().replace(/^CAP_/, '');
  if (n === 'ALL' || (CAPABILITIES as readonly string[]).includes(n)) return ok(n);
  return err(bad(`capabilities[${index}]`, 'a Linux capability such as SYS_ADMIN or NET_RAW (see capabilities(7))', `'${preview(name, { max: 40 })}'`));
}

/** The capability names set in a hexadecimal mask from /proc/self/status (bit n = capability n). */
export function capabilitiesInMask(hex: string): string[] {
  let mask = BigInt(`0x${hex.trim() || '0'}`);
  const out: string[] = [];
  for (let bit = 0; mask > 0n; bit++, mask >>= 1n) {
    const name = CAPABILITIES[bit];
    if ((mask & 1n) === 1n && name !== undefined) out.push(name);
  }
  return out;
}

const BIND_MODES = new Set(['ro', 'rw', 'z', 'Z', 'shared', 'rshared', 'slave', 'rslave', 'private', 'rprivate', 'nocopy']);

/**
 * One `bindMounts` entry as Docker's HostConfig.Binds reads it: `src:dst[:mode,...]`.
 * A source that is not an absolute path is a named volume to Docker; there are
 * no volumes without a daemon, so that is refused rather than guessed.
 */
export function parseBindMount(spec: string, index: number): Result<BindMount> {
  const field = `bindMounts[${index}]`;
  const expected = "'/host/path:/path/in/container' with an optional ':ro'";
  const parts = spec.split(':');
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => p === '')) return err(bad(field, expected, `'${preview(spec, { max: 80 })}'`));
  const [source, target, mode] = parts as [string, string, string | undefined];
  if (!source.startsWith('/')) {
    return err(
      new PipelineError(
        'POLICY',
        `${where(field)}: expected an absolute host path as the source, got '${preview(source, { max: 80 })}' (Docker would take it for a named volume, and command tests run without a Docker daemon)`,
        { hint: 'Bind-mount a host folder by its absolute path, e.g. /tmp/data:/data.' },
      ),
    );
  }
  if (!target.startsWith('/')) return err(bad(field, 'an absolute path in the container as the target', `'${preview(target, { max: 80 })}'`));
  const options = mode === undefined ? [] : mode.split(',');
  const unknown = options.find((o) => !BIND_MODES.has(o));
  if (unknown !== undefined) return err(bad(field, `a mode among ${[...BIND_MODES].join(', ')}`, `'${preview(unknown, { max: 40 })}'`));
  return ok({ source: path.normalize(source), target: path.posix.normalize(target), options });
}

const ENV_NAME = /^[A-Za-z0-9_.-]+$/;

/**
 * An env file as CST reads it (github.com/joho/godotenv, which its docker
 * driver calls): `KEY=value` or `KEY: value` lines, optional `export `,
 * `#` comments (also after an unquoted value, following a space), single
 * quotes literal, double quotes with \n \r and backslash escapes, and `$VAR`
 * / `${VAR}` expanded from the keys read before, then from `lookup` (the
 * step's environment), in unquoted and double-quoted values. Errors name the
 * line, never its content: an env file holds secrets.
 */
export function parseEnvFile(text: string, lookup: (name: string) => string | undefined): Result<Map<string, string>> {
  const out = new Map<string, string>();
  const src = text.replace(/\r\n/g, '\n');
  const lineAt = (pos: number): number => src.slice(0, pos).split('\n').length;
  const expand = (v: string): string =>
    v.replace(/(\\)?\$(\()?\{?([A-Z0-9_]+)?\}?/g, (m: string, esc: string | undefined, paren: string | undefined, name: string | undefined) => {
      if (esc !== undefined || paren !== undefined) return m.slice(1);
      if (name === undefined) return m;
      return out.get(name) ?? lookup(name) ?? '';
    });
  let i = 0;
  while (i < src.length) {
    // Skip blank space and comment lines.
    const ch = src[i] as string;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '#') {
      const nl = src.indexOf('\n', i);
      i = nl === -1 ? src.length : nl + 1;
      continue;
    }
    const start = i;
    const eol = src.indexOf('\n', i) === -1 ? src.length : src.indexOf('\n', i);
    let head = src.slice(i, eol);
    let skip = 0;
    const exp = /^export[ \t]+/.exec(head);
    if (exp !== null) {
      skip = exp[0].length;
      head = head.slice(skip);
    }
    const sep = head.search(/[=:]/);
    const key = sep === -1 ? '' : head.slice(0, sep).trim();
    if (sep === -1 || key === '' || !ENV_NAME.test(key)) {
      return err(bad('envFile', 'KEY=value lines (letters, digits, _ . - in names)', `something else on line ${lineAt(start)}`));
    }
    i += skip + sep + 1;
    while (i < src.length && (src[i] === ' ' || src[i] === '\t')) i++;
    const q = src[i];
    let value: string;
    if (q === '"' || q === "'") {
      let j = i + 1;
      for (; j < src.length; j++) {
        if (src[j] !== q) continue;
        let backslashes = 0;
        for (let k = j - 1; k > i && src[k] === '\\'; k--) backslashes++;
        if (backslashes % 2 === 0) break;
      }
      if (j >= src.length) return err(bad('envFile', 'a closing quote', `an unterminated quoted value on line ${lineAt(start)}`));
      value = src.slice(i + 1, j);
      if (q === '"') {
        value = value.replace(/\\(.)/g, (m: string, c: string) => (c === 'n' ? '\n' : c === 'r' ? '\r' : m));
        value = expand(value.replace(/\\([^$])/g, '$1'));
      }
      const nl = src.indexOf('\n', j);
      i = nl === -1 ? src.length : nl + 1;
    } else {
      const end = src.indexOf('\n', i) === -1 ? src.length : src.indexOf('\n', i);
      let line = src.slice(i, end);
      const comment = line.search(/[ \t]#/);
      if (comment !== -1) line = line.slice(0, comment);
      value = expand(line.trim());
      i = end + 1;
    }
    out.set(key, value);
  }
  return ok(out);
}

/** Bounded: an env file is a few lines; a huge one is a mistake (or an attack) that must not fill memory. */
const MAX_ENV_FILE = 1024 * 1024;

/** A repository path from the policy: it must exist, and stay in the workspace (links included; the one rule in workspace-path.ts). */
async function confinedFile(workspace: string, file: string, field: string): Promise<string> {
  await fs.realpath(path.resolve(workspace, file)).catch((e: NodeJS.ErrnoException) => {
    throw new PipelineError('POLICY', `${where(field)}: expected a file in the workspace, got '${file}', which does not exist (${e.code ?? 'unreadable'})`, {
      hint: `Paths are relative to the workspace, ${workspace}.`,
    });
  });
  return confinePath(file, { workspace }, { subject: where(field), hint: 'Keep the env file in the repository and name it by a relative path.' });
}

export interface ResolveContext {
  /** The step's environment (envVars are passed through from it). */
  env: Readonly<Record<string, string | undefined>>;
  /** envFile is read relative to this folder and must stay inside it. */
  workspace: string;
  network: CommandNetwork;
  /** Whether the policy's privileged and capabilities are honoured; default none (refused). */
  privileges?: CommandPrivileges;
  /** allow-outside-workspace: true: bindMounts sources may be anywhere. */
  allowOutsideWorkspace?: boolean;
  platform?: string;
  /** Deadline per command; default DEFAULT_COMMAND_TIMEOUT_MS. */
  timeoutMs?: number;
}

/** Refuses, naming the input that allows it, a policy that adds privileges the step did not opt in to (pure). */
export function checkPrivileges(opts: ContainerRunOptions | undefined, privileges: CommandPrivileges = 'none'): void {
  if (privileges === 'policy' || opts === undefined) return;
  const caps = opts.capabilities ?? [];
  const asked =
    opts.privileged === true ? 'privileged: true' : caps.length > 0 ? `capabilities ${caps.map((c) => preview(String(c), { max: 40 })).join(', ')}` : undefined;
  if (asked === undefined) return;
  throw new PipelineError(
    'POLICY',
    `${where(opts.privileged === true ? 'privileged' : 'capabilities')}: expected no added privileges, as input '${PRIVILEGES_INPUT}' is 'none', got ${asked}`,
    {
      input: PRIVILEGES_INPUT,
      hint: `To grant the policy what it asks for (privileged gives command tests every capability the runner holds, CAP_SYS_ADMIN included), set ${PRIVILEGES_INPUT}: policy on the step; otherwise remove it from the policy.`,
    },
  );
}

/** The settings for every command test of a policy: validates every field, reads the env file. */
export async function resolveRunOptions(opts: ContainerRunOptions | undefined, ctx: ResolveContext): Promise<RunSettings> {
  const s = defaultRunSettings(ctx.network);
  if (ctx.platform !== undefined) s.platform = ctx.platform;
  if (ctx.timeoutMs !== undefined) s.timeoutMs = ctx.timeoutMs;
  if (opts === undefined) return s;
  if (opts.user !== undefined && opts.user !== '') s.user = opts.user;
  s.tty = opts.allocateTty === true;
  s.privileged = opts.privileged === true;
  for (const [i, c] of (opts.capabilities ?? []).entries()) {
    const r = normalizeCapability(c, i);
    if (!r.ok) throw r.error;
    if (!s.capAdd.includes(r.value)) s.capAdd.push(r.value);
  }
  // Names first (a typo is reported as such), then whether the step allows them at all.
  checkPrivileges(opts, ctx.privileges);
  for (const [i, b] of (opts.bindMounts ?? []).entries()) {
    const r = parseBindMount(b, i);
    if (!r.ok) throw r.error;
    // The host side goes through the one confinement rule: a policy cannot show the image /, ~/.docker or the runner's credentials.
    const source = await confinePath(
      r.value.source,
      { workspace: ctx.workspace, allowOutside: ctx.allowOutsideWorkspace === true },
      {
        // No `input`: the policy field is what is wrong, not the input; the hint names the input that widens it.
        subject: where(`bindMounts[${i}]`),
        hint: `Bind-mount a folder of the workspace (${ctx.workspace}); to mount a host path outside it on purpose, set ${ALLOW_OUTSIDE_INPUT}: true on the step.`,
      },
    );
    s.mounts.push({ ...r.value, source });
  }
  if (opts.envFile !== undefined && opts.envFile !== '') {
    const file = await confinedFile(ctx.workspace, opts.envFile, 'envFile');
    // Bounded, and a FIFO or device is refused instead of read (read-bounded-file.ts).
    const text = await readBoundedFile(file, {
      what: `${where('envFile')} '${preview(opts.envFile, { max: 80 })}'`,
      maxBytes: MAX_ENV_FILE,
      code: 'POLICY',
      hint: 'Point envFile at a small KEY=value file of the workspace.',
    });
    let denied: string | undefined;
    const parsed = parseEnvFile(text, (n) => {
      if (!runnerOwnVariable(n)) return ctx.env[n];
      denied ??= n;
      return undefined;
    });
    if (denied !== undefined) throw refuseRunnerVariable('envFile', denied);
    if (!parsed.ok) throw new PipelineError(parsed.error.code, `${parsed.error.reason} ('${preview(opts.envFile)}')`);
    // CST leaves out keys or values that are empty.
    for (const [k, v] of parsed.value) if (k !== '' && v !== '') s.env[k] = v;
  }
  for (const [i, name] of (opts.envVars ?? []).entries()) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
      throw bad(`envVars[${i}]`, 'the name of a variable of the step’s environment', `'${preview(name, { max: 40 })}'`);
    if (runnerOwnVariable(name)) throw refuseRunnerVariable(`envVars[${i}]`, name);
    // As CST: a variable that is unset or empty in the step's environment is not passed.
    const v = ctx.env[name];
    if (v !== undefined && v !== '') s.env[name] = v;
  }
  return s;
}

/** Lines for the log and the job summary: what the command tests may do beyond the default sandbox. */
export function describeRunSettings(s: RunSettings): string[] {
  const out: string[] = [];
  if (s.network === 'host')
    out.push("Command tests ran with the runner's network (command-network: host): they could reach every service the runner reaches, loopback included.");
  if (s.privileged) out.push('Command tests ran privileged (containerRunOptions.privileged): every capability the runner holds.');
  if (s.capAdd.length > 0) out.push(`Command tests ran with added capabilities (containerRunOptions.capabilities): ${s.capAdd.join(', ')}.`);
  for (const m of s.mounts)
    out.push(
      `Command tests saw the runner's ${m.source} at ${m.target}${m.options.includes('ro') ? ' (read-only)' : ' (writable)'} (containerRunOptions.bindMounts).`,
    );
  if (s.user !== undefined) out.push(`Command tests ran as user ${s.user} (containerRunOptions.user).`);
  const names = Object.keys(s.env);
  if (names.length > 0)
    out.push(`Command tests got ${names.length} variable${names.length === 1 ? '' : 's'} from containerRunOptions (envVars/envFile): ${names.join(', ')}.`);
  return out;
}
