import { describe, expect, it } from '@jest/globals';
import { cvss3BaseScore, levelOfScore, roundUp } from '../../../../shared/src/compliance/vulnerabilities/cvss.js';

describe('CVSS v3.1 base scores from the vector (the specification examples)', () => {
  it.each([
    // CVSS v3.1 Examples document: phpMyAdmin XSS, Heartbleed, Shellshock, MySQL, POODLE, VMware guest escape, Chrome, Sophos, Juniper
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N', 6.1],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N', 7.5],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8],
    ['CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N', 6.4],
    ['CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N', 3.1],
    ['CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H', 9.9],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H', 8.8],
    ['CVSS:3.1/AV:P/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 6.8],
    ['CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:C/C:N/I:H/A:N', 7.4],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H', 10.0],
    ['CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H', 7.8],
    ['CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H', 7.2],
    ['CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:N/I:N/A:N', 0],
    // 3.0 vectors score the same way; temporal metrics after the base ones are ignored
    ['CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N/E:H/RL:O', 7.5],
    // metric order does not matter
    ['CVSS:3.1/S:U/AV:N/AC:L/PR:N/UI:N/C:H/I:H/A:H', 9.8],
  ])('%s -> %d', (vector, score) => {
    expect(cvss3BaseScore(vector)).toBe(score);
  });

  it.each([
    'CVSS:2.0/AV:N/AC:L/Au:N/C:P/I:P/A:P',
    'AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
    'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H',
    'CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
    'CVSS:3.1/AV:N/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
    'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:Z/C:H/I:H/A:H',
    'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N',
  ])('refuses %s', (vector) => {
    expect(cvss3BaseScore(vector)).toBeUndefined();
  });

  it('rounds up to one decimal without floating-point noise (Appendix A)', () => {
    expect(roundUp(4.02)).toBe(4.1);
    expect(roundUp(4.000002)).toBe(4.0);
    expect(roundUp(4.0)).toBe(4.0);
    expect(roundUp(4.00000000001)).toBe(4.0);
    expect(roundUp(0.1 + 0.2)).toBe(0.3);
  });

  it.each([
    [10, 'critical'],
    [9.0, 'critical'],
    [8.9, 'high'],
    [7.0, 'high'],
    [6.9, 'medium'],
    [4.0, 'medium'],
    [3.9, 'low'],
    [0.1, 'low'],
    [0, 'negligible'],
  ])('score %d is %s', (score, level) => {
    expect(levelOfScore(score)).toBe(level);
  });
});
