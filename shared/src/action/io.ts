/**
 * Everything an action says to the runner goes through one `ActionIO`:
 * outputs, the job summary, log lines, annotations, groups and masks. Actions'
 * `run()` functions take it as an argument, so the same code runs under the
 * runner (`runnerIO`), inside the all-in-one action (the stages share the
 * root's io, see src/run.ts) and in unit tests (`memoryIO`).
 */
import * as fs from 'node:fs/promises';
import { EOL } from 'node:os';
import type { Env } from './inputs.js';
import { issueCommand, setOutput, type CommandProperties } from './workflow-commands.js';

/** Where an annotation points: a file of the repository, a line, a column. */
export interface Anchor {
  title?: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface ActionIO {
  /** An output by its action.yml name. */
  setOutput(name: string, value: string): void;
  /**
   * Append Markdown to the job summary: the one summary writer. Outside a
   * runner there is no summary file, and a summary that cannot be written is
   * worth a warning, never a failed step.
   */
  summary(markdown: string): Promise<void>;
  info(message: string): void;
  debug(message: string): void;
  notice(message: string, anchor?: Anchor): void;
  warning(message: string, anchor?: Anchor): void;
  error(message: string, anchor?: Anchor): void;
  /** A foldable log group around `fn`. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** Never print this value (a password, a token, a build secret). */
  mask(secret: string): void;
  /** End the step as failed with this message (once, at the end: see runAction). */
  fail(message: string): void;
}

/** An annotation's properties by the runner's names (@actions/core's toCommandProperties: line, col). */
const props = (a: Anchor | undefined): CommandProperties => (a === undefined ? {} : { title: a.title, file: a.file, line: a.line, col: a.column });

/**
 * The letters or digits a line of a multi-line secret needs to be registered on its own: the lines
 * of a JSON key (`{`, `}`, `],`, `"a"`) or of a YAML file would otherwise be masked everywhere in
 * the log, turning every brace of the job's output into `***` while hiding nothing secret. Counted
 * in letters and digits, not characters, so a short line that can carry a secret (`pass123`) is
 * still masked while punctuation is not (a cut by length alone left such a password line unmasked:
 * review finding). actions/runner's open proposal for the same problem is pull 2578.
 */
export const MIN_MASKED_ALNUM = 4;

const alnumCount = (line: string): number => line.match(/[\p{L}\p{N}]/gu)?.length ?? 0;

const LINE_BREAK = /\r\n|\n|\r/;

/**
 * The strings to register for one secret: the value, and when it spans lines each non-blank
 * line trimmed with at least MIN_MASKED_ALNUM letters or digits. The runner matches registered strings
 * within one log line, so a multi-line value registered only whole is never hidden when a tool
 * prints one of its lines (a PEM key, a JSON file). A multi-line value none of whose lines is that
 * rich (`ab\ncd`) registers every line: each is then all there is of the secret.
 */
export function maskStrings(secret: string): string[] {
  if (secret.trim() === '') return [];
  const lines = secret
    .split(LINE_BREAK)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length === 1) return lines[0] === secret ? [secret] : [secret, lines[0] as string];
  const long = lines.filter((l) => alnumCount(l) >= MIN_MASKED_ALNUM);
  return [secret, ...new Set(long.length > 0 ? long : lines)];
}

/**
 * What runnerIO sends as `::add-mask::` for one secret: maskStrings, each on one line. The runner
 * splits a value holding line breaks into its lines and registers every one of them, however short
 * (actions/runner, Runner.Worker/ActionCommandManager.cs, AddMaskCommandExtension; @actions/core's
 * setSecret sends the value as given), so sending a multi-line value whole would register `{` again.
 * It is sent instead as the one line it takes in a log: JSON-escaped (`\n`), the form the runner
 * itself derives from a registered value (its JsonStringEscape encoder), which keeps the whole value
 * masked wherever a tool prints it on one line (a JSON dump of a config holding it).
 */
export function addMaskValues(secret: string): string[] {
  return maskStrings(secret).map((s) => (LINE_BREAK.test(s) ? JSON.stringify(s).slice(1, -1) : s));
}

/**
 * The GitHub runner's io: workflow commands on stdout and the GITHUB_* files named by `env`
 * (workflow-commands.ts, the format of @actions/core without loading it).
 */
export function runnerIO(env: Env = process.env): ActionIO {
  const info = (m: string): void => {
    process.stdout.write(m + EOL);
  };
  const debug = (m: string): void => issueCommand('debug', {}, m);
  const warning = (m: string, a?: Anchor): void => issueCommand('warning', props(a), m);
  const error = (m: string, a?: Anchor): void => issueCommand('error', props(a), m);
  return {
    setOutput: (name, value) => setOutput(env.GITHUB_OUTPUT, name, value),
    summary: async (markdown) => {
      // The file named by the env this io was made with.
      const file = env.GITHUB_STEP_SUMMARY;
      if (file === undefined || file === '') {
        debug('GITHUB_STEP_SUMMARY is not set; no job summary written');
        return;
      }
      try {
        await fs.appendFile(file, markdown);
      } catch (e) {
        warning(`Could not write the job summary: ${(e as Error).message}`);
      }
    },
    info,
    debug,
    notice: (m, a) => issueCommand('notice', props(a), m),
    warning,
    error,
    group: async (name, fn) => {
      issueCommand('group', {}, name);
      try {
        return await fn();
      } finally {
        issueCommand('endgroup', {}, '');
      }
    },
    mask: (s) => {
      for (const m of addMaskValues(s)) issueCommand('add-mask', {}, m);
    },
    fail: (m) => {
      // As @actions/core's setFailed: the exit code, then the message as an error.
      process.exitCode = 1;
      error(m);
    },
  };
}

export interface Recorded {
  outputs: Record<string, string>;
  summary: string;
  log: { level: 'info' | 'debug' | 'notice' | 'warning' | 'error'; message: string; anchor?: Anchor }[];
  masked: string[];
  failed?: string;
}

/** An io that keeps everything in memory, for tests and for callers that read a stage's results. */
export function memoryIO(): ActionIO & { recorded: Recorded } {
  const recorded: Recorded = { outputs: {}, summary: '', log: [], masked: [] };
  const at = (level: Recorded['log'][number]['level']) => (message: string, anchor?: Anchor) => {
    recorded.log.push(anchor === undefined ? { level, message } : { level, message, anchor });
  };
  return {
    recorded,
    setOutput: (name, value) => {
      recorded.outputs[name] = value;
    },
    summary: async (markdown) => {
      recorded.summary += markdown;
    },
    info: at('info'),
    debug: at('debug'),
    notice: at('notice'),
    warning: at('warning'),
    error: at('error'),
    group: (_name, fn) => fn(),
    // The values hidden (a multi-line secret whole, as given), not their one-line form on the wire (addMaskValues).
    mask: (s) => {
      recorded.masked.push(...maskStrings(s));
    },
    fail: (m) => {
      recorded.failed = m;
    },
  };
}
