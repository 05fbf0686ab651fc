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
