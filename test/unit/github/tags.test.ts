import { describe, expect, test } from '@jest/globals';
import { computeTags, sanitizeTag, tagContext } from '../../../shared/src/github/tags.js';
import { TAG_PATTERN } from '../../../shared/src/registry/reference.js';

const SHA = '860c1904a1ce19322e91ac35af1ab07466440c37';
const env = (over: Record<string, string>) => ({ GITHUB_SHA: SHA, GITHUB_REPOSITORY: 'acme/app', GITHUB_EVENT_NAME: 'push', ...over });

// [n] event context -> tags, version (docker/metadata-action defaults plus semver expansion).
const cases: Array<[string, Record<string, string>, unknown, string[], string | undefined]> = [
  [
    'push to the default branch (main when there is no event payload at all)',
    env({ GITHUB_REF: 'refs/heads/main' }),
    undefined,
    ['main', 'latest', 'sha-860c190'],
    'main',
  ],
  [
    // metadata-action: a payload without repository.default_branch makes no branch the default one.
    'a payload that does not name the default branch: no latest',
    env({ GITHUB_REF: 'refs/heads/main' }),
    { ref: 'refs/heads/main' },
    ['main', 'sha-860c190'],
    'main',
  ],
  [
    'push to the default branch named in the event',
    env({ GITHUB_REF: 'refs/heads/trunk' }),
    { repository: { default_branch: 'trunk' } },
    ['trunk', 'latest', 'sha-860c190'],
    'trunk',
  ],
  [
    'main is not default when the event says otherwise',
    env({ GITHUB_REF: 'refs/heads/main' }),
    { repository: { default_branch: 'develop' } },
    ['main', 'sha-860c190'],
    'main',
  ],
  [
    'feature branch with a slash is sanitised',
    env({ GITHUB_REF: 'refs/heads/feature/Login+SSO' }),
    undefined,
    ['feature-Login-SSO', 'sha-860c190'],
    'feature-Login-SSO',
  ],
  ['release tag expands to major.minor and major', env({ GITHUB_REF: 'refs/tags/v1.2.3' }), undefined, ['1.2.3', '1.2', '1', 'sha-860c190'], '1.2.3'],
  ['prerelease tag: only the full version', env({ GITHUB_REF: 'refs/tags/v2.0.0-rc.1' }), undefined, ['2.0.0-rc.1', 'sha-860c190'], '2.0.0-rc.1'],
  [
    'build metadata is dropped (+ is not a tag character)',
    env({ GITHUB_REF: 'refs/tags/1.4.0+build.7' }),
    undefined,
    ['1.4.0', '1.4', '1', 'sha-860c190'],
    '1.4.0',
  ],
  ['0.x: no bare 0', env({ GITHUB_REF: 'refs/tags/v0.3.1' }), undefined, ['0.3.1', '0.3', 'sha-860c190'], '0.3.1'],
  ['non-semver tag used as is, sanitised', env({ GITHUB_REF: 'refs/tags/release@2024' }), undefined, ['release-2024', 'sha-860c190'], 'release-2024'],
  ['pull request from the ref', env({ GITHUB_REF: 'refs/pull/42/merge', GITHUB_EVENT_NAME: 'pull_request' }), undefined, ['pr-42', 'sha-860c190'], 'pr-42'],
  [
    'pull request number from the event payload',
    env({ GITHUB_REF: 'refs/pull/42/merge', GITHUB_EVENT_NAME: 'pull_request' }),
    // Was pr-43 (payload over ref): metadata-action's type=ref,event=pr reads the ref, which names the PR built.
    { pull_request: { number: 43 } },
    ['pr-42', 'sha-860c190'],
    'pr-42',
  ],
  [
    'scheduled run on the default branch',
    env({ GITHUB_REF: 'refs/heads/main', GITHUB_EVENT_NAME: 'schedule' }),
    undefined,
    ['nightly', 'main', 'latest', 'sha-860c190'],
    // Was 'main': the version is the first tag, as metadata-action's.
    'nightly',
  ],
  ['no ref (local run): only the sha', env({}), undefined, ['sha-860c190'], 'sha-860c190'],
  ['nothing at all', {}, undefined, [], undefined],
];

describe('computeTags', () => {
  test.each(cases.map((c, i) => [i + 1, ...c] as const))('[%d] %s', (_n, _title, e, event, tags, version) => {
    const got = computeTags(tagContext(e, event));
    expect(got.tags).toEqual(tags);
    expect(got.version).toBe(version);
    for (const t of got.tags) expect(t).toMatch(TAG_PATTERN);
  });
});

describe('sanitizeTag', () => {
  test.each([
    ['feature/x', 'feature-x'],
    ['.hidden', 'hidden'],
    ['-dash', 'dash'],
    ['ünïcode', 'n-code'],
    ['a'.repeat(200), 'a'.repeat(128)],
    ['ok_1.2-3', 'ok_1.2-3'],
  ])('%s -> %s', (input, want) => expect(sanitizeTag(input)).toBe(want));
});

// parseSemver/semverTags are gone (the semver library decides now); their cases, through the default spec.
describe('semver', () => {
  const tagsOf = (tag: string) => computeTags(tagContext({ GITHUB_REF: `refs/tags/${tag}`, GITHUB_EVENT_NAME: 'push' }, undefined)).tags;
  test('parse and expand', () => {
    expect(tagsOf('v10.20.30')).toEqual(['10.20.30', '10.20', '10']);
    expect(tagsOf('1.2')).toEqual(['1.2']);
    expect(tagsOf('01.2.3')).toEqual(['01.2.3']);
    expect(tagsOf('3.0.1-beta')).toEqual(['3.0.1-beta']);
  });
});
