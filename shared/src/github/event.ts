/**
 * The GitHub context the runner passes in environment variables (and the
 * event payload file), reduced to what tags and labels need. Pure over the
 * env map and the parsed event, so tests need no process state.
 */
import * as fs from 'node:fs/promises';
import type { Env } from '../action/inputs.js';

export interface GitHubContext {
  serverUrl: string;
  /** owner/name, or undefined outside GitHub. */
  repository?: string;
  sha?: string;
  /** refs/heads/x, refs/tags/v1, refs/pull/3/merge */
  ref?: string;
  eventName?: string;
  defaultBranch: string;
  /** From the event payload when the event is a pull request, else from the ref. */
  pullRequest?: number;
}

export type RefKind = { kind: 'branch'; name: string } | { kind: 'tag'; name: string } | { kind: 'pull'; number: number } | { kind: 'other' };

export function refKind(ref: string | undefined): RefKind {
  if (ref === undefined || ref === '') return { kind: 'other' };
  if (ref.startsWith('refs/heads/')) return { kind: 'branch', name: ref.slice('refs/heads/'.length) };
  if (ref.startsWith('refs/tags/')) return { kind: 'tag', name: ref.slice('refs/tags/'.length) };
  const pr = /^refs\/pull\/(\d+)\//.exec(ref);
  if (pr !== null) return { kind: 'pull', number: Number(pr[1]) };
  return { kind: 'other' };
}

const nonEmpty = (v: string | undefined): string | undefined => (v === undefined || v.trim() === '' ? undefined : v.trim());

/** `event` is the parsed GITHUB_EVENT_PATH payload, if any. */
export function githubContext(env: Env, event?: unknown): GitHubContext {
  const ev = (typeof event === 'object' && event !== null ? event : {}) as {
    repository?: { default_branch?: unknown };
    pull_request?: { number?: unknown };
    number?: unknown;
  };
  const defaultBranch = typeof ev.repository?.default_branch === 'string' && ev.repository.default_branch !== '' ? ev.repository.default_branch : 'main';
  const ctx: GitHubContext = { serverUrl: (nonEmpty(env.GITHUB_SERVER_URL) ?? 'https://github.com').replace(/\/+$/, ''), defaultBranch };
  const repository = nonEmpty(env.GITHUB_REPOSITORY);
  if (repository !== undefined) ctx.repository = repository;
  const sha = nonEmpty(env.GITHUB_SHA);
  if (sha !== undefined) ctx.sha = sha;
  const ref = nonEmpty(env.GITHUB_REF);
  if (ref !== undefined) ctx.ref = ref;
  const eventName = nonEmpty(env.GITHUB_EVENT_NAME);
  if (eventName !== undefined) ctx.eventName = eventName;
  const prFromEvent = typeof ev.pull_request?.number === 'number' ? ev.pull_request.number : undefined;
  const kind = refKind(ref);
  const pr = prFromEvent ?? (kind.kind === 'pull' ? kind.number : undefined);
  if (pr !== undefined) ctx.pullRequest = pr;
  return ctx;
}

/** Read and parse GITHUB_EVENT_PATH; a missing or broken file is no event (local runs). */
export async function readEvent(env: Env): Promise<unknown> {
  const p = nonEmpty(env.GITHUB_EVENT_PATH);
  if (p === undefined) return undefined;
  try {
    return JSON.parse(await fs.readFile(p, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}
