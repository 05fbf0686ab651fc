import { describe, expect, test } from '@jest/globals';
import { baseAnnotations, qualifyReference } from '../../../shared/src/builders/base-image.js';
import { tagFromInput } from '../../../shared/src/registry/reference.js';
import { platformsLackingEmulation, hostArchitecture } from '../../../shared/src/builders/emulation.js';
import { chooseEpoch, epochToIso } from '../../../shared/src/builders/epoch.js';
import { parseSecrets } from '../../../shared/src/builders/secrets.js';
import { isPipelineError } from '../../../shared/src/errors.js';

describe('emulation', () => {
  test.each([
    ['no RUN: nothing needed', ['linux/arm64'], false, [], []],
    ['RUN on the host platform', ['linux/amd64'], true, [], []],
    ['386 runs natively on amd64', ['linux/386'], true, [], []],
    ['RUN for arm64 without qemu', ['linux/amd64', 'linux/arm64'], true, ['python3.11'], ['linux/arm64']],
    ['RUN for arm64 with qemu-aarch64', ['linux/arm64', 'linux/riscv64'], true, ['qemu-aarch64'], ['linux/riscv64']],
  ] as const)('%s', (_t, platforms, runs, handlers, missing) => {
    expect(platformsLackingEmulation(platforms, 'amd64', runs, handlers)).toEqual(missing);
  });
  test('host architecture from node names', () => {
    expect(hostArchitecture('x64')).toBe('amd64');
    expect(hostArchitecture('arm64')).toBe('arm64');
  });
});

describe('epoch', () => {
  test('git commit time first, then SOURCE_DATE_EPOCH, else none', () => {
    expect(chooseEpoch('1700000000\n', { SOURCE_DATE_EPOCH: '5' })).toEqual({ seconds: 1700000000, source: 'git' });
    expect(chooseEpoch(undefined, { SOURCE_DATE_EPOCH: '5' })).toEqual({ seconds: 5, source: 'SOURCE_DATE_EPOCH' });
    expect(chooseEpoch('', {})).toEqual({ source: 'none' });
    expect(() => chooseEpoch(undefined, { SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(/not whole seconds/);
    expect(epochToIso(1700000000)).toBe('2023-11-14T22:13:20Z');
  });
});

describe('parseSecrets', () => {
  test('id=value lines; values may hold = and spaces', () => {
    expect([...parseSecrets('npm_token=abc=def\n# comment\n\naws.key = with space')]).toEqual([
      ['npm_token', 'abc=def'],
      ['aws.key', ' with space'],
    ]);
  });
  test('a malformed line is named by number, and its value is never echoed', () => {
    try {
      parseSecrets('ok=1\nhunter2-no-equals');
      throw new Error('expected a failure');
    } catch (e) {
      expect(isPipelineError(e, 'INPUT') && e.line).toBe(2);
      expect(String((e as Error).message)).not.toContain('hunter2');
    }
    expect(() => parseSecrets('a=1\na=2')).toThrow(/repeats the secret id 'a'/);
    expect(() => parseSecrets('../x=1')).toThrow(/line 1 is not id=value/);
  });
});

describe('references', () => {
  test.each([
    ['debian:12', 'docker.io/library/debian:12'],
    ['debian', 'docker.io/library/debian:latest'],
    ['acme/app:1', 'docker.io/acme/app:1'],
    ['ghcr.io/acme/app', 'ghcr.io/acme/app:latest'],
    ['localhost:5000/app@sha256:' + 'a'.repeat(64), 'localhost:5000/app@sha256:' + 'a'.repeat(64)],
  ])('qualify %s', (name, want) => expect(qualifyReference(name)).toBe(want));
  test.each([
    ['1.2.3', '1.2.3'],
    ['ghcr.io/acme/app:1.2', '1.2'],
    ['localhost:5000/app', 'latest'],
    ['app@sha256:' + 'a'.repeat(64), 'latest'],
    ['app:v2@sha256:' + 'a'.repeat(64), 'v2'],
    ['Not A Reference!', undefined],
  ] as Array<[string, string | undefined]>)('tag of %s', (item, want) => expect(tagFromInput(item)).toBe(want));
});

describe('baseAnnotations', () => {
  const d = 'sha256:' + 'b'.repeat(64);
  test('name and digest when known, name alone when the builder did not say, nothing for scratch', () => {
    expect(baseAnnotations('debian:12', new Map([['debian:12', d]]))).toEqual({
      'org.opencontainers.image.base.name': 'docker.io/library/debian:12',
      'org.opencontainers.image.base.digest': d,
    });
    expect(baseAnnotations('debian:12', new Map())).toEqual({ 'org.opencontainers.image.base.name': 'docker.io/library/debian:12' });
    expect(baseAnnotations(undefined, new Map())).toEqual({});
  });
});
