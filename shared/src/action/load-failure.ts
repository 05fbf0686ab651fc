/**
 * An action loads the code a run does not always need (AWS, sigstore, the
 * layer scan, Packer) lazily, from chunk files ncc writes beside
 * dist/index.js. A checkout that holds index.js but not those files (a fork
 * that committed only index.js, a copy of one file) would otherwise end the
 * step with Node's bare "Cannot find module", naming neither the action nor
 * the fix. This turns that one failure into an error that does.
 */
import * as path from 'node:path';
import { PipelineError } from '../errors.js';

const NOT_FOUND = new Set(['ERR_MODULE_NOT_FOUND', 'MODULE_NOT_FOUND']);
// The quoted module in Node's message: "Cannot find module '/x/dist/606.index.js' imported from ...".
const QUOTED = /Cannot find (?:module|package) '([^']{1,500})'/;

const released = (action: string): string => (action === 'image-pipeline' ? 'image-pipeline/image-pipeline@v1' : `image-pipeline/image-pipeline/${action}@v1`);

/** The error to report for `e`: a PipelineError naming the action and the fix when a part of it could not be loaded, else `e`. */
export function loadFailure(action: string, e: unknown): unknown {
  // Duck-typed: an error from another realm (a vm context, a worker) is not `instanceof Error` here.
  if (typeof e !== 'object' || e === null) return e;
  const { code, message } = e as { code?: unknown; message?: unknown };
  if (typeof code !== 'string' || !NOT_FOUND.has(code) || typeof message !== 'string') return e;
  const quoted = QUOTED.exec(message)?.[1];
  // Only the file's name: the path is the runner's, and the rest of Node's message adds nothing the user can act on.
  const part = quoted === undefined ? 'a module' : `'${path.basename(quoted).slice(0, 80)}'`;
  return new PipelineError('INTERNAL', `${action} could not load ${part}, a part of the action it loads only when a run needs it`, {
    hint: `The action's files are incomplete: use a released tag (${released(action)}), or in a fork commit every file that \`npm run build\` writes to the action's dist/ folder, not only index.js.`,
    cause: e,
  });
}
