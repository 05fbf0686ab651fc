/**
 * The shapes every check produces and every report consumes, without logic.
 */

export type Severity = 'error' | 'warning' | 'note';

/** What a finding is about, inside the image or its metadata. */
export type Subject =
  | { kind: 'file'; path: string; layer?: number }
  | { kind: 'config'; field: string; key?: string }
  | { kind: 'history'; index: number; createdBy: string }
  | { kind: 'manifest'; field: string }
  | { kind: 'policy'; test: string }
  /** A cloud resource, e.g. an AMI or snapshot: `eu-west-1/ami-0123...`. */
  | { kind: 'resource'; id: string };

/** Where a reviewer should look: a line of the Dockerfile or of the policy file. */
export interface Anchor {
  file: string;
  line: number;
}

/** One rule's verdict on one thing: a check says what it expected and what it got. */
export interface Hit {
  subject: Subject;
  expected: string;
  got: string;
  /** Optional sentence replacing the generic "expected X, got Y". */
  message?: string;
}

export interface Finding extends Hit {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Stable across runs: rule + subject, not the message. */
  fingerprint: string;
  anchor?: Anchor;
  /** Set when an ignore matched but expired: the finding is shown and says so. */
  expiredIgnore?: { reason: string; until: string };
}

export interface Suppressed {
  finding: Finding;
  reason: string;
  until?: string;
}

/** A rule as reports describe it (SARIF `rules`, the summary, JUnit suites). */
export interface RuleInfo {
  id: string;
  pack: string;
  title: string;
  severity: Severity;
  /** One line: why this matters. */
  why: string;
  /** One line: what to do. */
  fix: string;
  /** CIS Docker Benchmark section, when the rule implements one. */
  cis?: string;
}

/** One container-structure-test test's outcome. */
export interface TestOutcome {
  kind: 'command' | 'fileExistence' | 'fileContent' | 'metadata' | 'license';
  name: string;
  passed: boolean;
  /** Why it failed, one entry per failed expectation. */
  failures: string[];
  /** Line of the test in the policy file. */
  line?: number;
  durationMs: number;
  /** Set when the test could not run at all here (no container runtime). */
  skipped?: string;
}

export const subjectKey = (s: Subject): string => {
  switch (s.kind) {
    case 'file':
      return `file:${s.path}`;
    case 'config':
      return `config:${s.field}${s.key !== undefined ? `:${s.key}` : ''}`;
    case 'history':
      return `history:${s.index}`;
    case 'manifest':
      return `manifest:${s.field}`;
    case 'policy':
      return `policy:${s.test}`;
    case 'resource':
      return `resource:${s.id}`;
  }
};

export const subjectText = (s: Subject): string => {
  switch (s.kind) {
    case 'file':
      return s.path;
    case 'config':
      return `config ${s.field}${s.key !== undefined ? ` ${s.key}` : ''}`;
    case 'history':
      return `history step ${s.index + 1} (${s.createdBy.slice(0, 80)})`;
    case 'manifest':
      return `manifest ${s.field}`;
    case 'policy':
      return `test '${s.test}'`;
    case 'resource':
      return s.id;
  }
};
