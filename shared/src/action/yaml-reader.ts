/**
 * The YAML reader (the yaml package) for the inputs written in YAML, loaded
 * only when one of them is given (issue 17 item 3). It was a third of the
 * all-in-one action's entry bundle (~290 KB of ~840 KB), parsed and run at
 * every start, while most container runs give no YAML input at all.
 *
 * Reading inputs stays synchronous (getInputs is pure and table-tested), so
 * the one async step before it, main() in run-action.ts, awaits
 * loadYamlReader() when needsYamlReader(env) says a YAML input is set, and
 * the input parsers take the module from yamlReader().
 */
import { createRequire } from 'node:module';
import { PipelineError } from '../errors.js';
import { getInput, type Env } from './inputs.js';

type Yaml = typeof import('yaml');

/** The inputs read as YAML (credentials/registry-auth.ts): main() loads the reader when one of them is not blank. */
export const YAML_INPUTS = ['registry-auth'] as const;

/** Whether the step's inputs hold YAML to read (a blank input is never parsed). */
export const needsYamlReader = (env: Env): boolean => YAML_INPUTS.some((name) => getInput(env, name).trim() !== '');

let loaded: Yaml | undefined;
let loading: Promise<Yaml> | undefined;

/** Loads the yaml package; one import however many callers, cheap after the first. */
export function loadYamlReader(): Promise<Yaml> {
  loading ??= import('yaml').then((m) => (loaded = m));
  return loading;
}

/** Whether loadYamlReader has finished (for tests of main()). */
export const yamlReaderLoaded = (): boolean => loaded !== undefined;

/*
 * In a bundle (ncc, which rewrites this name to its own require function) there is no node_modules to read
 * yaml from synchronously: a parser reached without the preload is a bug, reported as one. Run from the
 * sources (jest, tsx, the local runner) node resolves it there, so tests that call an input parser directly
 * need no preload.
 */
declare const __webpack_require__: unknown;
const bundled = typeof __webpack_require__ === 'function';

/** The yaml module, for a parser of a YAML input. */
export function yamlReader(): Yaml {
  if (loaded !== undefined) return loaded;
  if (bundled) {
    throw new PipelineError(
      'INTERNAL',
      'a YAML input was read before the YAML reader was loaded: await loadYamlReader() first (run-action.ts main does when needsYamlReader)',
    );
  }
  loaded = createRequire(import.meta.url)('yaml') as Yaml;
  return loaded;
}
