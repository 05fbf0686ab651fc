import { expect, test } from '@jest/globals';
import { getInputs, parseChunkSize } from '../../../distribute-image/src/context.js';

const env = (inputs: Record<string, string>): Record<string, string> => Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));

test('getInputs reads every input by its action.yml name', () => {
  expect(
    getInputs(
      env({
        image: '/tmp/amd64\n/tmp/arm64  # arm build\n',
        destinations: 'ghcr.io/a/app, 127.0.0.1:5000/app:edge',
        tags: '1.0\nlatest',
        'registry-auth': '- registry: ghcr.io\n  username: u\n  password: p\n',
        'github-token': 'ghs_x',
        'insecure-registries': 'http://reg.lan:5000',
        concurrency: '3',
        'chunk-size': '5MiB',
      }),
    ),
  ).toEqual({
    image: ['/tmp/amd64', '/tmp/arm64'],
    destinations: ['ghcr.io/a/app', '127.0.0.1:5000/app:edge'],
    tags: ['1.0', 'latest'],
    'registry-auth': [{ registry: 'ghcr.io', username: 'u', password: 'p' }],
    'github-token': 'ghs_x',
    'insecure-registries': ['reg.lan:5000'],
    concurrency: 3,
    'chunk-size': { kind: 'chunked', chunkSize: 5 * 1024 * 1024 },
  });
});

test('defaults', () => {
  const i = getInputs(env({ image: 'out', destinations: 'ghcr.io/a/b' }));
  expect([i.tags, i['registry-auth'], i.concurrency, i['chunk-size'], i['insecure-registries']]).toEqual([[], [], 6, { kind: 'patch' }, []]);
});

// [#, inputs, input named, message part]
const BAD: Array<[number, Record<string, string>, string, string]> = [
  [1, { destinations: 'ghcr.io/a/b' }, 'image', 'required'],
  [2, { image: 'out' }, 'destinations', 'required'],
  [3, { image: 'out', destinations: 'ghcr.io/a/b\nghcr.io/A' }, 'destinations', 'line 2'],
  [4, { image: 'out', destinations: 'ghcr.io/a/b', tags: 'ok, .bad' }, 'tags', "'.bad' is not a valid tag"],
  [5, { image: 'out', destinations: 'ghcr.io/a/b', concurrency: '0' }, 'concurrency', 'whole number from 1 to 64'],
  [6, { image: 'out', destinations: 'ghcr.io/a/b', 'registry-auth': 'nope: 1' }, 'registry-auth', 'YAML list'],
  [7, { image: 'out', destinations: 'ghcr.io/a/b', 'chunk-size': 'big' }, 'chunk-size', 'not a size'],
  [8, { image: 'out', destinations: 'ghcr.io/a/b', 'chunk-size': '1k' }, 'chunk-size', 'smaller than 64KiB'],
  [9, { image: 'docker://', destinations: 'ghcr.io/a/b' }, 'image', 'no reference'],
];

test.each(BAD)('%i: %j is refused naming the input', (_n, inputs, input, why) => {
  let caught: unknown;
  try {
    getInputs(env(inputs));
  } catch (e) {
    caught = e;
  }
  expect(caught).toMatchObject({ code: 'INPUT', input });
  expect((caught as Error).message).toContain(why);
});

test('parseChunkSize units', () => {
  expect(parseChunkSize('1048576')).toEqual({ kind: 'chunked', chunkSize: 1048576 });
  expect(parseChunkSize('512KiB')).toEqual({ kind: 'chunked', chunkSize: 512 * 1024 });
  expect(parseChunkSize('10MB')).toEqual({ kind: 'chunked', chunkSize: 10_000_000 });
});
