import { expect, test } from '@jest/globals';
import { checkRealm, mayCarryCredentials, redactUrl, redirectTarget, resolveServerUrl, sameOrigin } from '../../../../shared/src/registry/transport/origin.js';

const u = (s: string): URL => new URL(s);

test.each([
  ['https://r.example/v2/', 'https://r.example/v2/a/blobs/uploads/1', true],
  ['https://r.example/v2/', 'https://R.EXAMPLE:443/upload', true],
  ['http://127.0.0.1:5000/v2/', 'http://127.0.0.1:5000/x', true],
  ['https://r.example/v2/', 'http://r.example/upload', false],
  ['https://r.example/v2/', 'https://r.example:8443/upload', false],
  ['https://r.example/v2/', 'https://evil.example/upload', false],
  ['https://r.example/v2/', 'https://r.example.evil.example/upload', false],
  ['http://127.0.0.1:5000/v2/', 'http://127.0.0.1:5001/x', false],
  ['http://127.0.0.1:5000/v2/', 'http://localhost:5000/x', false],
])('%s -> %s: credentials %s', (registry, target, want) => {
  expect(sameOrigin(u(registry), u(target))).toBe(want);
  expect(mayCarryCredentials(u(registry), u(target))).toBe(want);
});

test('checkRealm: https realm always, http realm only for a plain-http registry or without credentials', () => {
  expect(checkRealm('r.example', u('https://r.example/v2/'), 'https://auth.example/token', true).href).toBe('https://auth.example/token');
  expect(checkRealm('127.0.0.1:5000', u('http://127.0.0.1:5000/v2/'), 'http://127.0.0.1:5001/token', true).host).toBe('127.0.0.1:5001');
  expect(checkRealm('r.example', u('https://r.example/v2/'), 'http://auth.example/token', false).protocol).toBe('http:');
  expect(() => checkRealm('r.example', u('https://r.example/v2/'), 'http://auth.example/token?x=secret', true)).toThrow(
    'r.example is served over https but sends its token realm over plain http (http://auth.example/token?…); credentials are not sent in clear',
  );
  expect(() => checkRealm('r.example', u('https://r.example/v2/'), undefined, true)).toThrow(/without a usable realm/);
  expect(() => checkRealm('r.example', u('https://r.example/v2/'), 'file:///etc/passwd', false)).toThrow(
    /expected an http\(s\) URL, got "file:\/\/\/etc\/passwd"/,
  );
});

test('redactUrl drops user info, query and fragment', () => {
  expect(redactUrl('https://user:pass@mirror.example/debian/Packages.gz?token=s3cret#x')).toBe('https://mirror.example/debian/Packages.gz?…');
  expect(redactUrl('http://127.0.0.1/Packages.gz')).toBe('http://127.0.0.1/Packages.gz');
  expect(redactUrl('not a url\u0000')).toBe('not a url\\0');
});

test.each([
  ['/v2/a/blobs/uploads/1?state=x', 'https://r.example/v2/a/blobs/uploads/1?state=x'],
  ['https://storage.example/blob', 'https://storage.example/blob'],
  ['http://127.0.0.1:5000/up', 'http://127.0.0.1:5000/up'],
])('resolveServerUrl(%s) against the request URL = %s', (given, want) => {
  const r = resolveServerUrl(given, u('https://r.example/v2/a/blobs/uploads/'));
  expect(r.ok && r.value.href).toBe(want);
});

test.each([
  [undefined, { problem: 'missing' }],
  ['', { problem: 'missing' }],
  [['a', 'b'], { problem: 'missing' }],
  ['http://[::1', { problem: 'unreadable' }],
  ['file:///etc/passwd', { problem: 'not-http', protocol: 'file:' }],
  ['javascript:alert(1)', { problem: 'not-http', protocol: 'javascript:' }],
])('resolveServerUrl(%j) is refused: %j', (given, want) => {
  const r = resolveServerUrl(given, u('https://r.example/v2/'));
  expect(r.ok ? undefined : r.error).toEqual(want);
});

test.each([
  ['https://m.example/a', '/b', 'https://m.example/b'],
  ['https://m.example/a', 'https://cdn.example/b', 'https://cdn.example/b'],
  ['http://m.example/a', 'https://m.example/b', 'https://m.example/b'],
  ['http://127.0.0.1:8080/a', 'http://127.0.0.1:8081/b', 'http://127.0.0.1:8081/b'],
])('redirectTarget %s -> %s follows to %s', (current, given, want) => {
  const r = redirectTarget(given, u(current));
  expect(r.ok && r.value.href).toBe(want);
});

test.each([
  ['https://m.example/a', 'http://m.example/b', 'downgrade'],
  ['https://m.example/a', 'http://evil.example/b', 'downgrade'],
  ['https://m.example/a', 'file:///etc/passwd', 'not-http'],
  ['https://m.example/a', undefined, 'missing'],
  ['https://m.example/a', 'http://[::1', 'unreadable'],
])('redirectTarget %s -> %s is refused: %s', (current, given, problem) => {
  const r = redirectTarget(given, u(current));
  expect(r.ok ? undefined : r.error.problem).toBe(problem);
});
