/**
 * Annotations as data (pure): one per error or warning finding, at its
 * anchored file and line. Notes stay in the reports; GitHub shows only ten
 * annotations of each kind per step, which is why the check run exists.
 *
 * Texts are made printable here, once, for every writer: a file name from an
 * image may hold a NUL, an escape sequence or a newline. @actions/core then
 * applies the workflow-command escaping (% CR LF, and : , in properties).
 */
import type { Finding } from '../compliance/finding.js';
import { printable } from '../preview.js';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  title: string;
  message: string;
  file?: string;
  line?: number;
}

export function toAnnotations(findings: readonly Finding[], opts: { includeNotes?: boolean } = {}): Annotation[] {
  return findings
    .filter((f) => opts.includeNotes === true || f.severity !== 'note')
    .map((f) => {
      const a: Annotation = { level: f.severity === 'note' ? 'notice' : f.severity, title: printable(f.ruleId), message: printable(f.message) };
      if (f.anchor !== undefined) {
        a.file = printable(f.anchor.file);
        a.line = f.anchor.line;
      }
      return a;
    });
}
