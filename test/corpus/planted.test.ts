/**
 * The planted corpus (planted.ts): secrets leaked the ways people leak them,
 * beside look-alikes that are not secrets. Every leak is found, about the
 * right file or config entry, and nothing else is; no report echoes a secret.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { capturedFile } from '../../shared/src/compliance/image-view.js';
import { dpkgConffiles } from '../../shared/src/compliance/rules/secrets.js';
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

  if (c.modifiedConffiles !== undefined) {
    it.each(c.modifiedConffiles.map((p) => [p] as const))('%s is a dpkg conffile whose md5 no longer matches (the md5, not the name, gets it scanned)', (p) => {
      const status = capturedFile(s.result.view, '/var/lib/dpkg/status');
      const content = capturedFile(s.result.view, p);
      const packaged = dpkgConffiles(status?.toString('utf8') ?? '').get(p);
      expect(packaged).toMatch(/^[0-9a-f]{32}$/);
      expect(content).toBeDefined();
      expect(
        createHash('md5')
          .update(content as Buffer)
          .digest('hex'),
      ).not.toBe(packaged);
    });
  }

  it('finds nothing else at error level (the look-alikes stay quiet)', () => {
    expect(s.falsePositives).toEqual([]);
    expect(s.errors).toEqual(c.real.map((r) => `${r.ruleId} ${r.path}`).sort());
  });

  it('words each finding "expected no credentials, got ..." and never echoes a secret', () => {
    const texts = s.result.findings.flatMap((f) => [f.message, f.got, JSON.stringify(f.subject)]);
    for (const f of s.findings)
      expect(f.message).toMatch(
        /: expected no credentials, got (?:an? .+ at line \d+ \(.+\)|(?:ENV|LABEL) [^=]+=\S*\*+|build step \d+ contains an? .+: .+\*+)/,
      );
    for (const secret of Object.values(SECRETS)) {
      for (const t of texts) {
        expect(t).not.toContain(secret);
        expect(t).not.toContain(secret.slice(0, 6));
      }
    }
  });
});
