import { describe, expect, test } from '@jest/globals';
import { githubContext, refKind } from '../../../shared/src/github/event.js';

describe('githubContext', () => {
  test('reads the runner variables, trims, and defaults server and default branch', () => {
    expect(
      githubContext({ GITHUB_REPOSITORY: ' acme/app ', GITHUB_SHA: 'abc', GITHUB_REF: 'refs/heads/x', GITHUB_EVENT_NAME: 'push', GITHUB_SERVER_URL: '' }),
    ).toEqual({
      serverUrl: 'https://github.com',
      repository: 'acme/app',
      sha: 'abc',
      ref: 'refs/heads/x',
      eventName: 'push',
      defaultBranch: 'main',
    });
  });
  test('default branch and PR number from the event payload; junk payloads ignored', () => {
    expect(githubContext({ GITHUB_REF: 'refs/pull/7/merge' }, { repository: { default_branch: 'trunk' }, pull_request: { number: 7 } })).toMatchObject({
      defaultBranch: 'trunk',
      pullRequest: 7,
    });
    expect(githubContext({}, 'not an object')).toEqual({ serverUrl: 'https://github.com', defaultBranch: 'main' });
    expect(githubContext({}, { repository: { default_branch: 42 } }).defaultBranch).toBe('main');
  });
  test.each([
    ['refs/heads/feature/a', { kind: 'branch', name: 'feature/a' }],
    ['refs/tags/v1', { kind: 'tag', name: 'v1' }],
    ['refs/pull/12/merge', { kind: 'pull', number: 12 }],
    ['refs/remotes/x', { kind: 'other' }],
    [undefined, { kind: 'other' }],
  ])('refKind(%s)', (ref, want) => expect(refKind(ref)).toEqual(want));
});
