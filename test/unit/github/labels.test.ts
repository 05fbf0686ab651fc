import { describe, expect, test } from '@jest/globals';
import { githubContext } from '../../../shared/src/github/event.js';
import { mergeLabels, ociLabels } from '../../../shared/src/github/labels.js';

describe('ociLabels', () => {
  test('from a GitHub run: source, revision, created, version, title', () => {
    const ctx = githubContext({ GITHUB_SERVER_URL: 'https://ghe.example.com/', GITHUB_REPOSITORY: 'acme/app', GITHUB_SHA: 'abc1234def' });
    expect([...ociLabels({ ctx, created: '2023-11-14T22:13:20Z', version: '1.2.3', title: 'ignored' })]).toEqual([
      ['org.opencontainers.image.source', 'https://ghe.example.com/acme/app'],
      ['org.opencontainers.image.revision', 'abc1234def'],
      ['org.opencontainers.image.created', '2023-11-14T22:13:20Z'],
      ['org.opencontainers.image.version', '1.2.3'],
      ['org.opencontainers.image.title', 'app'],
    ]);
  });
  test('outside GitHub: github.com is not invented into a source, the folder name is the title', () => {
    expect([...ociLabels({ ctx: githubContext({}), title: 'hello' })]).toEqual([['org.opencontainers.image.title', 'hello']]);
  });
  test("the user's labels win, order stable", () => {
    const merged = mergeLabels(
      new Map([
        ['org.opencontainers.image.title', 'app'],
        ['org.opencontainers.image.version', '1'],
      ]),
      new Map([
        ['org.opencontainers.image.title', 'My App'],
        ['team', 'core'],
      ]),
    );
    expect([...merged]).toEqual([
      ['org.opencontainers.image.title', 'My App'],
      ['org.opencontainers.image.version', '1'],
      ['team', 'core'],
    ]);
  });
});
