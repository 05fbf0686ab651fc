/**
 * The planted corpus (planted.ts): secrets leaked the ways people leak them,
 * beside look-alikes that are not secrets. Every leak is found, about the
 * right file or config entry, and nothing else is; no report echoes a secret.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { PLANTED, SECRETS } from './planted.js';
import { findingKey, score, type Scored } from './score.js';

const BUILD_TIMEOUT = 40 * 60_000;

describe.each(PLANTED.map((c) => [c.spec.name, c] as const))('%s', (_name, c) => {
  let s: Scored;
  beforeAll(async () => {
    s = await score(c);
  }, BUILD_TIMEOUT);

  it.each(c.real.map((r) => [r.path, r] as const))('finds %s', (_path, r) => {
    const f = s.findings.find((x) => findingKey(x) === `${r.ruleId} ${r.path}`);
    expect(f?.message).toMatch(/: expected no credentials, got .+/);
  });

  it('finds nothing else at error level (the look-alikes stay quiet)', () => {
    expect(s.falsePositives).toEqual([]);
    expect(s.errors).toEqual(c.real.map((r) => `${r.ruleId} ${r.path}`).sort());
  });

  it('words each finding "expected no credentials, got ..." and never echoes a secret', () => {
    const texts = s.result.findings.flatMap((f) => [f.message, f.got, JSON.stringify(f.subject)]);
    for (const f of s.findings) expect(f.message).toMatch(/: expected no credentials, got (?:an? .+ at line \d+ \(.+\)|(?:ENV|LABEL) [^=]+=\S*\*+|build step \d+ contains an? .+: .+\*+)/);
    for (const secret of Object.values(SECRETS)) {
      for (const t of texts) {
        expect(t).not.toContain(secret);
        expect(t).not.toContain(secret.slice(0, 6));
      }
    }
  });
});
