/**
 * Scores one corpus image: build it (cached), test it with the default rules
 * as test-image does, and sort its error-level findings into real (listed in
 * the corpus) and false (anything else), plus the listed ones not found.
 * Shared by the corpus tests and bench/corpus.ts, so both count the same way.
 */
import { checkImage, type CheckResult } from '../../shared/src/compliance/check-image.js';
import { subjectPath } from '../../shared/src/compliance/engine.js';
import type { Finding } from '../../shared/src/compliance/finding.js';
import { defaultPolicy } from '../../shared/src/compliance/policy-load.js';
import { debianImage, type DebianImage } from '../support/debian-image.js';
import type { CorpusImage } from './real-world.js';

export interface Scored {
  name: string;
  image: DebianImage;
  result: CheckResult;
  /** Error-level findings, as `ruleId path`. */
  errors: string[];
  truePositives: string[];
  falsePositives: string[];
  falseNegatives: string[];
  findings: Finding[];
  buildMs: number;
  checkMs: number;
}

export const findingKey = (f: Finding): string => `${f.ruleId} ${subjectPath(f.subject)}`;

export async function score(c: CorpusImage, today = new Date('2026-11-30T00:00:00Z')): Promise<Scored> {
  const t0 = Date.now();
  const image = await debianImage(c.spec);
  const t1 = Date.now();
  const result = await checkImage({ image: image.layout, policy: defaultPolicy(), today });
  const t2 = Date.now();
  const findings = result.findings.filter((f) => f.severity === 'error');
  const errors = findings.map(findingKey).sort();
  const expected = new Set(c.real.map((r) => `${r.ruleId} ${r.path}`));
  return {
    name: c.spec.name,
    image,
    result,
    errors,
    truePositives: errors.filter((e) => expected.has(e)),
    falsePositives: errors.filter((e) => !expected.has(e)),
    falseNegatives: [...expected].filter((e) => !errors.includes(e)).sort(),
    findings,
    buildMs: t1 - t0,
    checkMs: t2 - t1,
  };
}
