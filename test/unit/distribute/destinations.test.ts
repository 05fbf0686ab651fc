import { expect, test } from '@jest/globals';
import type { Digest } from '../../../shared/src/oci/digest.js';
import { planDestinations } from '../../../shared/src/distribute/destinations.js';
import { tagOfRefName } from '../../../shared/src/distribute/image-set.js';

const D = `sha256:${'b'.repeat(64)}` as Digest;
const OTHER = `sha256:${'c'.repeat(64)}` as Digest;

// [#, destinations, tags input, image tags, expected]
const PLANS: Array<[number, string[], string[], string[], Array<{ registry: string; repository: string; tags: string[] }>]> = [
  [1, ['ghcr.io/a/app'], [], [], [{ registry: 'ghcr.io', repository: 'a/app', tags: ['latest'] }]],
  [2, ['ghcr.io/a/app'], [], ['1.0'], [{ registry: 'ghcr.io', repository: 'a/app', tags: ['1.0'] }]],
  [3, ['ghcr.io/a/app'], ['2.0', 'latest'], ['1.0'], [{ registry: 'ghcr.io', repository: 'a/app', tags: ['2.0', 'latest'] }]],
  [4, ['ghcr.io/a/app:edge'], ['2.0'], [], [{ registry: 'ghcr.io', repository: 'a/app', tags: ['edge'] }]],
  [5, ['ghcr.io/a/app:x', 'ghcr.io/a/app:y'], [], [], [{ registry: 'ghcr.io', repository: 'a/app', tags: ['x', 'y'] }]],
  [6, [`ghcr.io/a/app@${D}`], ['2.0'], [], [{ registry: 'ghcr.io', repository: 'a/app', tags: [] }]],
  [
    7,
    ['app', 'localhost:5000/app'],
    ['t'],
    [],
    [
      { registry: 'docker.io', repository: 'library/app', tags: ['t'] },
      { registry: 'localhost:5000', repository: 'app', tags: ['t'] },
    ],
  ],
];

test.each(PLANS)('%i: planDestinations(%j, tags %j, image tags %j)', (_n, dests, tags, imageTags, want) => {
  const r = planDestinations(dests, tags, imageTags, D);
  expect(r.ok && r.value).toEqual(want);
});

test('bad plans say which line and why', () => {
  const none = planDestinations([], [], [], D);
  expect(!none.ok && none.error.message).toContain('names no destination');
  const bad = planDestinations(['ghcr.io/a/app', 'ghcr.io/A/app'], [], [], D);
  expect(!bad.ok && [bad.error.input, bad.error.line]).toEqual(['destinations', 2]);
  const pinned = planDestinations([`ghcr.io/a/app@${OTHER}`], [], [], D);
  expect(!pinned.ok && pinned.error.message).toContain('but the image is');
  const tag = planDestinations(['ghcr.io/a/app'], ['-x'], [], D);
  expect(!tag.ok && tag.error.input).toBe('tags');
});

test.each([
  ['1.0', '1.0'],
  ['app:1.0', '1.0'],
  ['ghcr.io/a/b:2', '2'],
  ['localhost:5000/a', undefined],
  ['not a tag', undefined],
])('tagOfRefName(%s) = %s', (name, want) => {
  expect(tagOfRefName(name)).toBe(want);
});
