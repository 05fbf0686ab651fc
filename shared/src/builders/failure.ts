/**
 * Turning a builder's output into an error a user can act on: its own message
 * (the last `Error:` lines, else the tail), the Dockerfile line it failed at,
 * and whether it failed because a foreign-platform program could not execute.
 * Pure over the captured text, so every shape we have seen is a unit test.
 */
import { PipelineError } from '../errors.js';
import { preview } from '../preview.js';
import { instructionAt, type Dockerfile } from './dockerfile.js';

export interface FailurePoint {
  /** 1-based stage as the builder counts it (`[2/3]`), when it says. */
  stage?: number;
  /** 1-based step in that stage, FROM being step 1. */
  step?: number;
  /** The instruction text the builder printed. */
  text?: string;
  /** A line number the builder printed itself (buildx: `Dockerfile:12`). */
  line?: number;
}

const STEP_LINE = /^(?:\[(\d+)\/\d+\] )?STEP (\d+)\/\d+: (.*)$/;

/** buildah/podman: `[2/3] STEP 4/7: RUN make`; buildx: `Dockerfile:12` and `> [stage 2/3] RUN make`. */
export function failurePoint(output: string): FailurePoint | undefined {
  const lines = output.split(/\r?\n/);
  let point: FailurePoint | undefined;
  for (const l of lines) {
    const step = STEP_LINE.exec(l);
    if (step !== null) {
      point = { step: Number(step[2]), text: step[3] as string };
      if (step[1] !== undefined) point.stage = Number(step[1]);
    }
  }
  // buildah names the failing step again in its error; prefer that when the last STEP line disagrees.
  const at = [...output.matchAll(/building at STEP "([^"]*)"/g)].pop()?.[1];
  if (at !== undefined && (point?.text === undefined || !sameInstruction(point.text, at))) point = { text: at };
  const unknown = /Original:"([^"]*)"/.exec(output)?.[1];
  if (unknown !== undefined && /Unknown instruction/i.test(output)) point = { ...(point ?? {}), text: unknown };
  const buildxLine = [...output.matchAll(/(?:^|\s)[\w./-]*(?:Dockerfile|Containerfile)[\w.-]*:(\d+)\s*$/gim)].pop()?.[1];
  if (buildxLine !== undefined) point = { ...(point ?? {}), line: Number(buildxLine) };
  return point;
}

const NOISE = [/^subprocess exited with status \d+$/, /^process exited with error: exec: not started$/, /level=error msg="\+\(UNHANDLED LOGLEVEL\)/];

const sameInstruction = (a: string, b: string): boolean => a.trim().split(/\s+/)[0]?.toUpperCase() === b.trim().split(/\s+/)[0]?.toUpperCase();

/**
 * The builder's own words: what it printed after the failing step began (the
 * failing program's stderr and the builder's `Error:` line), at most
 * `maxLines`, else the tail of its output.
 */
export function builderMessage(output: string, maxLines = 8): string {
  const lines = output
    // buildah glues its own status messages onto the end of the failing program's last line.
    .replace(/(?<=\S)(process exited with error: |subprocess exited with status )/g, '\n$1')
    .split(/\r?\n/)
    .map((l) => l.trimEnd())
    .filter((l) => l !== '' && !NOISE.some((n) => n.test(l)));
  let lastStep = -1;
  lines.forEach((l, i) => {
    if (STEP_LINE.test(l)) lastStep = i;
  });
  const after = lines.slice(lastStep + 1);
  const chosen = (after.length > 0 ? after : lines).slice(-maxLines);
  // buildah appends a Go struct dump to some messages; it helps nobody.
  return chosen.map((l) => l.replace(/ &imagebuilder\.Step\{.*$/, '').replace(/subprocess exited with status \d+$/, '')).join('\n');
}

/** The kernel refuses a binary for another architecture when no binfmt handler is registered. */
export const isExecFormatError = (output: string): boolean => /exec format error/i.test(output);

export const EMULATION_HINT =
  'Install an emulator (`apt-get install qemu-user-static binfmt-support`, or on GitHub the docker/setup-qemu-action step), or build each platform on a native runner in a matrix and merge the layouts with distribute-image.';

/**
 * buildah/podman could not export the layer cache (`--cache-to`): the
 * registry went away after our check, or refused the push (no push
 * permission). The build itself succeeded up to there; build.ts runs it
 * again without the export.
 */
export const isCachePushFailure = (output: string): boolean => /failed pushing cache to/i.test(output);

/** The registries a build spoke to, as registry-access.ts prepared them: what a registry failure is matched against. */
export interface RegistryContext {
  /** Canonical host[:port] names. */
  registries: readonly string[];
  /** Registry -> where its credentials came from (never the secret). */
  authenticated: ReadonlyMap<string, string>;
}

/** What containers/image says when a registry wants credentials it was not given, or refused them. */
const AUTH_REFUSED = /\b(?:401|403|unauthorized|authentication required|denied|forbidden)\b/i;
/** A plain-HTTP registry spoken to over TLS, or a certificate that does not verify. */
const TLS_FAILED = /server gave HTTP response to HTTPS client|\bx509: |\btls: /i;

/**
 * The builder's final error line (containers/image's one-line error chain;
 * buildx: `ERROR: failed to solve: ...`). A failing RUN step ends in
 * `building at STEP "RUN ..."`: what its program printed is not the
 * builder speaking to a registry, whatever words it used.
 */
function finalError(output: string): string | undefined {
  const last = output
    .split(/\r?\n/)
    .filter((l) => /^(?:Error|ERROR)[: ]/.test(l.trim()))
    .pop();
  return last === undefined || /building at STEP "/.test(last) ? undefined : last;
}

/**
 * The first of our registries the line names, as a whole host: not inside a
 * longer name (`a.io` in `data.io`) nor a port-less name of a host:port
 * (`reg.lan` in `reg.lan:5000`). Longest names first.
 */
function registryNamed(line: string, registries: readonly string[]): string | undefined {
  const lower = line.toLowerCase();
  const hostChar = /[a-z0-9.-]/;
  const whole = (r: string, i: number): boolean =>
    (i === 0 || !hostChar.test(lower[i - 1] as string)) && !hostChar.test(lower[i + r.length] ?? ' ') && !/^:\d/.test(lower.slice(i + r.length));
  return [...registries]
    .sort((x, y) => y.length - x.length)
    .find((r) => {
      for (let i = lower.indexOf(r); i >= 0; i = lower.indexOf(r, i + 1)) if (whole(r, i)) return true;
      return false;
    });
}

/**
 * A build that failed because a registry refused it (wrong or missing
 * credentials, or a private image that is not there: registries answer both
 * with 401) or because it spoke TLS to a plain-HTTP registry: an error naming
 * the registry and the inputs that fix it. The registry's words are shown as a
 * short redacted preview; credentials never appear (they are in a file the
 * output does not print). Undefined for any other failure.
 */
export function registryFailure(builder: string, output: string, access: RegistryContext): PipelineError | undefined {
  const line = finalError(output);
  if (line === undefined) return undefined;
  const tls = TLS_FAILED.exec(line);
  const found = tls ?? AUTH_REFUSED.exec(line);
  if (found === null) return undefined;
  const registry = registryNamed(line, access.registries);
  if (registry === undefined) return undefined;
  const said = preview(line.slice(found.index), { max: 120 });
  if (tls !== null) {
    return new PipelineError('NETWORK', `${builder} could not reach ${registry} over TLS (${said})`, {
      input: 'insecure-registries',
      hint: `If ${registry} serves plain HTTP (or a certificate that cannot be verified), list it in the 'insecure-registries' input, one host[:port] per line; loopback registries are plain HTTP already.`,
    });
  }
  const source = access.authenticated.get(registry);
  const ghcr = registry === 'ghcr.io' ? ", or pass 'github-token' (a token with packages: read)" : '';
  return new PipelineError(
    'AUTH',
    `${builder} was refused by registry ${registry}: it ${source === undefined ? 'gave no credentials for it' : `used the credentials from ${source}`} (${said})`,
    {
      input: 'registry-auth',
      hint:
        source === undefined
          ? `Give credentials for ${registry} in the 'registry-auth' input (docker/login-action's YAML list: registry, username, password, and ecr: auto|true|false for an AWS access key pair on ECR; scope is refused)${ghcr}; also check the image name, since registries answer an unknown private image the same way.`
          : `Check the credentials for ${registry} in ${source}${ghcr}, and that the image exists and they may read it; registries answer both the same way.`,
    },
  );
}

/**
 * The error for a failed build: the builder's message, at the Dockerfile line
 * when it can be told; a registry that refused the build or its TLS is named
 * with the inputs to fix when `access` tells which registries it spoke to.
 */
export function buildFailure(
  builder: string,
  output: string,
  dockerfile: Dockerfile,
  file: string,
  platform?: string,
  access?: RegistryContext,
): PipelineError {
  const message = builderMessage(output);
  const point = failurePoint(output);
  let line = point?.line;
  if (line === undefined && point !== undefined) line = instructionAt(dockerfile, point)?.line;
  const ctx = line === undefined ? { file } : { file, line };
  const refused = access === undefined ? undefined : registryFailure(builder, output, access);
  if (refused !== undefined)
    return new PipelineError(refused.code, refused.reason, {
      ...ctx,
      ...(refused.input !== undefined ? { input: refused.input } : {}),
      ...(refused.hint !== undefined ? { hint: refused.hint } : {}),
    });
  if (isExecFormatError(output)) {
    return new PipelineError(
      'EMULATION',
      `${builder} could not run a program built for another architecture${platform !== undefined ? ` (building for ${platform})` : ''}: ${message}`,
      {
        ...ctx,
        hint: `If the program is meant for another platform: ${EMULATION_HINT}`,
      },
    );
  }
  return new PipelineError('BUILDER', `${builder} build failed${platform !== undefined ? ` for ${platform}` : ''}: ${message}`, {
    ...ctx,
    hint: 'Fix the Dockerfile instruction named above, or run the same build locally to see the full log.',
  });
}
