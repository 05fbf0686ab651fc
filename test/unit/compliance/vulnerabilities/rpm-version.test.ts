import { describe, expect, it } from '@jest/globals';
import { compareVersions } from '../../../../shared/src/compliance/vulnerabilities/versions/index.js';
import { compareRpmVersions, parseEvr, rpmvercmp } from '../../../../shared/src/compliance/vulnerabilities/versions/rpm.js';
import { RPMVERCMP_CASES } from '../../../support/rpmvercmp-cases.js';

describe('rpm version ordering', () => {
  it.each(RPMVERCMP_CASES)('compare(%s, %s) = %d, as rpm says', (a, b, want) => {
    expect(Math.sign(compareRpmVersions(a, b))).toBe(want);
    expect(Math.sign(compareVersions('rpm', a, b))).toBe(want);
  });

  it('rpmvercmp alone ignores dashes and colons as separators (compareRpmVersions splits the EVR)', () => {
    expect([rpmvercmp('1:1.0', '1.1.0'), rpmvercmp('1.0-1', '1.0.1')]).toEqual([0, 0]);
  });

  it.each([
    ['1.2.3', { epoch: '0', version: '1.2.3' }],
    ['2:1.2.3-4.fc40', { epoch: '2', version: '1.2.3', release: '4.fc40' }],
    [':1.0-1', { epoch: '0', version: '1.0', release: '1' }],
    ['1.0-rc-1', { epoch: '0', version: '1.0-rc', release: '1' }],
  ])('parseEvr(%s)', (evr, want) => {
    expect(parseEvr(evr)).toEqual(want);
  });

  it('a long run of separators and digits compares in linear time', () => {
    const a = `${'1.'.repeat(100_000)}~`;
    const t0 = Date.now();
    expect(compareRpmVersions(a, `${'1.'.repeat(100_000)}`)).toBe(-1);
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});
