/**
 * Turning a builder's output into an error a user can act on: its own message
 * (the last `Error:` lines, else the tail), the Dockerfile line it failed at,
 * and whether it failed because a foreign-platform program could not execute.
 * Pure over the captured text, so every shape we have seen is a unit test.
 */
import { PipelineError } from '../errors.js';
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
 * The error for a failed build: the builder's message, at the Dockerfile line
 * when it can be told.
 */
export function buildFailure(builder: string, output: string, dockerfile: Dockerfile, file: string, platform?: string): PipelineError {
  const message = builderMessage(output);
  const point = failurePoint(output);
  let line = point?.line;
  if (line === undefined && point !== undefined) line = instructionAt(dockerfile, point)?.line;
  const ctx = line === undefined ? { file } : { file, line };
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
