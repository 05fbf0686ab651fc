/**
 * What metadata-action's tags and expressions read about the run: the event,
 * the ref, the commit, the default branch and two clocks. Built from the
 * runner's environment and the event payload with metadata-action's own
 * adjustments (pull_request_target builds the PR's merge ref;
 * DOCKER_METADATA_PR_HEAD_SHA takes the PR head's commit). Pure.
 */
import type { Env } from '../../action/inputs.js';
import { PipelineError } from '../../errors.js';

export interface MetaContext {
  eventName: string;
  /** refs/heads/x, refs/tags/v1, refs/pull/3/merge, or '' */
  ref: string;
  sha: string;
  /** From the event payload's repository: what is_default_branch compares with. */
  payloadDefaultBranch?: string;
  /** The repository's default branch (payload first, else the API's): what type=edge defaults to. */
  defaultBranch?: string;
  /** push of a tag: the branch it was pushed from (refs/heads/x), when the payload says. */
  baseRef?: string;
  /** pull request: the base branch name. */
  prBaseRef?: string;
  /** The run's clock: {{date}}. */
  now: Date;
  /** The commit's time (payload), else `now`: {{commit_date}}. */
  commitDate: Date;
  /** Length of {{sha}} and type=sha (DOCKER_METADATA_SHORT_SHA_LENGTH, default 7). */
  shortShaLength: number;
}

type Payload = {
  repository?: { default_branch?: unknown };
  base_ref?: unknown;
  number?: unknown;
  pull_request?: { base?: { ref?: unknown }; head?: { sha?: unknown } };
  commits?: Array<{ id?: unknown; timestamp?: unknown }>;
  head_commit?: { id?: unknown; timestamp?: unknown };
};

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

function commitTime(p: Payload, sha: string): Date | undefined {
  const fromCommits = Array.isArray(p.commits) ? p.commits.find((c) => c?.id === sha)?.timestamp : undefined;
  const ts = str(fromCommits) ?? (p.head_commit?.id === sha ? str(p.head_commit.timestamp) : undefined);
  const d = ts === undefined ? undefined : new Date(ts);
  return d !== undefined && !Number.isNaN(d.getTime()) ? d : undefined;
}

export interface MetaContextOptions {
  now: Date;
  /** The repository's default branch from the API, used when the payload has none. */
  apiDefaultBranch?: string;
}

export function metaContext(env: Env, event: unknown, opts: MetaContextOptions): MetaContext {
  const p = (typeof event === 'object' && event !== null ? event : {}) as Payload;
  const eventName = env.GITHUB_EVENT_NAME?.trim() ?? '';
  let ref = env.GITHUB_REF?.trim() ?? '';
  let sha = env.GITHUB_SHA?.trim() ?? '';
  // pull_request_target runs on the base branch; metadata-action tags it as the PR.
  if (/pull_request_target/.test(eventName) && (typeof p.number === 'number' || typeof p.number === 'string')) ref = `refs/pull/${p.number}/merge`;
  if (/^true$/i.test(env.DOCKER_METADATA_PR_HEAD_SHA?.trim() ?? '') && /pull_request/.test(eventName)) {
    const head = str(p.pull_request?.head?.sha);
    if (head !== undefined) sha = head;
  }
  let shortShaLength = 7;
  const len = env.DOCKER_METADATA_SHORT_SHA_LENGTH?.trim();
  if (len !== undefined && len !== '') {
    if (!/^\d+$/.test(len))
      throw new PipelineError('INPUT', `DOCKER_METADATA_SHORT_SHA_LENGTH is '${len}', expected a whole number`, {
        hint: 'Set it to e.g. 12, or unset it for 7.',
      });
    shortShaLength = Number(len);
  }
  const ctx: MetaContext = { eventName, ref, sha, now: opts.now, commitDate: commitTime(p, sha) ?? opts.now, shortShaLength };
  // Outside GitHub (no payload at all: a local run, a test) the default branch is taken to be `main`, as before;
  // on a runner the payload always exists and, as in metadata-action, is the only source for is_default_branch.
  const noPayload = typeof event !== 'object' || event === null;
  const payloadDefault = str(p.repository?.default_branch) ?? (noPayload ? (opts.apiDefaultBranch ?? 'main') : undefined);
  if (payloadDefault !== undefined) ctx.payloadDefaultBranch = payloadDefault;
  const defaultBranch = payloadDefault ?? opts.apiDefaultBranch;
  if (defaultBranch !== undefined) ctx.defaultBranch = defaultBranch;
  const baseRef = str(p.base_ref);
  if (baseRef !== undefined) ctx.baseRef = baseRef;
  const prBase = str(p.pull_request?.base?.ref);
  if (prBase !== undefined) ctx.prBaseRef = prBase;
  return ctx;
}

export const shortSha = (ctx: MetaContext): string => (ctx.shortShaLength >= ctx.sha.length ? ctx.sha : ctx.sha.slice(0, ctx.shortShaLength));
