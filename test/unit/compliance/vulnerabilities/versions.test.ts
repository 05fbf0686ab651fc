import { describe, expect, it } from '@jest/globals';
import { compareMaven } from '../../../../shared/src/compliance/vulnerabilities/versions/maven.js';
import { comparePep440 } from '../../../../shared/src/compliance/vulnerabilities/versions/pep440.js';
import { compareSemver, compareVersions } from '../../../../shared/src/compliance/vulnerabilities/versions/index.js';

/** Every pair of a list sorted oldest first compares in that order, and each equals itself. */
function expectAscending(compare: (a: string, b: string) => number, versions: string[]): void {
  for (let i = 0; i < versions.length; i++) {
    for (let j = 0; j < versions.length; j++) {
      const a = versions[i] as string;
      const b = versions[j] as string;
      const want = Math.sign(i - j);
      if (Math.sign(compare(a, b)) !== want) throw new Error(`expected compare(${a}, ${b}) to be ${want}, got ${compare(a, b)}`);
    }
  }
}

describe('PEP 440 ordering', () => {
  it('sorts the PEP example sequence', () => {
    expectAscending(comparePep440, [
      '1.dev0',
      '1.0.dev456',
      '1.0a1',
      '1.0a2.dev456',
      '1.0a12.dev456',
      '1.0a12',
      '1.0b1.dev456',
      '1.0b2',
      '1.0b2.post345.dev456',
      '1.0b2.post345',
      '1.0rc1.dev456',
      '1.0rc1',
      '1.0',
      '1.0+abc.5',
      '1.0+abc.7',
      '1.0+5',
      '1.0.post456.dev34',
      '1.0.post456',
      '1.0.15',
      '1.1.dev1',
      '2!0.1',
    ]);
  });

  it.each([
    ['1.0', '1.0.0'],
    ['1.0', 'v1.0'],
    ['1.0a1', '1.0alpha1'],
    ['1.0b2', '1.0-beta.2'],
    ['1.0rc1', '1.0c1'],
    ['1.0rc1', '1.0pre1'],
    ['1.0.post1', '1.0-1'],
    ['1.0.post1', '1.0.rev1'],
    ['1.0.post0', '1.0.post'],
    ['1.0.dev0', '1.0.dev'],
    ['1.0A1', '1.0a1'],
  ])('%s equals %s after normalization', (a, b) => {
    expect(comparePep440(a, b)).toBe(0);
  });

  it('sorts versions that are not PEP 440 before valid ones, by text among themselves', () => {
    expect(comparePep440('not a version', '0.0.1')).toBeLessThan(0);
    expect(comparePep440('0.0.1', 'junk')).toBeGreaterThan(0);
    expect(comparePep440('junk-a', 'junk-b')).toBeLessThan(0);
  });
});

describe('Maven ordering (ComparableVersion rules)', () => {
  it('sorts qualifiers: alpha < beta < milestone < rc < snapshot < release < sp < unknown', () => {
    expectAscending(compareMaven, [
      '1-alpha-1',
      '1-alpha2',
      '1-beta-2',
      '1-m2',
      '1-m11',
      '1-rc',
      '1-cr2',
      '1-rc123',
      '1-SNAPSHOT',
      '1',
      '1-sp',
      '1-sp2',
      '1-abc',
      '1-def',
      '1-1',
      '1-2',
      '1-123',
    ]);
  });

  it('sorts numbers and qualified numbers', () => {
    expectAscending(compareMaven, [
      '2.0',
      '2.0.a',
      '2-1',
      '2.0.2',
      '2.0.123',
      '2.1.0',
      '2.1-a',
      '2.1b',
      '2.1-c',
      '2.1-1',
      '2.1.0.1',
      '2.2',
      '2.123',
      '11.a2',
      '11.a11',
      '11.b2',
      '11.b11',
      '11.m2',
      '11.m11',
      '11',
      '11.a',
      '11b',
      '11c',
      '11m',
    ]);
  });

  it.each([
    ['1', '1.0'],
    ['1', '1.0.0'],
    ['1', '1-0'],
    ['1', '1-ga'],
    ['1', '1.final'],
    ['1', '1-release'],
    ['1a1', '1-alpha-1'],
    ['1cr', '1rc'],
    ['1m3', '1milestone3'],
    ['1X', '1x'],
    ['2.15.0', '2.15'],
  ])('%s equals %s', (a, b) => {
    expect(compareMaven(a, b)).toBe(0);
  });

  it('orders log4j releases as Maven does', () => {
    expectAscending(compareMaven, ['2.0-alpha1', '2.0-beta9', '2.0-rc1', '2.0', '2.14.1', '2.15.0', '2.16.0', '2.17.1']);
  });
});

describe('semver (npm, Go)', () => {
  it('sorts releases, pre-releases and Go pseudo-versions', () => {
    expectAscending(compareSemver, [
      '0.0.0-20210101000000-abcdef123456',
      '0.9.0',
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-beta',
      '1.0.0-rc.1',
      '1.0.0',
      '1.2.6',
      '1.10.0',
    ]);
  });

  it('reads Go versions with their v prefix', () => {
    expect(compareVersions('golang', 'v0.15.0', '0.17.0')).toBeLessThan(0);
    expect(compareVersions('golang', 'v1.2.3', '1.2.3')).toBe(0);
    expect(compareVersions('golang', 'v2.0.0+incompatible', '2.0.0')).toBe(0);
  });

  it("reads a Go toolchain's version as the standard library's semver (go prefix dropped, go1.21 = 1.21.0, rc a pre-release)", () => {
    expect(compareVersions('golang', 'go1.21.5', '1.21.5')).toBe(0);
    expect(compareVersions('golang', 'go1.21', '1.21.0')).toBe(0);
    expect(compareVersions('golang', 'go1.21rc2', '1.21.0')).toBeLessThan(0);
    expect(compareVersions('golang', 'go1.21rc2', '1.20.12')).toBeGreaterThan(0);
    expect(compareVersions('golang', 'go1.9.2', '1.10.0')).toBeLessThan(0);
  });

  it('sorts text that is not semver before every valid version', () => {
    expect(compareSemver('latest', '0.0.1')).toBeLessThan(0);
    expect(compareSemver('1.0.0', 'main')).toBeGreaterThan(0);
  });
});

describe('compareVersions dispatches to the project comparators', () => {
  it('uses dpkg ordering with epochs for deb', () => {
    expect(compareVersions('deb', '1:2.0-1', '2.1-1')).toBeGreaterThan(0);
    expect(compareVersions('deb', '2.0-1', '1:1.0-1')).toBeLessThan(0);
    expect(compareVersions('deb', '3.0.11-1~deb12u2', '3.0.13-1~deb12u1')).toBeLessThan(0);
    expect(compareVersions('deb', '1.0~rc1-1', '1.0-1')).toBeLessThan(0);
  });

  it('uses apk ordering for apk', () => {
    expect(compareVersions('apk', '3.1.4-r3', '3.1.4-r5')).toBeLessThan(0);
    expect(compareVersions('apk', '1.36.1-r15', '1.36.1-r2')).toBeGreaterThan(0);
  });

  it('uses PEP 440 for pypi and Maven rules for maven', () => {
    expect(compareVersions('pypi', '3.1.2', '3.1.10')).toBeLessThan(0);
    expect(compareVersions('maven', '2.0-beta9', '2.0')).toBeLessThan(0);
  });
});
