import { describe, expect, it } from '@jest/globals';
import { documentTime, listPackages, nameUuid } from '../../../../shared/src/compliance/sbom/document.js';
import { DEBIAN_PACKAGES } from './sbom-fixture.js';

const NOW = () => new Date('2026-11-30T14:00:00.250Z');

describe('documentTime', () => {
  it.each([
    ['SOURCE_DATE_EPOCH first', 1700000000, '2024-01-01T10:00:00.5Z', '2023-11-14T22:13:20Z'],
    ["else the image's created time, to the second in UTC", undefined, '2024-01-01T10:00:00.123456789+02:00', '2024-01-01T08:00:00Z'],
    ['else now (an unreadable created time is not a time)', undefined, 'last tuesday', '2026-11-30T14:00:00Z'],
    ['else now', undefined, undefined, '2026-11-30T14:00:00Z'],
    ['the epoch itself is a time', 0, '2024-01-01T00:00:00Z', '1970-01-01T00:00:00Z'],
  ])('%s', (_what, epoch, created, expected) => {
    expect(documentTime(epoch, created, NOW)).toBe(expected);
  });
});

describe('listPackages', () => {
  it('sorts by purl, merges the same install found twice, and gives shared purls distinct refs', () => {
    const bash = DEBIAN_PACKAGES[1]!;
    const listed = listPackages([...DEBIAN_PACKAGES, { ...bash, layer: { index: 3, digest: 'sha256:3' }, locations: ['x'] }]);
    const purls = listed.map((l) => l.pkg.purl);
    expect(purls).toEqual([...purls].sort());
    expect(listed.filter((l) => l.pkg.name === 'tzdata')).toHaveLength(1);
    expect(listed.filter((l) => l.pkg.name === 'bash').map((l) => [l.ref, l.pkg.layer.index])).toEqual([
      [bash.purl, 0],
      [`${bash.purl}#2`, 3],
    ]);
    // The input is left as it was.
    expect(DEBIAN_PACKAGES.find((p) => p.locations[0] === 'var/lib/dpkg/status.d/tzdata')?.locations).toEqual(['var/lib/dpkg/status.d/tzdata']);
  });
});

describe('nameUuid', () => {
  it('is a version-5-layout UUID, the same for the same name and different for another', () => {
    expect(nameUuid('a')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(nameUuid('a')).toBe(nameUuid('a'));
    expect(nameUuid('a')).not.toBe(nameUuid('b'));
  });
});
