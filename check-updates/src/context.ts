/**
 * check-updates' inputs, read from the environment the runner sets
 * (`INPUT_<NAME>`), keyed exactly by the names in action.yml. Pure: a
 * malformed reference, credential list or index URL is a PipelineError
 * naming the input, raised before any registry is asked.
 */
import { getInput, type Env } from '../../shared/src/action/inputs.js';
import { getConnectInputs, type ConnectInputs } from '../../shared/src/registry/client/connect-inputs.js';
import { parseReference } from '../../shared/src/registry/reference.js';
import { PipelineError } from '../../shared/src/errors.js';
import { DEFAULT_INDEXES, indexKind } from '../../shared/src/updates/index-urls.js';
import type { RebuildOn } from '../../shared/src/updates/check.js';
import * as os from 'node:os';
import * as path from 'node:path';
import { workspaceOf } from '../../shared/src/action/workspace-path.js';
import { downloadCacheDir } from '../../shared/src/compliance/vulnerabilities/db-cache.js';
import { parseDbInput, type DbEntry } from '../../shared/src/compliance/vulnerabilities/db-inputs.js';

export interface Inputs {
  image: string;
  /** registry-auth, github-token, insecure-registries (and AWS_ENDPOINT_URL_ECR). */
  connect: ConnectInputs;
  /** Package index URLs, one per line, or `default`; empty skips the package check. */
  packageIndexUrls: string[];
  /** vulnerability-db: advisory databases (paths or URLs) whose fixes in the package index set rebuild-needed; empty, no security check. */
  /** vulnerability-db: its entries, the workspace relative paths are read from, and where downloads go for this run. */
  vulnerabilityDb: { entries: DbEntry[]; workspace: string; cache: string };
  /** rebuild-on: `any` newer package (default) or only `security` fixes. */
  rebuildOn: RebuildOn;
  /** base-signature-policy: a policy file (workspace-relative) whose signatures section a moved base must pass. */
  baseSignaturePolicy?: { file: string; workspace: string };
}

export function getInputs(env: Env): Inputs {
  const image = getInput(env, 'image', { required: true });
  const ref = parseReference(image);
  if (!ref.ok) throw new PipelineError('INPUT', ref.error.reason, { input: 'image', ...(ref.error.hint !== undefined ? { hint: ref.error.hint } : {}) });
  const urls = packageIndexUrls(env);
  // One reader with test-image (compliance/vulnerabilities/db-inputs.ts). A relative path is the workspace's; an
  // absolute one (a database a previous step downloaded under RUNNER_TEMP) is read as given: parsed, never echoed.
  const vulnerabilityDb = {
    entries: parseDbInput(getInput(env, 'vulnerability-db', { trim: false })),
    workspace: workspaceOf(env),
    cache: downloadCacheDir(
      env,
      'vulnerability-db',
      path.join(env.RUNNER_TEMP !== undefined && env.RUNNER_TEMP !== '' ? env.RUNNER_TEMP : os.tmpdir(), 'check-updates', 'vulnerability-db'),
    ),
  };
  const rebuildOn = getInput(env, 'rebuild-on') || 'any';
  if (rebuildOn !== 'any' && rebuildOn !== 'security')
    throw new PipelineError('INPUT', `expected 'any' or 'security', got ${JSON.stringify(rebuildOn.slice(0, 40))}`, {
      input: 'rebuild-on',
      hint: "Use 'any' (any newer package rebuilds) or 'security' (only a security fix in the package index does).",
    });
  // Either half alone would check nothing: a security fix is found in the package index, against the advisories.
  if (vulnerabilityDb.entries.length > 0 && urls.length === 0)
    throw new PipelineError('INPUT', 'vulnerability-db is set but package-index-urls is empty: a fix is looked for in the package index', {
      input: 'package-index-urls',
      hint: 'Set package-index-urls (e.g. `default`) as well, or leave vulnerability-db empty.',
    });
  if (rebuildOn === 'security' && vulnerabilityDb.entries.length === 0)
    throw new PipelineError('INPUT', "rebuild-on is 'security' but vulnerability-db is empty: no security fix could ever be found", {
      input: 'vulnerability-db',
      hint: "Give the advisory databases (Debian security tracker JSON, Alpine secdb, OSV), or set rebuild-on to 'any'.",
    });
  const sigPolicy = getInput(env, 'base-signature-policy');
  return {
    image,
    connect: getConnectInputs(env),
    packageIndexUrls: urls,
    vulnerabilityDb,
    rebuildOn,
    ...(sigPolicy === '' ? {} : { baseSignaturePolicy: { file: sigPolicy, workspace: workspaceOf(env) } }),
  };
}

/** Each line a URL or `default`; checked here so a typo fails before any registry is asked. */
function packageIndexUrls(env: Env): string[] {
  const lines = getInput(env, 'package-index-urls').split(/\r?\n/);
  const out: string[] = [];
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line !== DEFAULT_INDEXES) indexKind(line, i + 1);
    out.push(line);
  }
  return out;
}
