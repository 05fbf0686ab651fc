/**
 * fetchFollowing: the one follower of server-given URLs for plain downloads
 * (package indexes, SHA256SUMS). Scripted fetch answers: fetch's own
 * following is never asked for, each hop is origin.ts's decision (no https
 * to http), the hop count is capped, and an Authorization header stays on
 * the first origin. Real loopback servers: test/hostile/package-index-bounds.test.ts.
 */
import { expect, test } from '@jest/globals';
import { PipelineError } from '../../../../shared/src/errors.js';
import { fetchFollowing } from '../../../../shared/src/registry/transport/follow.js';
import { MAX_REDIRECTS } from '../../../../shared/src/registry/transport/origin.js';

interface Seen {
  url: string;
  redirect: RequestInit['redirect'];
  authorization: string | null;
}

/** A fetch that answers from a table of URL -> [status, location]; anything else is 200 "ok". */
function scripted(table: Record<string, [number, string?]>): { fetchImpl: typeof fetch; seen: Seen[]; cancelled: string[] } {
  const seen: Seen[] = [];
  const cancelled: string[] = [];
  const fetchImpl = (async (input: URL | string, init?: RequestInit) => {
    const url = String(input);
    seen.push({ url, redirect: init?.redirect, authorization: new Headers(init?.headers).get('authorization') });
    const row = table[url];
    if (row === undefined) return new Response('ok', { status: 200 });
    const body = new ReadableStream({ cancel: () => void cancelled.push(url) });
    return new Response(body, { status: row[0], headers: row[1] === undefined ? {} : { location: row[1] } });
  }) as typeof fetch;
  return { fetchImpl, seen, cancelled };
}

const what = 'the file https://m.example/a';

test('hops are followed one by one with redirect "manual", and their bodies are cancelled', async () => {
  const { fetchImpl, seen, cancelled } = scripted({ 'https://m.example/a': [302, '/b'], 'https://m.example/b': [303, 'https://cdn.example/c'] });
  const res = await fetchFollowing('https://m.example/a', {}, { what, fetchImpl });
  expect(await res.text()).toBe('ok');
  expect(seen.map((s) => s.url)).toEqual(['https://m.example/a', 'https://m.example/b', 'https://cdn.example/c']);
  expect(seen.every((s) => s.redirect === 'manual')).toBe(true);
  expect(cancelled).toEqual(['https://m.example/a', 'https://m.example/b']);
});

test('https to plain http is refused, naming the target without its query', async () => {
  const { fetchImpl, seen } = scripted({ 'https://m.example/a': [301, 'http://m.example/a?token=s3cret'] });
  const e = (await fetchFollowing('https://m.example/a', {}, { what, fetchImpl, context: { input: 'package-index-urls', line: 2 } }).catch(
    (x: unknown) => x,
  )) as PipelineError;
  expect(e).toBeInstanceOf(PipelineError);
  expect(e.code).toBe('NETWORK');
  expect(e.reason).toBe('the file https://m.example/a redirected from https to plain http (http://m.example/a?…); not followed');
  expect(e.input).toBe('package-index-urls');
  expect(e.line).toBe(2);
  expect(e.hint).toMatch(/https all the way/);
  expect(seen).toHaveLength(1);
});

test('at most MAX_REDIRECTS hops', async () => {
  const { fetchImpl, seen } = scripted({ 'https://m.example/a': [307, '/a'] });
  await expect(fetchFollowing('https://m.example/a', {}, { what, fetchImpl })).rejects.toThrow(
    `the file https://m.example/a redirected more than ${MAX_REDIRECTS} times`,
  );
  expect(seen).toHaveLength(MAX_REDIRECTS + 1);
  const few = scripted({ 'https://m.example/a': [307, '/a'] });
  await expect(fetchFollowing('https://m.example/a', {}, { what, fetchImpl: few.fetchImpl, maxRedirects: 1 })).rejects.toThrow(/more than 1 times/);
  expect(few.seen).toHaveLength(2);
});

test('a redirect without a Location is an error; other statuses are returned as they are', async () => {
  const { fetchImpl } = scripted({ 'https://m.example/a': [302], 'https://m.example/404': [404] });
  await expect(fetchFollowing('https://m.example/a', {}, { what, fetchImpl })).rejects.toThrow(
    'the file https://m.example/a answered HTTP 302 with no Location',
  );
  expect((await fetchFollowing('https://m.example/404', {}, { what, fetchImpl })).status).toBe(404);
});

test("an Authorization header goes only to the first URL's origin", async () => {
  const { fetchImpl, seen } = scripted({ 'https://m.example/a': [302, '/b'], 'https://m.example/b': [302, 'https://other.example/c'] });
  await fetchFollowing('https://m.example/a', { headers: { authorization: 'Bearer t' } }, { what, fetchImpl });
  expect(seen.map((s) => s.authorization)).toEqual(['Bearer t', 'Bearer t', null]);
});
