/**
 * Writing the job summary without letting it fail the step: outside a runner
 * (local runs, tests) there is no GITHUB_STEP_SUMMARY file, and a summary that
 * cannot be written is worth a warning, never a failed build.
 */
import * as core from '@actions/core';
import type { Env } from './inputs.js';

export async function writeJobSummary(markdown: string, env: Env = process.env): Promise<boolean> {
  if (env.GITHUB_STEP_SUMMARY === undefined || env.GITHUB_STEP_SUMMARY === '') {
    core.debug('GITHUB_STEP_SUMMARY is not set; no job summary written');
    return false;
  }
  try {
    await core.summary.addRaw(markdown).write();
    return true;
  } catch (e) {
    core.warning(`Could not write the job summary: ${(e as Error).message}`);
    return false;
  } finally {
    core.summary.emptyBuffer();
  }
}
