import { describe, expect, test } from '@jest/globals';
import { getInputs, parseChunkSize } from '../../../distribute-image/src/context.js';
import { inputEnv as env } from '../../../scripts/local/run-bundle.js';
import { pipelineErrorOf as fails } from '../../support/pipeline-error.js';
import { generateSigningKeyPair } from '../../../shared/src/attest/keys.js';
import { attestSecrets, type AttestInputs } from '../../../shared/src/distribute/attest-inputs.js';

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
    attest: { attach: [], sign: { kind: 'none', defaulted: true }, scope: { workspace: process.cwd() } },
  });
});

test('defaults', () => {
  const i = getInputs(env({ image: 'out', destinations: 'ghcr.io/a/b' }));
  if (i.kind !== 'container') throw new Error(`expected a container push, got ${i.kind}`);
  expect([i.tags, i.connect.registryAuth, i.concurrency, i['chunk-size'], i.connect.insecureRegistries]).toEqual([[], [], 6, { kind: 'put' }, []]);
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

describe('attestation inputs', () => {
  const pair = generateSigningKeyPair();
  const other = generateSigningKeyPair();
  const OIDC = { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/x?a=1', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'req-token' };
  const base = { image: 'out', destinations: 'ghcr.io/a/b' };
  const attestOf = (inputs: Record<string, string>, extra: Record<string, string> = {}): AttestInputs => {
    const i = getInputs({ ...env({ ...base, ...inputs }), GITHUB_WORKSPACE: '/ws', ...extra });
    if (i.kind !== 'container') throw new Error(`expected a container push, got ${i.kind}`);
    return i.attest;
  };

  // [#, inputs, extra env, sign expected]
  const GOOD: Array<[number, Record<string, string>, Record<string, string>, unknown]> = [
    [1, {}, {}, { kind: 'none', defaulted: true }],
    [2, {}, OIDC, { kind: 'keyless', oidc: { requestUrl: OIDC.ACTIONS_ID_TOKEN_REQUEST_URL, requestToken: 'req-token' } }],
    [3, { sign: 'none' }, OIDC, { kind: 'none', defaulted: false }],
    [4, { 'signing-key': pair.privateKeyPem }, OIDC, { kind: 'key', privateKeyPem: pair.privateKeyPem.trim() }],
    [
      5,
      { sign: 'key', 'signing-key': pair.privateKeyPem, 'public-key': pair.publicKeyPem },
      {},
      { kind: 'key', privateKeyPem: pair.privateKeyPem.trim(), publicKeyPem: pair.publicKeyPem.trim() },
    ],
    [
      6,
      { sign: 'keyless', 'fulcio-url': 'http://127.0.0.1:9/f', 'rekor-url': 'https://rekor.example', 'tsa-url': 'https://tsa.example/api/v1/timestamp' },
      OIDC,
      { kind: 'keyless', fulcioUrl: 'http://127.0.0.1:9/f', rekorUrl: 'https://rekor.example', tsaUrl: 'https://tsa.example/api/v1/timestamp' },
    ],
  ];
  test.each(GOOD)('%i: %j -> sign', (_n, inputs, extra, sign) => {
    expect(attestOf(inputs, extra).sign).toMatchObject(sign as object);
  });

  test('attach: one path per line (commas kept), comments dropped; the workspace scope', () => {
    expect(attestOf({ attach: 'out/sbom,amd64.spdx.json\n  out/provenance.json # build\n', 'allow-outside-workspace': 'true' })).toEqual({
      attach: ['out/sbom,amd64.spdx.json', 'out/provenance.json'],
      sign: { kind: 'none', defaulted: true },
      scope: { workspace: '/ws', allowOutside: true },
    });
  });

  test('secrets: the key, each of its lines, and the OIDC request token', () => {
    const key = attestSecrets(attestOf({ sign: 'key', 'signing-key': pair.privateKeyPem }));
    expect(key[0]).toBe(pair.privateKeyPem.trim());
    expect(key.slice(1)).toEqual(pair.privateKeyPem.split('\n').filter((l) => l !== '' && !l.startsWith('-----')));
    expect(attestSecrets(attestOf({}, OIDC))).toEqual(['req-token']);
    expect(attestSecrets(attestOf({}))).toEqual([]);
  });

  // [#, inputs, extra env, input named, message part]
  const BAD_ATTEST: Array<[number, Record<string, string>, Record<string, string>, string, string]> = [
    [1, { sign: 'yes' }, {}, 'sign', 'not one of keyless, key, none'],
    [2, { sign: 'keyless' }, {}, 'sign', 'ACTIONS_ID_TOKEN_REQUEST_URL is not set'],
    [3, { sign: 'key' }, {}, 'signing-key', "'signing-key' is empty"],
    [4, { sign: 'key', 'signing-key': 'not a key' }, {}, 'signing-key', 'got text with no PEM block'],
    [5, { sign: 'key', 'signing-key': '-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----' }, {}, 'signing-key', 'got a PKCS#1 RSA key'],
    [6, { sign: 'key', 'signing-key': pair.privateKeyPem, 'public-key': other.publicKeyPem }, {}, 'signing-key', 'expected the private key of the public key'],
    [7, { sign: 'none', 'signing-key': pair.privateKeyPem }, {}, 'signing-key', "'sign' is 'none'"],
    [8, { sign: 'keyless', 'public-key': pair.publicKeyPem }, OIDC, 'public-key', "'sign' is 'keyless'"],
    [9, { sign: 'key', 'signing-key': pair.privateKeyPem, 'rekor-url': 'https://rekor.example' }, {}, 'rekor-url', "'sign' is 'key'"],
    [10, { 'fulcio-url': 'http://fulcio.example' }, OIDC, 'fulcio-url', "expected an https URL, got 'http:'"],
    [11, { 'tsa-url': 'not a url' }, OIDC, 'tsa-url', 'expected an https URL'],
    [12, { attach: Array.from({ length: 33 }, (_, i) => `f${i}.json`).join('\n') }, {}, 'attach', 'at most 32 files, got 33'],
  ];
  test.each(BAD_ATTEST)('%i: %j is refused naming the input', (_n, inputs, extra, input, why) => {
    let caught: unknown;
    try {
      attestOf(inputs, extra);
    } catch (e) {
      caught = e;
    }
    expect(caught).toMatchObject({ code: 'INPUT', input });
    expect((caught as Error).message).toContain(why);
    // Never the key material in a message.
    expect((caught as Error).message).not.toContain(pair.privateKeyPem.split('\n')[1]);
  });
});

describe('distribute-image SSM parameter inputs', () => {
  const AMI = { 'ami-id': 'ami-0123456789abcdef0', 'source-region': 'us-east-1' };
  test('ssm-parameter, ssm-data-type, ssm-role-arn and the SSM/STS endpoints', () => {
    const got = getInputs({
      ...env({
        ...AMI,
        'ssm-parameter': '/images/{{family}}/latest',
        'ssm-data-type': 'text',
        'ssm-role-arn': 'arn:aws:iam::444455556666:role/ssm-writer\narn:aws-cn:iam::777788889999:role/path/w',
      }),
      AWS_ENDPOINT_URL_SSM: 'http://127.0.0.1:4583',
      AWS_ENDPOINT_URL_STS: 'http://127.0.0.1:4592',
    });
    expect(got).toMatchObject({
      kind: 'machine',
      ssm: { template: '/images/{{family}}/latest', dataType: 'text', accounts: ['444455556666', '777788889999'] },
      ssmRoleArns: ['arn:aws:iam::444455556666:role/ssm-writer', 'arn:aws-cn:iam::777788889999:role/path/w'],
      ssmEndpoint: 'http://127.0.0.1:4583',
      stsEndpoint: 'http://127.0.0.1:4592',
    });
  });
  test('aws:ec2:image by default; nothing SSM without ssm-parameter (the default data type alone is fine)', () => {
    expect(getInputs(env({ ...AMI, 'ssm-parameter': 'golden-ami' }))).toMatchObject({ ssm: { template: 'golden-ami', dataType: 'aws:ec2:image' } });
    const none = getInputs(env({ ...AMI, 'ssm-data-type': 'aws:ec2:image' }));
    expect(none).not.toHaveProperty('ssm');
    expect(none).not.toHaveProperty('ssmRoleArns');
  });
  test.each([
    [{ 'ssm-parameter': '/aws/images/{{family}}' }, 'ssm-parameter', 'reserved by AWS'],
    [{ 'ssm-parameter': '/images/{{name}}' }, 'ssm-parameter', "placeholder '{{name}}'"],
    [{ 'ssm-parameter': '/images/x', 'ssm-data-type': 'aws:ec2:ami' }, 'ssm-data-type', 'not one of aws:ec2:image, text'],
    [{ 'ssm-parameter': '/images/x', 'ssm-role-arn': 'arn:aws:iam::4444:role/x' }, 'ssm-role-arn', 'is not an IAM role ARN'],
    [{ 'ssm-parameter': '/images/x', 'ssm-role-arn': 'arn:aws:iam::444455556666:user/x' }, 'ssm-role-arn', 'is not an IAM role ARN'],
    [{ 'ssm-role-arn': 'arn:aws:iam::444455556666:role/x' }, 'ssm-role-arn', "'ssm-parameter' is empty"],
    [{ 'ssm-data-type': 'text' }, 'ssm-data-type', "'ssm-parameter' is empty"],
  ])('%j is refused naming %s', (inputs, input, why) => {
    const e = fails(() => getInputs(env({ ...AMI, ...inputs })));
    expect(e.input).toBe(input);
    expect(e.message).toContain(why);
  });
});

describe('distribute-image launch template inputs', () => {
  const AMI = { 'ami-id': 'ami-0123456789abcdef0', 'source-region': 'us-east-1' };
  test('launch-templates lines and launch-template-default', () => {
    expect(getInputs(env({ ...AMI, 'launch-templates': 'web-servers\neu-west-1:lt-0123456789abcdef0', 'launch-template-default': 'true' }))).toMatchObject({
      launchTemplates: {
        targets: [
          { name: 'web-servers', line: 1 },
          { region: 'eu-west-1', id: 'lt-0123456789abcdef0', line: 2 },
        ],
        makeDefault: true,
      },
    });
    expect(getInputs(env({ ...AMI, 'launch-template-default': 'false' }))).not.toHaveProperty('launchTemplates');
  });
  test.each([
    [{ 'launch-template-default': 'true' }, 'launch-template-default', "'launch-templates' is empty"],
    [{ 'launch-templates': 'web servers' }, 'launch-templates', 'neither a launch template id nor a valid name'],
    [{ 'launch-templates': 'web-servers', 'launch-template-default': 'yes please' }, 'launch-template-default', 'not a boolean'],
  ])('%j is refused naming %s', (inputs, input, why) => {
    const e = fails(() => getInputs(env({ ...AMI, ...inputs })));
    expect(e.input).toBe(input);
    expect(e.message).toContain(why);
  });
});

test('strict-sharing: set only when true; a non-boolean is refused naming it', () => {
  const AMI = { 'ami-id': 'ami-0123456789abcdef0', 'source-region': 'us-east-1' };
  expect(getInputs(env({ ...AMI, 'strict-sharing': 'true' }))).toMatchObject({ strictSharing: true });
  expect(getInputs(env({ ...AMI, 'strict-sharing': 'false' }))).not.toHaveProperty('strictSharing');
  expect(fails(() => getInputs(env({ ...AMI, 'strict-sharing': 'strict' }))).input).toBe('strict-sharing');
});
