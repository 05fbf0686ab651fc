/**
 * A check run carrying every annotation, 50 per request (the Checks API's
 * limit per call), created with @actions/github's Octokit. The runner only
 * shows ten annotations of each kind per step; the check run shows them all.
 */
import * as github from '@actions/github';
import { PipelineError } from '../errors.js';
import type { Annotation } from './annotations.js';
import type { Report } from './report.js';

const ANNOTATIONS_PER_REQUEST = 50;

export interface CheckRunTarget {
  token: string;
  owner: string;
  repo: string;
  headSha: string;
  /** API base URL (GITHUB_API_URL); emulators override it. */
  baseUrl?: string;
  name?: string;
}

type ApiAnnotation = { path: string; start_line: number; end_line: number; annotation_level: 'failure' | 'warning' | 'notice'; title: string; message: string };

export function toApiAnnotations(annotations: readonly Annotation[], fallbackFile: string): ApiAnnotation[] {
  return annotations.map((a) => ({
    path: a.file ?? fallbackFile,
    start_line: a.line ?? 1,
    end_line: a.line ?? 1,
    annotation_level: a.level === 'error' ? 'failure' : a.level,
    title: a.title,
    message: a.message.slice(0, 64 * 1024),
  }));
}

/** Batches of at most 50, the first sent with the create call. */
export const batches = <T>(items: readonly T[], size = ANNOTATIONS_PER_REQUEST): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length === 0 ? [[]] : out;
};

export async function createCheckRun(
  target: CheckRunTarget,
  report: Report,
  annotations: readonly Annotation[],
  summary: string,
  fallbackFile: string,
): Promise<{ id: number; requests: number }> {
  const octokit = github.getOctokit(target.token, target.baseUrl === undefined ? {} : { baseUrl: target.baseUrl });
  const title = `${report.counts.error} errors, ${report.counts.warning} warnings, ${report.counts.note} notes`;
  const conclusion = report.result === 'passed' ? 'success' : 'failure';
  const parts = batches(toApiAnnotations(annotations, fallbackFile));
  const text = summary.length > 65000 ? `${summary.slice(0, 65000)}\n…` : summary;
  try {
    const created = await octokit.rest.checks.create({
      owner: target.owner,
      repo: target.repo,
      name: target.name ?? 'test-image',
      head_sha: target.headSha,
      status: 'completed',
      conclusion,
      output: { title, summary: text, annotations: parts[0] ?? [] },
    });
    for (const part of parts.slice(1)) {
      await octokit.rest.checks.update({
        owner: target.owner,
        repo: target.repo,
        check_run_id: created.data.id,
        output: { title, summary: text, annotations: part },
      });
    }
    return { id: created.data.id, requests: parts.length };
  } catch (e) {
    const status = (e as { status?: number }).status;
    throw new PipelineError(status === 401 || status === 403 ? 'AUTH' : 'NETWORK', `could not create the check run: ${(e as Error).message}`, {
      input: 'github-token',
      hint: status === 403 ? "Give the workflow 'checks: write' permission." : 'Check the token and the GitHub API URL.',
      cause: e,
    });
  }
}
