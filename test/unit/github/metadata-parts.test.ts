/**
 * The metadata-action engine's parts beyond the fixture table: spec and flavor errors, the expression
 * subset, date formats in time zones, and the repository facts (payload first, then a bounded API call
 * against a loopback server that may misbehave).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { imageMetadata } from '../../../shared/src/builders/metadata.js';
import { formatDate } from '../../../shared/src/github/metadata/date-format.js';
import { isRawStatement, render } from '../../../shared/src/github/metadata/expr.js';
import { fetchRepoInfo, mergeRepoInfo, repoInfoOf } from '../../../shared/src/github/metadata/repo.js';
import { parseFlavor, parseTagLine, parseTagSpecs } from '../../../shared/src/github/metadata/spec.js';
import { pipelineErrorOf as fails } from '../../support/pipeline-error.js';

describe('spec lines', () => {
  test.each([
    ['type=semver', /type=semver needs a pattern attribute.*pattern=\{\{version\}\}/],
    ['type=match,pattern=x,group=one', /group 'one' is not a number/],
    ['type=ref,event=push', /event 'push' is not branch, tag or pr/],
    ['type=sha,format=medium', /format 'medium' is not short or long/],
    ['type=raw,value=a,priority=high', /priority 'high' is not a whole number/],
    ['type=raw,value="a', /not a valid CSV line/],
  ])('%s is refused with the fix', (line, message) => {
    const e = fails(() => parseTagLine(line));
    expect(e.code).toBe('INPUT');
    expect(e.input).toBe('tags');
    expect(`${e.message} ${e.hint ?? ''}`).toMatch(message);
  });
  test('defaults and priority order (stable for equal priorities)', () => {
    const specs = parseTagSpecs(['type=sha', 'type=raw,value=b', 'a', 'type=ref,event=pr', 'type=raw,value=c,priority=2000']);
    expect(specs.map((s) => [s.type, s.attrs.value ?? s.attrs.event ?? s.attrs.format, s.priority])).toEqual([
      ['raw', 'c', 2000],
      ['ref', 'pr', 600],
      ['raw', 'b', 200],
      ['raw', 'a', 200],
      ['sha', 'short', 100],
    ]);
    expect(specs[1]?.attrs.prefix).toBe('pr-');
    expect(parseTagSpecs([]).map((s) => s.line)).toEqual(['type=schedule', 'type=ref,event=branch', 'type=ref,event=tag', 'type=ref,event=pr']);
  });
  test('flavor: onlatest belongs to the prefix or suffix before it', () => {
    expect(parseFlavor(['latest=true', 'prefix=p-,onlatest=true', 'suffix=-s'])).toEqual({
      latest: 'true',
      prefix: 'p-',
      prefixLatest: true,
      suffix: '-s',
      suffixLatest: false,
    });
    expect(fails(() => parseFlavor(['onlatest=maybe'])).message).toMatch(/onlatest 'maybe' is not true or false/);
    expect(fails(() => parseFlavor(['prefix'])).message).toMatch(/'prefix' is not key=value/);
  });
});

describe('expressions', () => {
  test('names, arguments, hash, escaping, missing names', () => {
    const scope = { a: 'x', list: ['beta', 67], f: (p: readonly unknown[], h: Record<string, unknown>) => `${String(p[0])}|${String(h.k)}`, eq: 'a=b' };
    expect(render("{{a}}-{{ a }}-{{list}}-{{f 'one' k='two'}}-{{missing}}", scope)).toBe('x-x-beta,67-one|two-');
    expect(render('{{eq}}/{{{eq}}}', scope)).toBe('a&#x3D;b/a=b');
    expect(isRawStatement('{{ raw }}')).toBe(true);
    expect(isRawStatement('{{raw}}.{{version}}')).toBe(false);
    expect(fails(() => render('{{#if a}}x{{/if}}', scope)).message).toMatch(/Handlebars syntax/);
    expect(fails(() => render('{{a', scope)).message).toMatch(/is not closed/);
  });
  test('date formats in a time zone', () => {
    const d = new Date('2020-01-10T00:30:05.123Z');
    expect(formatDate(d, 'YYYYMMDD-HHmmss')).toBe('20200110-003005');
    expect(formatDate(d, 'YYYY-MM-DD HH:mm Z', 'Asia/Tokyo')).toBe('2020-01-10 09:30 +09:00');
    expect(formatDate(d, 'YYYY-MM-DD HH:mm ZZ', 'America/New_York')).toBe('2020-01-09 19:30 -0500');
    expect(formatDate(d, '[week] ddd Do MMM, h:mm A, SSS')).toBe('week Fri 10th Jan, 12:30 AM, 123');
    expect(formatDate(d, undefined)).toBe('2020-01-10T00:30:05Z');
    expect(fails(() => formatDate(d, 'YYYY', 'Mars/Olympus')).message).toMatch(/time zone 'Mars\/Olympus' is not known/);
  });
});

describe('repository facts', () => {
  let server: http.Server;
  let base = '';
  const seen: Array<{ url?: string; auth?: string }> = [];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      seen.push({ url: req.url, auth: req.headers.authorization });
      if (req.url === '/repos/acme/app')
        return res.end(
          JSON.stringify({
            name: 'app',
            description: 'An app',
            html_url: 'https://github.com/acme/app',
            license: { spdx_id: 'Apache-2.0' },
            default_branch: 'trunk',
          }),
        );
      if (req.url === '/repos/acme/noassert')
        return res.end(JSON.stringify({ name: 'noassert', license: { spdx_id: 'NOASSERTION' }, html_url: 'javascript:alert(1)' }));
      if (req.url === '/repos/acme/huge') return res.end(`{"description":"${'x'.repeat(300_000)}"}`);
      if (req.url === '/repos/acme/stall') return res.write('{'); // never ends
      if (req.url === '/repos/acme/broken') return res.end('not json');
      res.statusCode = 404;
      res.end('{}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });
  const env = (repo: string) => ({ GITHUB_REPOSITORY: repo, GITHUB_API_URL: base });

  test('the API answer, with the token when there is one', async () => {
    expect(await fetchRepoInfo(env('acme/app'), { token: 'ghs_secret' })).toEqual({
      name: 'app',
      description: 'An app',
      htmlUrl: 'https://github.com/acme/app',
      license: 'Apache-2.0',
      defaultBranch: 'trunk',
    });
    expect(seen.at(-1)).toEqual({ url: '/repos/acme/app', auth: 'Bearer ghs_secret' });
    await fetchRepoInfo(env('acme/app'));
    expect(seen.at(-1)?.auth).toBeUndefined();
  });
  test('every failure is unknown, never an error: 404, NOASSERTION and a non-http url dropped, oversized, stalled, not JSON, no repository', async () => {
    expect(await fetchRepoInfo(env('acme/missing'))).toEqual({});
    expect(await fetchRepoInfo(env('acme/noassert'))).toEqual({ name: 'noassert' });
    expect(await fetchRepoInfo(env('acme/huge'), { maxBytes: 64 * 1024 })).toEqual({});
    const t0 = Date.now();
    expect(await fetchRepoInfo(env('acme/stall'), { timeoutMs: 300 })).toEqual({});
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(await fetchRepoInfo(env('acme/broken'))).toEqual({});
    expect(await fetchRepoInfo({ GITHUB_API_URL: base })).toEqual({});
    expect(await fetchRepoInfo({ GITHUB_REPOSITORY: '../../etc', GITHUB_API_URL: base })).toEqual({});
  });
  test('the payload first, the API for what it lacks', () => {
    const payload = repoInfoOf({ name: 'app', description: 'From the event', license: null });
    expect(mergeRepoInfo(payload, { description: 'From the API', license: 'MIT' })).toEqual({ name: 'app', description: 'From the event', license: 'MIT' });
  });
});

describe('imageMetadata', () => {
  const env = { GITHUB_REPOSITORY: 'acme/app', GITHUB_SHA: '860c1904a1ce19322e91ac35af1ab07466440c37', GITHUB_EVENT_NAME: 'push' };
  const event = {
    repository: { name: 'app', description: 'An app', html_url: 'https://github.com/acme/app', license: { spdx_id: 'MIT' }, default_branch: 'main' },
  };
  test("empty tags: metadata-action's default (a release tag as written, and latest)", () => {
    const m = imageMetadata({ env: { ...env, GITHUB_REF: 'refs/tags/v1.2.3' }, event, explicitTags: [], userLabels: new Map(), fallbackTitle: 'ctx' });
    expect(m.tags).toEqual(['v1.2.3', 'latest']);
    expect(m.version).toBe('v1.2.3');
    expect(Object.fromEntries(m.labels)).toMatchObject({
      'org.opencontainers.image.description': 'An app',
      'org.opencontainers.image.url': 'https://github.com/acme/app',
      'org.opencontainers.image.licenses': 'MIT',
      'org.opencontainers.image.version': 'v1.2.3',
    });
  });
  test('push to the default branch: the branch only; feat@@x sanitised as metadata-action does', () => {
    const on = (ref: string) => imageMetadata({ env: { ...env, GITHUB_REF: ref }, event, explicitTags: [], userLabels: new Map(), fallbackTitle: 'ctx' }).tags;
    expect(on('refs/heads/main')).toEqual(['main']);
    expect(on('refs/heads/feat@@x')).toEqual(['feat-x']);
  });
  test('spec lines, plain tags and flavor together; warnings for a tag that is not semver', () => {
    const m = imageMetadata({
      env: { ...env, GITHUB_REF: 'refs/tags/release-7' },
      event,
      explicitTags: ['type=semver,pattern={{version}}', 'ghcr.io/acme/app:stable', 'type=sha,prefix=', 'type=raw,value={{tag}}'],
      flavor: ['suffix=-slim', 'latest=true'],
      userLabels: new Map(),
      fallbackTitle: 'ctx',
    });
    // type=sha sets its own prefix only, so the flavor's suffix still applies to it (as in metadata-action).
    expect(m.tags).toEqual(['stable-slim', 'release-7-slim', '860c190-slim', 'latest']);
    expect(m.warnings).toEqual(['release-7 is not a valid semver. More info: https://semver.org/']);
  });
  test('a bad plain item names the input and both forms', () => {
    const e = fails(() => imageMetadata({ env, explicitTags: ['-bad'], userLabels: new Map(), fallbackTitle: 'ctx' }));
    expect(e.input).toBe('tags');
    expect(e.message).toMatch(/'-bad', which is not a valid tag, image reference or metadata-action spec line/);
  });
});
