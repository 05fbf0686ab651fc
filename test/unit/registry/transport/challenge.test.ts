import { expect, test } from '@jest/globals';
import { mergeScopes, parseChallenge, repositoryScope } from '../../../../shared/src/registry/transport/challenge.js';

// [#, header, expected]
const CASES: Array<[number, string | undefined, ReturnType<typeof parseChallenge>]> = [
  [
    1,
    'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/alpine:pull"',
    { scheme: 'bearer', params: { realm: 'https://auth.docker.io/token', service: 'registry.docker.io', scope: 'repository:library/alpine:pull' } },
  ],
  [2, 'Basic realm="Registry Realm"', { scheme: 'basic', params: { realm: 'Registry Realm' } }],
  [3, 'bearer realm=https://ghcr.io/token, service=ghcr.io', { scheme: 'bearer', params: { realm: 'https://ghcr.io/token', service: 'ghcr.io' } }],
  [
    4,
    'Bearer realm="x",scope="repository:a:pull repository:b:pull,push"',
    { scheme: 'bearer', params: { realm: 'x', scope: 'repository:a:pull repository:b:pull,push' } },
  ],
  [5, 'Bearer realm="a \\"quoted\\" realm"', { scheme: 'bearer', params: { realm: 'a "quoted" realm' } }],
  [6, 'Negotiate abc', undefined],
  [7, undefined, undefined],
  [8, '', undefined],
];

test.each(CASES)('%i: parseChallenge(%s)', (_n, header, expected) => {
  expect(parseChallenge(header)).toEqual(expected);
});

test('mergeScopes joins actions per resource and splits space-separated lists', () => {
  expect(mergeScopes([repositoryScope('a', ['push']), repositoryScope('a', ['pull']), 'repository:b:pull repository:a:pull'])).toEqual([
    'repository:a:pull,push',
    'repository:b:pull',
  ]);
  expect(mergeScopes([])).toEqual([]);
});
