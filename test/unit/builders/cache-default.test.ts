import { describe, expect, test } from '@jest/globals';
import { cacheRepository, defaultBranchOf, defaultCache, type CacheFacts } from '../../../shared/src/builders/cache-default.js';

const GHCR = 'ghcr.io/acme/app';
const READ = ['type=registry,ref=ghcr.io/acme/app-cache'];
const WRITE = ['type=registry,ref=ghcr.io/acme/app-cache,mode=max,ignore-error=true'];
const onMain = { eventName: 'push', ref: 'refs/heads/main', defaultBranch: 'main' };

describe('defaultCache', () => {
  test.each<[string, CacheFacts, string[], RegExp]>([
    ['a push to the default branch reads and writes (mode=max)', { destination: GHCR, ...onMain }, WRITE, /^push on the default branch main$/],
    [
      'the default branch by its payload name, not main',
      { destination: GHCR, eventName: 'push', ref: 'refs/heads/trunk', defaultBranch: 'trunk' },
      WRITE,
      /trunk/,
    ],
    [
      'a push to another branch only reads',
      { destination: GHCR, ...onMain, ref: 'refs/heads/feature' },
      [],
      /refs\/heads\/feature is not the default branch main/,
    ],
    ['a branch named like the default elsewhere only reads', { destination: GHCR, ...onMain, ref: 'refs/heads/x/main' }, [], /not the default branch/],
    ['a tag push only reads', { destination: GHCR, ...onMain, ref: 'refs/tags/v1.2.0' }, [], /refs\/tags\/v1.2.0 is not the default branch/],
    ['a pull request only reads', { destination: GHCR, eventName: 'pull_request', ref: 'refs/pull/7/merge', defaultBranch: 'main' }, [], /pull_request reads/],
    ['pull_request_target on the default branch ref only reads', { destination: GHCR, ...onMain, eventName: 'pull_request_target' }, [], /pull_request_target/],
    ['a merge queue only reads', { destination: GHCR, ...onMain, eventName: 'merge_group' }, [], /merge_group reads/],
    [
      'the scheduled rebuild on the default branch writes',
      { destination: GHCR, ...onMain, eventName: 'schedule' },
      WRITE,
      /^schedule on the default branch main$/,
    ],
    ['a manual run on the default branch writes', { destination: GHCR, ...onMain, eventName: 'workflow_dispatch' }, WRITE, /workflow_dispatch/],
    ['a manual run on another branch only reads', { destination: GHCR, ...onMain, eventName: 'workflow_dispatch', ref: 'refs/heads/x' }, [], /not the default/],
    [
      'no payload: the default branch is unknown, so no write',
      { destination: GHCR, eventName: 'push', ref: 'refs/heads/main' },
      [],
      /default branch is unknown/,
    ],
    ['outside GitHub (local runner) only reads', { destination: GHCR }, [], /local run/],
    ['a run that pushes no image writes no cache', { destination: GHCR, ...onMain, pushes: false }, [], /pushes no image/],
  ])('[%#] %s', (_what, facts, cacheTo, reason) => {
    const d = defaultCache(facts);
    expect(d?.repository).toBe('ghcr.io/acme/app-cache');
    expect(d?.cacheFrom).toEqual(READ);
    expect(d?.cacheTo).toEqual(cacheTo);
    expect(d?.reason).toMatch(reason);
  });
});

describe('cacheRepository', () => {
  test.each([
    ['ghcr.io/acme/app', 'ghcr.io/acme/app-cache'],
    // A tag or digest names an image, not where the cache goes: dropped (buildah refuses a tagged cache ref).
    ['ghcr.io/acme/app:1.0', 'ghcr.io/acme/app-cache'],
    ['ghcr.io/acme/app@sha256:' + 'a'.repeat(64), 'ghcr.io/acme/app-cache'],
    ['123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/app', '123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/app-cache'],
    ['127.0.0.1:5000/hello', '127.0.0.1:5000/hello-cache'],
    // Docker Hub names are written out in full, as every builder reads them.
    ['acme/app', 'docker.io/acme/app-cache'],
    ['index.docker.io/acme/app:latest', 'docker.io/acme/app-cache'],
  ])('%s -> %s', (destination, repository) => {
    expect(cacheRepository(destination)).toBe(repository);
  });

  test.each([['UPPER/Case!'], [''], ['r.example/' + 'a'.repeat(250)]])(
    'no cache repository beside %p (not a reference, or too long with -cache)',
    (destination) => {
      expect(cacheRepository(destination)).toBeUndefined();
      expect(defaultCache({ destination, ...onMain })).toBeUndefined();
    },
  );
});

describe('defaultBranchOf', () => {
  test.each<[unknown, string | undefined]>([
    [{ repository: { default_branch: 'trunk' } }, 'trunk'],
    [{ repository: { default_branch: '' } }, undefined],
    [{ repository: { default_branch: 7 } }, undefined],
    [{ repository: 'acme/app' }, undefined],
    [{}, undefined],
    [null, undefined],
    ['text', undefined],
  ])('%p -> %p', (event, branch) => {
    expect(defaultBranchOf(event)).toBe(branch);
  });
});
