/**
 * registry-auth with docker/login-action's fields. The accepted cases are
 * the examples of login-action's README (Docker Hub, GHCR, ECR with access
 * keys, ECR with configure-aws-credentials, ECR Public, the registry-auth
 * list) and the hosts of its __tests__/aws.test.ts isECR/isPubECR/getRegion
 * tables, written as registry-auth entries; the refused ones name the entry,
 * its line and the field, and never the password.
 */
import { describe, expect, test } from '@jest/globals';
import { awsKeys, credentialResolver, otherAccountEntry } from '../../../../shared/src/registry/credentials/credentials.js';
import {
  entryAuth,
  parseRegistryAuth,
  registryAuthSecrets,
  type EntryAuth,
  type RegistryAuthEntry,
} from '../../../../shared/src/registry/credentials/registry-auth.js';
import { isPublicEcrHost, parseEcrHost } from '../../../../shared/src/registry/credentials/ecr.js';

function parsed(text: string): RegistryAuthEntry[] {
  const r = parseRegistryAuth(text);
  if (!r.ok) throw r.error;
  return r.value;
}

describe("login-action's README examples, as registry-auth entries", () => {
  // [#, what, text, entries (registry, username, password, ecr), how each is sent]
  const CASES: Array<[number, string, string, Array<[string, string, string, string]>, EntryAuth['kind'][]]> = [
    [1, 'Docker Hub (no registry)', '- username: dbowie\n  password: hub-token\n', [['docker.io', 'dbowie', 'hub-token', 'auto']], ['basic']],
    [2, 'GHCR', '- registry: ghcr.io\n  username: octo\n  password: ghs_x\n', [['ghcr.io', 'octo', 'ghs_x', 'auto']], ['basic']],
    [
      3,
      'ECR with access keys',
      '- registry: 012345678901.dkr.ecr.eu-west-3.amazonaws.com\n  username: AKIAEXAMPLE\n  password: wJalrXUtnFEMI\n',
      [['012345678901.dkr.ecr.eu-west-3.amazonaws.com', 'AKIAEXAMPLE', 'wJalrXUtnFEMI', 'auto']],
      ['ecr'],
    ],
    [
      4,
      'ECR after configure-aws-credentials (no keys)',
      '- registry: 012345678901.dkr.ecr.eu-west-3.amazonaws.com\n',
      [['012345678901.dkr.ecr.eu-west-3.amazonaws.com', '', '', 'auto']],
      ['ecr'],
    ],
    [
      5,
      'ECR Public with access keys',
      '- registry: public.ecr.aws\n  username: AKIAEXAMPLE\n  password: wJalr\n',
      [['public.ecr.aws', 'AKIAEXAMPLE', 'wJalr', 'auto']],
      ['ecr-public'],
    ],
    [
      6,
      'the registry-auth list: Docker Hub and GHCR',
      '- username: dbowie\n  password: hub\n- registry: ghcr.io\n  username: octo\n  password: ghs\n',
      [
        ['docker.io', 'dbowie', 'hub', 'auto'],
        ['ghcr.io', 'octo', 'ghs', 'auto'],
      ],
      ['basic', 'basic'],
    ],
    [
      7,
      'ecr: false sends an ECR host basic auth',
      '- registry: 012345678901.dkr.ecr.eu-west-3.amazonaws.com\n  username: AWS\n  password: tok\n  ecr: false\n',
      [['012345678901.dkr.ecr.eu-west-3.amazonaws.com', 'AWS', 'tok', 'false']],
      ['basic'],
    ],
    [
      8,
      'ecr: auto with username AWS is a token (get-login-password), sent as basic auth',
      '- registry: 012345678901.dkr.ecr.eu-west-3.amazonaws.com\n  username: AWS\n  password: tok\n',
      [['012345678901.dkr.ecr.eu-west-3.amazonaws.com', 'AWS', 'tok', 'auto']],
      ['basic'],
    ],
    [
      9,
      'ecr: TRUE (any case), https:// and a path on the registry',
      '- registry: https://012345678901.dkr.ecr.eu-west-3.amazonaws.com/team\n  username: AKIA1\n  password: s\n  ecr: TRUE\n',
      [['012345678901.dkr.ecr.eu-west-3.amazonaws.com', 'AKIA1', 's', 'true']],
      ['ecr'],
    ],
    [
      10,
      'a password of digits keeps its text (leading zero)',
      '- registry: r.example\n  username: u\n  password: 0123\n',
      [['r.example', 'u', '0123', 'auto']],
      ['basic'],
    ],
    [11, 'empty scope is no scope', '- registry: r.example\n  username: u\n  password: p\n  scope: ""\n', [['r.example', 'u', 'p', 'auto']], ['basic']],
  ];
  test.each(CASES)('%i: %s', (_n, _what, text, want, kinds) => {
    const got = parsed(text);
    expect(got.map((e) => [e.registry, e.username, e.password, e.ecr ?? 'auto'])).toEqual(want);
    expect(got.map((e) => entryAuth(e).kind)).toEqual(kinds);
  });

  test('an ECR entry carries the account and region of its host', () => {
    expect(entryAuth(parsed('- registry: 876820548815.dkr.ecr.cn-north-1.amazonaws.com.cn\n')[0] as RegistryAuthEntry)).toEqual({
      kind: 'ecr',
      accountId: '876820548815',
      region: 'cn-north-1',
    });
  });
});

describe("ECR hosts: login-action's isECR/isPubECR/getRegion table, plus FIPS and GovCloud", () => {
  // [host, private account+region | 'public' | undefined]
  const HOSTS: Array<[string, { accountId: string; region: string } | 'public' | undefined]> = [
    ['registry.gitlab.com', undefined],
    ['gcr.io', undefined],
    ['012345678901.dkr.ecr.eu-west-3.amazonaws.com', { accountId: '012345678901', region: 'eu-west-3' }],
    ['876820548815.dkr.ecr.cn-north-1.amazonaws.com.cn', { accountId: '876820548815', region: 'cn-north-1' }],
    ['390948362332.dkr.ecr.cn-northwest-1.amazonaws.com.cn', { accountId: '390948362332', region: 'cn-northwest-1' }],
    ['012345678901.dkr-ecr.eu-north-1.on.aws', { accountId: '012345678901', region: 'eu-north-1' }],
    ['012345678901.dkr.ecr.eusc-de-east-1.amazonaws.eu', { accountId: '012345678901', region: 'eusc-de-east-1' }],
    ['123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com', { accountId: '123456789012', region: 'us-gov-west-1' }],
    ['123456789012.dkr.ecr.us-gov-east-1.amazonaws.com', { accountId: '123456789012', region: 'us-gov-east-1' }],
    ['123456789012.dkr-ecr-fips.us-east-1.on.aws', { accountId: '123456789012', region: 'us-east-1' }],
    ['public.ecr.aws', 'public'],
    ['ecr-public.aws.com', 'public'],
    // Anchored, unlike login-action's public regex: a look-alike host is not ECR and gets no token.
    ['public.ecr.aws.evil.example', undefined],
    ['123456789012.dkr.ecr.eu-west-1.amazonaws.com.evil.io', undefined],
  ];
  test.each(HOSTS)('%s', (host, want) => {
    const got = isPublicEcrHost(host) ? 'public' : parseEcrHost(host);
    expect(got).toEqual(want);
    const kind = entryAuth({ registry: host, username: 'AKIA1', password: 's' }).kind;
    expect(kind).toBe(want === undefined ? 'basic' : want === 'public' ? 'ecr-public' : 'ecr');
  });
});

describe('refused entries name the entry, its line and the field, never the password', () => {
  const SECRET = 'Sup3r-S3cret-Pw';
  // [#, text, message parts, hint part]
  const BAD: Array<[number, string, string[], string]> = [
    [
      1,
      `- registry: ghcr.io\n  username: me\n  password: ${SECRET}\n  scope: myorg/myimage@push\n`,
      ["entry 1 (ghcr.io) field 'scope' is not supported", '(line 1)'],
      'Buildx',
    ],
    [2, `- username: a\n  password: b\n- password: ${SECRET}\n  scope: '@push'\n`, ["entry 2 (docker.io) field 'scope'", '(line 3)'], 'Remove scope'],
    [3, `- registry: ghcr.io\n  username: me\n  password: ${SECRET}\n  ecr: maybe\n`, ["field 'ecr' must be auto, true or false, got 'maybe'"], 'auto'],
    [
      4,
      `- registry: ghcr.io\n  username: me\n  password: ${SECRET}\n  ecr: true\n`,
      ['entry 1 (ghcr.io) has ecr: true but ghcr.io is not an ECR host'],
      'ecr: false',
    ],
    [
      5,
      `- registry: 012345678901.dkr.ecr.eu-west-3.amazonaws.com\n  username: AWS\n  password: ${SECRET}\n  ecr: true\n`,
      ['has ecr: true with username AWS'],
      'get-login-password',
    ],
    [6, `- registry: 012345678901.dkr.ecr.eu-west-3.amazonaws.com\n  username: AKIA1\n`, ['has a username but no password'], 'or neither'],
    [7, `- registry: public.ecr.aws\n  password: ${SECRET}\n`, ['entry 1 (public.ecr.aws) has a password but no username'], 'access key id'],
    [8, `- registry: ghcr.io\n  password: ${SECRET}\n`, ['entry 1 (ghcr.io) has no username'], 'non-empty username'],
    [9, `- registry: ghcr.io\n  username: me\n  password: ${SECRET}\n  logout: true\n`, ['entry 1 has unknown key(s) logout'], 'nothing to log out of'],
    [10, `- registry: ghcr.io\n  username: me\n  password: [${SECRET}]\n`, ["entry 1 field 'password' must be a single value"], 'password: <value>'],
    [11, `- registry: ghcr.io\n  username: me\n  password: ${SECRET}\n  password: other\n`, ['is not valid YAML (line 4)'], 'each key once'],
    [12, `- registry: ghcr.io\n  username: me\n  password: "${SECRET}\n`, ['is not valid YAML'], 'YAML list'],
  ];
  test.each(BAD)('%i', (_n, text, parts, hint) => {
    const r = parseRegistryAuth(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INPUT');
    expect(r.error.input).toBe('registry-auth');
    for (const p of parts) expect(r.error.message).toContain(p);
    expect(r.error.hint).toContain(hint);
    expect(`${r.error.message} ${r.error.hint ?? ''}`).not.toContain(SECRET);
  });
});

test('secrets to mask: every password, and the access key id of ECR entries only', () => {
  const entries = parsed(
    '- registry: ghcr.io\n  username: octo\n  password: ghs\n- registry: 012345678901.dkr.ecr.eu-west-3.amazonaws.com\n  username: AKIAKEY\n  password: secretkey\n- registry: 012345678901.dkr.ecr.eu-west-1.amazonaws.com\n  username: AWS\n  password: tok\n- registry: public.ecr.aws\n',
  );
  expect(registryAuthSecrets(entries)).toEqual(['ghs', 'secretkey', 'AKIAKEY', 'tok']);
});

test('a session token joins the keys only when they are the environment AWS_ACCESS_KEY_ID pair', () => {
  const e: RegistryAuthEntry = { registry: 'public.ecr.aws', username: 'ASIATEMP', password: 'sk' };
  expect(awsKeys(e, { AWS_ACCESS_KEY_ID: 'ASIATEMP', AWS_SESSION_TOKEN: 'tok' })).toEqual({
    accessKeyId: 'ASIATEMP',
    secretAccessKey: 'sk',
    sessionToken: 'tok',
  });
  expect(awsKeys(e, { AWS_ACCESS_KEY_ID: 'AKIAOTHER', AWS_SESSION_TOKEN: 'tok' })).toEqual({ accessKeyId: 'ASIATEMP', secretAccessKey: 'sk' });
  expect(awsKeys(e, { AWS_ACCESS_KEY_ID: 'ASIATEMP' })).toEqual({ accessKeyId: 'ASIATEMP', secretAccessKey: 'sk' });
  expect(awsKeys({ ...e, username: '', password: '' }, { AWS_ACCESS_KEY_ID: 'ASIATEMP', AWS_SESSION_TOKEN: 'tok' })).toBeUndefined();
});

test('the resolver sends basic-auth entries as they are, an ECR host with username AWS or ecr: false too, with no token call', async () => {
  const host = '012345678901.dkr.ecr.eu-west-3.amazonaws.com';
  const masked: string[] = [];
  // A closed endpoint: any token call would fail the lookup.
  const resolve = credentialResolver({
    registryAuth: parsed(
      `- registry: ${host}\n  username: AWS\n  password: tok\n- registry: public.ecr.aws\n  username: AKIAK\n  password: sk\n  ecr: false\n`,
    ),
    ecrEndpoint: 'http://127.0.0.1:9',
    ecrPublicEndpoint: 'http://127.0.0.1:9',
    dockerConfigDir: null,
    env: {},
    mask: (s) => masked.push(s),
  });
  await expect(resolve(host)).resolves.toEqual({ username: 'AWS', password: 'tok', source: "the 'registry-auth' input" });
  await expect(resolve('public.ecr.aws')).resolves.toEqual({ username: 'AKIAK', password: 'sk', source: "the 'registry-auth' input" });
  // ecr: false makes the pair a plain login: its username is not a key id to hide.
  expect(masked).toEqual(['tok', 'sk']);
});

test("AWS_ACCOUNT_IDS (login-action): an entry's keys also serve the listed accounts' registries on the same endpoint form and region", () => {
  const list = parsed(
    '- registry: ghcr.io\n  username: u\n  password: p\n- registry: 111111111111.dkr.ecr.eu-west-1.amazonaws.com\n- registry: 222222222222.dkr.ecr.eu-west-1.amazonaws.com\n  username: AKIAK\n  password: sk\n',
  );
  const env = { AWS_ACCOUNT_IDS: '333333333333, 444444444444' };
  // The first entry with keys (entry 3); entry 2 has none, the runner's credentials serve it alone.
  expect(otherAccountEntry(list, '333333333333.dkr.ecr.eu-west-1.amazonaws.com', env)?.index).toBe(2);
  expect(otherAccountEntry(list, '444444444444.dkr.ecr.eu-west-1.amazonaws.com', env)?.entry.username).toBe('AKIAK');
  // Not listed, another region, another partition: none.
  expect(otherAccountEntry(list, '555555555555.dkr.ecr.eu-west-1.amazonaws.com', env)).toBeUndefined();
  expect(otherAccountEntry(list, '333333333333.dkr.ecr.us-east-1.amazonaws.com', env)).toBeUndefined();
  expect(otherAccountEntry(list, '333333333333.dkr-ecr.eu-west-1.on.aws', env)).toBeUndefined();
  expect(otherAccountEntry(list, '333333333333.dkr.ecr.eu-west-1.amazonaws.com', {})).toBeUndefined();
});
