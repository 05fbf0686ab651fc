import { describe, expect, test } from '@jest/globals';
import { getInputs, parseChunkSize } from '../../../distribute-image/src/context.js';
import { inputEnv as env } from '../../../scripts/local/run-bundle.js';
import { pipelineErrorOf as fails } from '../../support/pipeline-error.js';

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
    kind: 'container',
    image: ['/tmp/amd64', '/tmp/arm64'],
    destinations: ['ghcr.io/a/app', '127.0.0.1:5000/app:edge'],
    tags: ['1.0', 'latest'],
    connect: { registryAuth: [{ registry: 'ghcr.io', username: 'u', password: 'p' }], githubToken: 'ghs_x', insecureRegistries: ['reg.lan:5000'] },
    concurrency: 3,
    'chunk-size': { kind: 'chunked', chunkSize: 5 * 1024 * 1024 },
  });
});

test('defaults', () => {
  const i = getInputs(env({ image: 'out', destinations: 'ghcr.io/a/b' }));
  if (i.kind !== 'container') throw new Error(`expected a container push, got ${i.kind}`);
  expect([i.tags, i.connect.registryAuth, i.concurrency, i['chunk-size'], i.connect.insecureRegistries]).toEqual([[], [], 6, { kind: 'patch' }, []]);
});

test('the ECR endpoint comes from AWS_ENDPOINT_URL_ECR', () => {
  expect(getInputs({ ...env({ image: 'out', destinations: 'ghcr.io/a/b' }), AWS_ENDPOINT_URL_ECR: 'http://127.0.0.1:4566' })).toMatchObject({
    kind: 'container',
    connect: { ecrEndpoint: 'http://127.0.0.1:4566' },
  });
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

const NOW = new Date('2026-11-26T12:00:00Z');
describe('distribute-image AMI inputs', () => {
  test('every input, parsed', () => {
    const got = getInputs(
      env({
        'ami-id': 'ami-0123456789abcdef0',
        'source-region': 'us-east-1',
        regions: 'eu-west-1\n# later: ap-south-1\nus-west-2, ap-southeast-2',
        'share-accounts': '123456789012\n210987654321',
        'share-organizations': 'arn:aws:organizations::123456789012:organization/o-abcdefghij',
        'share-ous': 'arn:aws:organizations::123456789012:ou/o-abcdefghij/ou-ab12-cdefghij',
        'kms-key-ids': 'eu-west-1=arn:aws:kms:eu-west-1:111122223333:key/k1\nus-west-2=alias/golden',
        encrypt: 'true',
        'ami-tags': 'team=platform\nCost Center=cc-42',
        'deprecate-after': '90d',
        keep: '3',
        'ami-family': 'golden',
        'launch-template-tag': 'owned-by-pipeline',
        'max-wait': '90m',
        'copy-concurrency': '2',
        'aws-endpoint-url': 'http://127.0.0.1:4566',
      }),
      NOW,
    );
    expect(got).toEqual({
      kind: 'machine',
      amiId: 'ami-0123456789abcdef0',
      sourceRegion: 'us-east-1',
      regions: ['eu-west-1', 'us-west-2', 'ap-southeast-2'],
      shareAccounts: ['123456789012', '210987654321'],
      shareOrganizations: ['arn:aws:organizations::123456789012:organization/o-abcdefghij'],
      shareOus: ['arn:aws:organizations::123456789012:ou/o-abcdefghij/ou-ab12-cdefghij'],
      kmsKeyIds: { 'eu-west-1': 'arn:aws:kms:eu-west-1:111122223333:key/k1', 'us-west-2': 'alias/golden' },
      encrypt: true,
      amiTags: { team: 'platform', 'Cost Center': 'cc-42' },
      deprecateAfterMs: 90 * 86_400_000,
      keep: 3,
      family: 'golden',
      launchTemplateTagKey: 'owned-by-pipeline',
      maxWaitMs: 90 * 60_000,
      waiter: { minDelayMs: 15_000, maxDelayMs: 120_000 },
      concurrency: 2,
      endpoint: 'http://127.0.0.1:4566',
    });
  });

  test('defaults: source region from AWS_REGION, 60 minute wait, 5 copies at once, no retention', () => {
    const got = getInputs({ ...env({ 'ami-id': 'ami-0123456789abcdef0' }), AWS_REGION: 'eu-central-1' });
    if (got.kind !== 'machine') throw new Error(`expected an AMI distribution, got ${got.kind}`);
    expect(got).toMatchObject({
      sourceRegion: 'eu-central-1',
      regions: [],
      maxWaitMs: 3_600_000,
      concurrency: 5,
      encrypt: false,
      waiter: { minDelayMs: 15_000, maxDelayMs: 120_000 },
    });
    expect(got.keep).toBeUndefined();
    expect(got.deprecateAfterMs).toBeUndefined();
  });

  test('deprecate-after as a date', () => {
    expect(getInputs(env({ 'ami-id': 'ami-0123456789abcdef0', 'deprecate-after': '2026-12-26T12:00:00Z' }), NOW)).toMatchObject({
      kind: 'machine',
      deprecateAfterMs: 30 * 86_400_000,
    });
  });

  test.each([
    [{ 'kms-key-ids': 'eu-west-1' }, 'kms-key-ids'],
    [{ 'ami-tags': 'aws:reserved=x' }, 'ami-tags'],
    [{ keep: '0' }, 'keep'],
    [{ 'max-wait': 'forever' }, 'max-wait'],
    [{ 'deprecate-after': 'soon' }, 'deprecate-after'],
    [{ 'copy-concurrency': '500' }, 'copy-concurrency'],
    [{ encrypt: 'maybe' }, 'encrypt'],
    [{ 'poll-interval': 'often' }, 'poll-interval'],
  ])('bad input %j names %s', (vars, input) => {
    expect(fails(() => getInputs(env({ 'ami-id': 'ami-0123456789abcdef0', ...vars }))).input).toBe(input);
  });

  test('without ami-id it is a container push, whose image is required', () => {
    expect(fails(() => getInputs({})).input).toBe('image');
  });

  test('ami-id selects AMI distribution: the container inputs are not read', () => {
    expect(getInputs(env({ 'ami-id': 'ami-0123456789abcdef0', 'source-region': 'us-east-1', destinations: 'not a reference!' })).kind).toBe('machine');
  });

  test.each([
    ['1s', 1_000, 8_000],
    ['15s', 15_000, 120_000],
    ['5m', 300_000, 300_000],
  ])('poll-interval %s polls from %i ms growing to %i ms', (poll, minDelayMs, maxDelayMs) => {
    expect(getInputs(env({ 'ami-id': 'ami-0123456789abcdef0', 'poll-interval': poll }))).toMatchObject({ waiter: { minDelayMs, maxDelayMs } });
  });
});
