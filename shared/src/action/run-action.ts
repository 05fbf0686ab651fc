/**
 * The single place where an action's run ends: a failure becomes one
 * `core.setFailed` with the full described message, plus an error annotation
 * at the file and line when the error carries one. Every action's main.ts
 * calls `runAction`, so this snippet is not pasted into three files.
 */
import * as core from '@actions/core';
import { isPipelineError, messageOf } from '../errors.js';

export async function runAction(name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (e) {
    if (isPipelineError(e) && e.file !== undefined) {
      const props: core.AnnotationProperties = { title: `${name}: ${e.code.toLowerCase().replace(/_/g, ' ')}`, file: e.file };
      if (e.line !== undefined) props.startLine = e.line;
      if (e.column !== undefined) props.startColumn = e.column;
      core.error(e.describe(), props);
    }
    if (!isPipelineError(e) && e instanceof Error && e.stack !== undefined) core.debug(e.stack);
    core.setFailed(messageOf(e));
  }
}
