/**
 * The global `{{...}}` names metadata-action offers in every value, prefix,
 * suffix, `enable` and label: branch, tag, sha, base_ref, is_default_branch,
 * is_not_default_branch, date, commit_date. Pure over the context.
 */
import type { MetaContext } from './context.js';
import { shortSha } from './context.js';
import { formatDate } from './date-format.js';
import type { Helper, Param, Scope } from './expr.js';
import { PipelineError } from '../../errors.js';

const after = (ref: string, prefix: string): string => (ref.startsWith(prefix) ? ref.slice(prefix.length) : '');

/** {{date 'FORMAT' tz='Zone'}}: only `tz` is known, as in metadata-action. */
export function dateHelper(at: () => Date): Helper {
  return (params: readonly unknown[], hash: Readonly<Record<string, Param>>) => {
    let tz = 'UTC';
    for (const [k, v] of Object.entries(hash)) {
      if (k !== 'tz')
        throw new PipelineError('INPUT', `date expression has unknown attribute '${k}'`, {
          hint: "Only tz is known, e.g. {{date 'YYYYMMDD' tz='Asia/Tokyo'}}.",
        });
      tz = String(v);
    }
    return formatDate(at(), typeof params[0] === 'string' ? params[0] : undefined, tz);
  };
}

/** Events GitHub only fires for the default branch's last commit, so they count as on it. */
const DEFAULT_BRANCH_EVENTS = /create|discussion|issues|schedule/;

export function isDefaultBranch(ctx: MetaContext): boolean {
  const branch = ctx.ref.replace(/^refs\/heads\//, '');
  if (branch === '') return false;
  if (ctx.payloadDefaultBranch === branch) return true;
  return DEFAULT_BRANCH_EVENTS.test(ctx.eventName);
}

export function globalScope(ctx: MetaContext): Scope {
  return {
    branch: () => after(ctx.ref, 'refs/heads/'),
    tag: () => after(ctx.ref, 'refs/tags/'),
    sha: () => shortSha(ctx),
    base_ref: () => {
      if (ctx.ref.startsWith('refs/tags/') && ctx.baseRef !== undefined) return ctx.baseRef.replace(/^refs\/heads\//, '');
      if (ctx.ref.startsWith('refs/pull/') && ctx.prBaseRef !== undefined) return ctx.prBaseRef;
      return '';
    },
    is_default_branch: () => String(isDefaultBranch(ctx)),
    is_not_default_branch: () => String(!isDefaultBranch(ctx)),
    date: dateHelper(() => ctx.now),
    commit_date: dateHelper(() => ctx.commitDate),
  };
}
