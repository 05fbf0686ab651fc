import { describe, expect, test } from '@jest/globals';
import {
  apiHost,
  canonicalRegistry,
  credentialKey,
  formatReference,
  isTag,
  normalizeRegistry,
  parseReference,
  parseRegistryHost,
  parseTag,
  parseTagOrReference,
  parseTags,
  tagFromInput,
} from '../../../shared/src/registry/reference.js';

const D = `sha256:${'a'.repeat(64)}`;

// [#, input, registry, repository, tag, digest]
const GOOD: Array<[number, string, string, string, string | undefined, string | undefined]> = [
  [1, 'alpine', 'docker.io', 'library/alpine', undefined, undefined],
  [2, 'alpine:3.19', 'docker.io', 'library/alpine', '3.19', undefined],
  [3, 'acme/app', 'docker.io', 'acme/app', undefined, undefined],
  [4, 'docker.io/alpine', 'docker.io', 'library/alpine', undefined, undefined],
  [5, 'index.docker.io/acme/app:1', 'docker.io', 'acme/app', '1', undefined],
  [6, 'ghcr.io/owner/app:edge', 'ghcr.io', 'owner/app', 'edge', undefined],
  [7, 'localhost/app', 'localhost', 'app', undefined, undefined],
  [8, 'localhost:5000/a/b/c:v1.2.3', 'localhost:5000', 'a/b/c', 'v1.2.3', undefined],
  [9, '127.0.0.1:5000/app', '127.0.0.1:5000', 'app', undefined, undefined],
  [10, `ghcr.io/owner/app@${D}`, 'ghcr.io', 'owner/app', undefined, D],
  [11, `ghcr.io/owner/app:1.0@${D}`, 'ghcr.io', 'owner/app', '1.0', D],
  [12, '123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/app', '123456789012.dkr.ecr.eu-west-1.amazonaws.com', 'team/app', undefined, undefined],
  [13, 'my_org/my-app__x.y', 'docker.io', 'my_org/my-app__x.y', undefined, undefined],
  [14, '  ghcr.io/a/b  ', 'ghcr.io', 'a/b', undefined, undefined],
  [15, '[::1]:5000/app:1', '[::1]:5000', 'app', '1', undefined],
  [16, 'Registry.Example.com/app', 'Registry.Example.com', 'app', undefined, undefined],
];

describe('parseReference accepts what Docker accepts, normalised', () => {
  test.each(GOOD)('%i: %s', (_n, input, registry, repository, tag, digest) => {
    const r = parseReference(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toEqual({ registry, repository, ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) });
  });
});

// [#, input, part of the message that says what is wrong]
const BAD: Array<[number, string, string]> = [
  [1, '', 'empty'],
  [2, 'Acme/App', 'must be lowercase'],
  [3, 'ghcr.io/Owner/app', 'must be lowercase'],
  [4, 'ghcr.io/a/b:', 'the tag'],
  [5, 'ghcr.io/a/b:-bad', 'the tag'],
  [6, `ghcr.io/a/b:${'x'.repeat(129)}`, 'at most 128'],
  [7, 'ghcr.io/a/b@sha256:abc', 'the digest part'],
  [8, 'ghcr.io/a//b', 'must be lowercase letters and digits'],
  [9, 'ghcr.io/a/b-', 'must be lowercase letters and digits'],
  [10, 'ghcr.io/', 'repository name is missing'],
  [11, 'a b', 'white space'],
  [12, 'bad_host:x/app', 'not a valid registry'],
  [13, `ghcr.io/${'a'.repeat(250)}`, 'longer than 255'],
  [14, ':tag', 'repository name is missing'],
];

describe('parseReference says what is wrong', () => {
  test.each(BAD)('%i: %s', (_n, input, why) => {
    const r = parseReference(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INPUT');
    expect(r.error.message).toContain(why);
    expect(r.error.hint).toContain('registry.example.com/team/app:1.2');
  });
});

test('formatReference round-trips the canonical form', () => {
  for (const [, input] of GOOD) {
    const r = parseReference(input);
    if (!r.ok) throw r.error;
    const again = parseReference(formatReference(r.value));
    expect(again.ok && again.value).toEqual(r.value);
  }
});

test('Docker Hub is reached at registry-1.docker.io; others at their own name', () => {
  expect(apiHost('docker.io')).toBe('registry-1.docker.io');
  expect(apiHost('ghcr.io')).toBe('ghcr.io');
});

test('parseTag', () => {
  expect(parseTag('v1.2.3_x-y').ok).toBe(true);
  expect(parseTag('.hidden').ok).toBe(false);
  expect(parseTag('a/b').ok).toBe(false);
});

// One list of Docker Hub's names: references, auth entries, config.json keys and insecure lists fold the same way.
test.each(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com', 'Index.Docker.IO'])('%s is Docker Hub everywhere', (alias) => {
  expect(canonicalRegistry(alias)).toBe('docker.io');
  expect(normalizeRegistry(`https://${alias}/v1/`)).toBe('docker.io');
  const ref = parseReference(`${alias}/acme/app:1`);
  expect(ref.ok && ref.value.registry).toBe('docker.io');
  expect(apiHost(canonicalRegistry(alias))).toBe('registry-1.docker.io');
  expect(credentialKey(canonicalRegistry(alias))).toBe('https://index.docker.io/v1/');
});

test('other hosts are not folded', () => {
  expect(canonicalRegistry('docker.io.evil.com')).toBe('docker.io.evil.com');
  expect(canonicalRegistry('ghcr.io')).toBe('ghcr.io');
  expect(credentialKey('ghcr.io')).toBe('ghcr.io');
  expect(normalizeRegistry('')).toBe('docker.io');
});

test.each([
  ['registry.lan:5000', 'registry.lan:5000'],
  ['http://Registry.LAN:5000/', 'registry.lan:5000'],
  ['[::1]:5000', '[::1]:5000'],
])('parseRegistryHost(%s) = %s', (text, want) => {
  const r = parseRegistryHost(text, 'insecure-registries');
  expect(r.ok && r.value).toBe(want);
});

test.each(['registry lan', 'reg_istry:5000', 'host:port', ' '])('parseRegistryHost(%j) names the input', (text) => {
  const r = parseRegistryHost(text, 'insecure-registries');
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.error.input).toBe('insecure-registries');
  expect(r.error.message).toContain("input 'insecure-registries': expected a registry host[:port], got");
});

// One tag grammar: a reference's tag part, the tags input and build-image's tag-or-reference items agree.
test.each([
  ['v1.2.3_x-y', true],
  ['_x', true],
  ['A'.repeat(128), true],
  ['A'.repeat(129), false],
  ['.hidden', false],
  ['-x', false],
  ['a/b', false],
  ['a+b', false],
  ['', false],
])('tag %j valid: %s, the same in every validator', (tag, valid) => {
  expect(isTag(tag)).toBe(valid);
  expect(parseTag(tag).ok).toBe(valid);
  expect(parseTags(['ok', tag]).ok).toBe(valid);
  if (tag !== '' && !tag.includes('/')) expect(parseReference(`ghcr.io/a/b:${tag}`).ok).toBe(valid);
  if (valid) expect(tagFromInput(tag)).toBe(tag);
});

test('parseTags names the input and the first bad tag', () => {
  const r = parseTags(['ok', '.bad', '-worse'], 'tags');
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.error.input).toBe('tags');
  expect(r.error.message).toContain("input 'tags': '.bad' is not a valid tag");
});

test('parseTagOrReference: a tag, a reference (its tag, else latest), or an error naming the input', () => {
  const tag = (item: string): string | undefined => {
    const r = parseTagOrReference(item, 'tags');
    return r.ok ? r.value : undefined;
  };
  expect(tag('1.2')).toBe('1.2');
  expect(tag('ghcr.io/acme/app:1.2')).toBe('1.2');
  expect(tag('ghcr.io/acme/app')).toBe('latest');
  const r = parseTagOrReference('feature/x:-bad', 'tags');
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.error.input).toBe('tags');
  expect(r.error.message).toMatch(/not a valid tag/);
});

// The text of a bad reference is the user's (or a file's): its messages quote a short redacted preview of it, never all of it.
describe('parseReference quotes a bad reference only through a short redacted preview', () => {
  const TOKEN = 'ghp_R8x2Qk0Zb7Lw3Nv5Tj9Hs1Md4Fc6Ya2Pe0Ug';
  const LONG = 'a'.repeat(5_000);
  const message = (input: string): string => {
    const r = parseReference(input);
    expect(r.ok).toBe(false);
    if (r.ok) return '';
    expect(r.error.code).toBe('INPUT');
    return r.error.message;
  };

  test.each([
    ['a 5,000-character name', `ghcr.io/${LONG}`, 'longer than 255'],
    ['a 5,000-character tag', `ghcr.io/a/b:${LONG}!`, 'the tag'],
    ['a 5,000-character repository', `ghcr.io/${LONG}-`, 'must be lowercase letters and digits'],
    ['a 5,000-character upper-case repository', `ghcr.io/${'A'.repeat(5_000)}`, 'must be lowercase'],
    ['a 5,000-character registry', `${'h_'.repeat(2_500)}.io/app`, 'not a valid registry'],
    ['a 5,000-character digest part', `ghcr.io/a/b@sha256:${LONG}`, 'the digest part'],
    ['5,000 characters of white space inside', `ghcr.io/a ${LONG}`, 'white space'],
  ])('%s: bounded, still saying what is wrong', (_t, input, why) => {
    const m = message(input);
    expect(m).toContain(why);
    expect(m).toContain('…');
    expect(m.length).toBeLessThan(500);
  });

  test('a token in the tag is masked', () => {
    const m = message(`ghcr.io/a/b:${TOKEN}!`);
    expect(m).toContain('the tag');
    expect(m).not.toContain(TOKEN);
    expect(m).not.toContain(TOKEN.slice(0, 12));
  });

  test('control characters are shown as escapes, not written', () => {
    const m = message('ghcr.io/a/b:x\u001b[31m\u202ey');
    expect(m).not.toContain('\u001b');
    expect(m).not.toContain('\u202e');
    expect(m).toContain('\\x1b');
    expect(m).toContain('\\u202e');
  });

  test.each([
    ['user:password@host/path', 'robot:s3cr3t-Pa55@registry.example.com/team/app:1', 's3cr3t-Pa55'],
    ['a scheme and user:password', 'https://robot:hunter2@ghcr.io/owner/app', 'hunter2'],
    ['an @ in the password', 'robot:p@ss@ghcr.io/owner/app', 'p@ss'],
    ['a / in the password', 'robot:pa/ss@ghcr.io/owner/app', 'pa/ss'],
    ['no path after the host', 'robot:hunter2@localhost:5000', 'hunter2'],
  ])('credentials before @ (%s) are never echoed, and the message says what to do', (_t, input, secret) => {
    const m = message(input);
    expect(m).not.toContain(secret);
    expect(m).not.toContain('robot');
    expect(m).toContain("'***@");
    expect(m).toMatch(/expected .*, got '/);
    expect(m).toMatch(/registry-auth|docker login/);
  });

  test('a reference with a well-formed digest keeps its name in the message', () => {
    const m = message(`ghcr.io/Owner/app@sha256:${'a'.repeat(64)}`);
    expect(m).toContain(`'ghcr.io/Owner/app@sha256:${'a'.repeat(20)}`);
    expect(m).toContain("the repository 'Owner/app' must be lowercase");
  });

  test('an ordinary reference is shown as written (its parts mix letters and digits, none looks like a token)', () => {
    const m = message('123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/App:1.2');
    expect(m).toContain(
      "'123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/App:1.2' is not a valid image reference: the repository 'team/App' must be lowercase",
    );
  });

  test('a short bad digest says what a digest looks like', () => {
    const m = message('ghcr.io/a/b@sha256:abc');
    expect(m).toContain('the digest part');
    expect(m).toMatch(/expected sha256:<64 hex digits>.*, got 'sha256:abc'/);
  });
});
