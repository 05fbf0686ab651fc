import { describe, expect, it } from '@jest/globals';
import { compareApkVersions } from '../../../shared/src/updates/apk-version.js';
import { compareDebianVersions, parseDebianVersion } from '../../../shared/src/updates/debian-version.js';

const sign = (n: number): number => Math.sign(n);

describe('compareDebianVersions (Debian Policy 5.6.12)', () => {
  it.each([
    ['1.0', '1.0', 0],
    ['0:1.0', '1.0', 0],
    ['1.002', '1.2', 0],
    ['1.0', '1.0-0', 0],
    ['1.0', '1.1', -1],
    ['1.0', '1.0.1', -1],
    ['9', '10', -1],
    ['1:0.9', '2.0', 1],
    ['1.0', '1.0-1', -1],
    ['1.0-1', '1.0-1.1', -1],
    ['1.0-1', '1.0-1a', -1],
    ['1.0', '1.0a', -1],
    ['1.0a', '1.0+', -1],
    ['1.0a', '1.0b', -1],
    ['1.0~rc1', '1.0', -1],
    ['1.0~rc1-1', '1.0-1', -1],
    ['1.0~~', '1.0~~a', -1],
    ['1.0~~a', '1.0~', -1],
    ['1.0~', '1.0', -1],
    ['1.0', '1.0a', -1],
    ['3.0.11-1~deb12u1', '3.0.13-1~deb12u1', -1],
    ['3.0.11-1~deb12u1', '3.0.11-1~deb12u2', -1],
    ['3.0.11-1~deb12u1', '3.0.11-1', -1],
    ['2.36.1-8', '2.36.1-8+deb11u1', -1],
    ['2.36.1-8+deb11u1', '2.36.1-8+deb11u2', -1],
    ['1.0-beta-2', '1.0-beta-10', -1],
    ['7.88.1-10+deb12u5', '7.88.1-10+deb12u12', -1],
    ['1:2.38.1-5+deb12u3', '2.39', 1],
    ['20230311', '20240203', -1],
  ] as const)('%s vs %s -> %d', (a, b, want) => {
    expect(sign(compareDebianVersions(a, b))).toBe(want);
    expect(sign(compareDebianVersions(b, a))).toBe(-want || 0);
  });

  it('splits epoch, upstream (hyphens kept) and revision', () => {
    expect(parseDebianVersion('2:1.0-beta-3')).toEqual({ epoch: 2, upstream: '1.0-beta', revision: '3' });
    expect(parseDebianVersion('1.2.3')).toEqual({ epoch: 0, upstream: '1.2.3', revision: '' });
  });
});

describe('compareApkVersions (apk-tools rules)', () => {
  it.each([
    ['1.0', '1.0', 0],
    ['1.0-r1', '1.0-r1', 0],
    ['1.0', '1.1', -1],
    ['1.0', '1.0.1', -1],
    ['9.9', '10', -1],
    ['1.9', '1.10', -1],
    ['1.01', '1.1', -1],
    ['1.05', '1.1', -1],
    ['1.0-r0', '1.0-r1', -1],
    ['1.0-r9', '1.0-r10', -1],
    ['1.0_alpha', '1.0_beta', -1],
    ['1.0_beta', '1.0_pre', -1],
    ['1.0_pre', '1.0_rc', -1],
    ['1.0_rc1', '1.0_rc2', -1],
    ['1.0_rc9', '1.0', -1],
    ['1.0', '1.0_p1', -1],
    ['1.0_p1', '1.0_p2', -1],
    ['1.0_git20240101', '1.0_p1', -1],
    ['1.0', '1.0a', -1],
    ['1.0a', '1.0b', -1],
    ['1.0a', '1.0.1', -1],
    ['1.2_alpha', '1.2-r1', -1],
    ['1.2', '1.2.1_alpha', -1],
    ['3.1.4-r5', '3.1.4_p1-r0', -1],
    ['1.9.9', '2.0_rc1', -1],
    ['3.1.4-r5', '3.1.4-r6', -1],
    ['1.36.1-r15', '1.36.1-r29', -1],
    ['3.1.4-r0', '3.3.0-r0', -1],
  ] as const)('%s vs %s -> %d', (a, b, want) => {
    expect(sign(compareApkVersions(a, b))).toBe(want);
    expect(sign(compareApkVersions(b, a))).toBe(-want || 0);
  });

  it('compares versions outside the format as text instead of throwing', () => {
    expect(sign(compareApkVersions('abc', 'abd'))).toBe(-1);
    expect(sign(compareApkVersions('1.0', '1.0'))).toBe(0);
  });
});
