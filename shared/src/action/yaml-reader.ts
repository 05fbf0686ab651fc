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
import { lazyModule } from '../lazy-module.js';
import { getInput, type Env } from './inputs.js';

type Yaml = typeof import('yaml');

/** The inputs read as YAML (credentials/registry-auth.ts): main() loads the reader when one of them is not blank. */
export const YAML_INPUTS = ['registry-auth'] as const;

/** Whether the step's inputs hold YAML to read (a blank input is never parsed). */
export const needsYamlReader = (env: Env): boolean => YAML_INPUTS.some((name) => getInput(env, name).trim() !== '');

const yaml = lazyModule<Yaml>(
  () => import('yaml'),
  'a YAML input was read before the YAML reader was loaded: await loadYamlReader() first (run-action.ts main does when needsYamlReader)',
  { requireId: 'yaml' },
);

/** Loads the yaml package; one import however many callers, cheap after the first. */
export const loadYamlReader = (): Promise<Yaml> => yaml.load();

/** Whether loadYamlReader has finished (for tests of main()). */
export const yamlReaderLoaded = (): boolean => yaml.loaded();

/** The yaml module, for a parser of a YAML input (lazy-module.ts: from the sources, required on first use). */
export const yamlReader = (): Yaml => yaml.get();
