/**
 * The real-world corpus (real-world.ts): Debian images of widely used packages
 * with their stock configuration. At fail-on: error the default rules pass
 * each one but for the problems it really has, which are named exactly.
 *
 * Cold, the images are built first (debootstrap and apt-get from the Debian
 * mirror, several minutes); warm, they come from the cache of
 * test/support/debian-image.ts.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { capturedFile } from '../../shared/src/compliance/image-view.js';
import { fails } from '../../shared/src/report/report.js';
import { REAL_WORLD } from './real-world.js';
import { score, type Scored } from './score.js';

const BUILD_TIMEOUT = 40 * 60_000;

describe.each(REAL_WORLD.map((c) => [c.spec.name, c] as const))('%s', (_name, c) => {
  let s: Scored;
  beforeAll(async () => {
    s = await score(c);
  }, BUILD_TIMEOUT);

  it('holds every package it names, installed by dpkg', () => {
    const status = capturedFile(s.result.view, '/var/lib/dpkg/status')?.toString('utf8') ?? '';
    const installed = new Set([...status.matchAll(/^Package: (\S+)\n(?:[^\n]+\n)*?Status: install ok installed$/gm)].map((m) => m[1]));
    expect((c.spec.packages ?? []).filter((p) => !installed.has(p))).toEqual([]);
  });

  it('holds the look-alikes it must stay quiet on', () => {
    expect((c.lookAlikes ?? []).filter((p) => s.result.view.fs.get(p)?.type !== 'file')).toEqual([]);
  });

  it('keeps what the Debian tools made: links, hard links, modes and owners', () => {
    const node = (p: string) => {
      const n = s.result.view.fs.get(p);
      return n === undefined
        ? undefined
        : { type: n.type, mode: n.mode.toString(8), owner: `${n.uid}:${n.gid}`, ...(n.linkname === undefined ? {} : { linkname: n.linkname }) };
    };
    expect(node('/bin')).toEqual({ type: 'symlink', mode: '777', owner: '0:0', linkname: 'usr/bin' });
    expect(node('/usr/bin/uncompress')).toEqual({ type: 'hardlink', mode: '755', owner: '0:0', linkname: '/usr/bin/gunzip' });
    expect(node('/etc/shadow')).toEqual({ type: 'file', mode: '640', owner: '0:42' });
    expect(node('/tmp')).toEqual({ type: 'dir', mode: '1777', owner: '0:0' });
    expect(node('/var/mail')).toEqual({ type: 'dir', mode: '2775', owner: '0:8' });
  });

  it(`has at error level exactly its real problems: ${c.real.length === 0 ? 'none' : c.real.map((r) => `${r.path} (${r.why})`).join(', ')}`, () => {
    expect(s.errors).toEqual(c.real.map((r) => `${r.ruleId} ${r.path}`).sort());
    expect(fails(s.result.findings, 'error')).toBe(c.real.length > 0);
  });

  it('words each finding "expected X, got Y" and shows no key material', () => {
    for (const f of s.findings) {
      expect(f.message).toMatch(/: expected .+, got .+/);
      const body =
        capturedFile(s.result.view, (f.subject as { path?: string }).path ?? '')
          ?.toString('utf8')
          .split('\n')[1] ?? '';
      if (body.length >= 8) expect(f.message).not.toContain(body.slice(0, 8));
    }
  });
});
