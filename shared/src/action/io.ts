/**
 * Everything an action says to the runner goes through one `ActionIO`:
 * outputs, the job summary, log lines, annotations, groups and masks. Actions'
 * `run()` functions take it as an argument, so the same code runs under the
 * runner (`runnerIO`), inside the all-in-one action (the stages share the
 * root's io, see src/run.ts) and in unit tests (`memoryIO`).
 */
import * as fs from 'node:fs/promises';
import * as core from '@actions/core';
import type { Env } from './inputs.js';

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

const props = (a: Anchor | undefined): core.AnnotationProperties => {
  const p: core.AnnotationProperties = {};
  if (a?.title !== undefined) p.title = a.title;
  if (a?.file !== undefined) p.file = a.file;
  if (a?.line !== undefined) p.startLine = a.line;
  if (a?.column !== undefined) p.startColumn = a.column;
  return p;
};

/**
 * The strings to register for one secret: the value, and when it spans lines each
 * non-blank line trimmed too. The runner matches registered strings within one log
 * line, so a multi-line value (a PEM key, a JSON file) registered only whole is never
 * hidden when a tool prints one of its lines (GitHub does the same for `secrets.*`).
 */
export function maskStrings(secret: string): string[] {
  if (secret.trim() === '') return [];
  const lines = secret
    .split(/\r?\n|\r/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return lines.length > 1 || lines[0] !== secret ? [secret, ...lines.filter((l) => l !== secret)] : [secret];
}

/** The GitHub runner's io, over @actions/core (workflow commands and the GITHUB_* files). */
export function runnerIO(env: Env = process.env): ActionIO {
  return {
    setOutput: (name, value) => core.setOutput(name, value),
    summary: async (markdown) => {
      // The file named by the env this io was made with (core.summary would read process.env's instead).
      const file = env.GITHUB_STEP_SUMMARY;
      if (file === undefined || file === '') {
        core.debug('GITHUB_STEP_SUMMARY is not set; no job summary written');
        return;
      }
      try {
        await fs.appendFile(file, markdown);
      } catch (e) {
        core.warning(`Could not write the job summary: ${(e as Error).message}`);
      }
    },
    info: (m) => core.info(m),
    debug: (m) => core.debug(m),
    notice: (m, a) => core.notice(m, props(a)),
    warning: (m, a) => core.warning(m, props(a)),
    error: (m, a) => core.error(m, props(a)),
    group: (name, fn) => core.group(name, fn),
    mask: (s) => {
      for (const m of maskStrings(s)) core.setSecret(m);
    },
    fail: (m) => core.setFailed(m),
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
    mask: (s) => {
      recorded.masked.push(...maskStrings(s));
    },
    fail: (m) => {
      recorded.failed = m;
    },
  };
}
