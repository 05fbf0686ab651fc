import { describe, expect, test } from '@jest/globals';
import type { CachePlan, CacheSpec } from '../../../shared/src/builders/builder.js';
import {
  acceptedForms,
  cacheArgs,
  cacheNotices,
  cacheSecrets,
  checkCacheForBuilder,
  formatCacheSpec,
  parseCacheSpecs,
  type CacheInput,
} from '../../../shared/src/builders/cache-spec.js';
import { pipelineErrorOf as fails } from '../../support/pipeline-error.js';

describe('parseCacheSpecs: the forms build-push-action users write', () => {
  test.each<[string, CacheInput, string, CacheSpec[]]>([
    [
      '[1] registry with mode',
      'cache-to',
      'type=registry,ref=ghcr.io/acme/app:buildcache,mode=max',
      [{ type: 'registry', ref: 'ghcr.io/acme/app:buildcache', mode: 'max', attrs: { ref: 'ghcr.io/acme/app:buildcache', mode: 'max' }, line: 1 }],
    ],
    [
      '[2] registry without mode is min (buildx default)',
      'cache-from',
      'type=registry,ref=127.0.0.1:5000/cache',
      [{ type: 'registry', ref: '127.0.0.1:5000/cache', mode: 'min', attrs: { ref: '127.0.0.1:5000/cache' }, line: 1 }],
    ],
    [
      '[3] bare shorthand is type=registry',
      'cache-from',
      'user/app:cache',
      [{ type: 'registry', ref: 'user/app:cache', mode: 'min', attrs: { ref: 'user/app:cache' }, line: 1 }],
    ],
    [
      '[4] two bare refs on one line are two caches (buildx does the same)',
      'cache-from',
      'a/b:c, d/e',
      [
        { type: 'registry', ref: 'a/b:c', mode: 'min', attrs: { ref: 'a/b:c' }, line: 1 },
        { type: 'registry', ref: 'd/e', mode: 'min', attrs: { ref: 'd/e' }, line: 1 },
      ],
    ],
    [
      '[5] local src',
      'cache-from',
      'type=local,src=/tmp/.buildx-cache',
      [{ type: 'local', dir: '/tmp/.buildx-cache', mode: 'min', attrs: { src: '/tmp/.buildx-cache' }, line: 1 }],
    ],
    [
      '[6] local dest with mode',
      'cache-to',
      'type=local,dest=/tmp/.buildx-cache-new,mode=max',
      [{ type: 'local', dir: '/tmp/.buildx-cache-new', mode: 'max', attrs: { dest: '/tmp/.buildx-cache-new', mode: 'max' }, line: 1 }],
    ],
    ['[7] gha', 'cache-from', 'type=gha', [{ type: 'gha', attrs: {}, line: 1 }]],
    [
      '[8] gha with scope and mode keeps every attribute',
      'cache-to',
      'type=gha,scope=build-amd64,mode=max',
      [{ type: 'gha', attrs: { scope: 'build-amd64', mode: 'max' }, line: 1 }],
    ],
    ['[9] inline on cache-to', 'cache-to', 'type=inline', [{ type: 'inline', attrs: {}, line: 1 }]],
    [
      '[10] s3 passes any attribute through',
      'cache-to',
      'type=s3,region=eu-west-1,bucket=b,name=app',
      [{ type: 's3', attrs: { region: 'eu-west-1', bucket: 'b', name: 'app' }, line: 1 }],
    ],
    [
      '[11] comments and blank lines are skipped; line numbers count them',
      'cache-from',
      '# read both\n\ntype=gha,scope=a#b   # trailing comment\n  type=registry,ref=x/y  \n',
      [
        { type: 'gha', attrs: { scope: 'a#b' }, line: 3 },
        { type: 'registry', ref: 'x/y', mode: 'min', attrs: { ref: 'x/y' }, line: 4 },
      ],
    ],
    [
      '[12] a quoted field holds a comma; keys are case-insensitive; spaces around fields trimmed',
      'cache-to',
      'type=local, "DEST=/tmp/a,b" ,MODE=max',
      [{ type: 'local', dir: '/tmp/a,b', mode: 'max', attrs: { dest: '/tmp/a,b', mode: 'max' }, line: 1 }],
    ],
    [
      '[13] CRLF line ends',
      'cache-from',
      'type=gha\r\ntype=local,src=c\r\n',
      [
        { type: 'gha', attrs: {}, line: 1 },
        { type: 'local', dir: 'c', mode: 'min', attrs: { src: 'c' }, line: 2 },
      ],
    ],
    ['[14] a trailing comma is ignored', 'cache-from', 'type=gha,', [{ type: 'gha', attrs: {}, line: 1 }]],
    ['[15] nothing given', 'cache-to', '\n  \n# none\n', []],
    [
      '[16] buildx registry options on cache-to',
      'cache-to',
      'type=registry,ref=r.example/a,mode=max,compression=zstd,oci-mediatypes=true,image-manifest=true,ignore-error=true',
      [
        {
          type: 'registry',
          ref: 'r.example/a',
          mode: 'max',
          attrs: { ref: 'r.example/a', mode: 'max', compression: 'zstd', 'oci-mediatypes': 'true', 'image-manifest': 'true', 'ignore-error': 'true' },
          line: 1,
        },
      ],
    ],
    [
      '[17] a digest may pin what cache-from reads (buildx)',
      'cache-from',
      `type=registry,ref=r.example/a@sha256:${'a'.repeat(64)}`,
      [{ type: 'registry', ref: `r.example/a@sha256:${'a'.repeat(64)}`, mode: 'min', attrs: { ref: `r.example/a@sha256:${'a'.repeat(64)}` }, line: 1 }],
    ],
  ])('%s', (_t, input, text, expected) => {
    expect(parseCacheSpecs(text, input)).toEqual(expected);
  });

  test.each<[string, CacheInput, string, number, RegExp]>([
    ['[1] unknown type', 'cache-from', 'type=redis,ref=x', 1, /type 'redis' is not one of registry, local, gha, inline, s3, azblob/],
    ['[2] no type', 'cache-from', 'ref=a/b', 1, /there is no type=/],
    ['[3] type twice', 'cache-to', 'type=gha,type=local', 1, /type is given twice/],
    ['[4] a key twice', 'cache-to', 'type=registry,ref=a/b,ref=c/d', 1, /'ref' is given twice/],
    ['[5] registry without ref', 'cache-from', '# c\ntype=registry,mode=max', 2, /type=registry needs ref=/],
    ['[6] registry with an empty ref', 'cache-from', 'type=registry,ref=', 1, /type=registry needs ref=/],
    ['[7] invalid reference', 'cache-to', 'type=registry,ref=Acme/App:cache', 1, /repository 'App' must be lowercase/],
    ['[8] invalid bare reference', 'cache-from', 'not a ref!', 1, /not a valid image reference/],
    ['[9] cache-to into a digest', 'cache-to', `type=registry,ref=r.example/a@sha256:${'a'.repeat(64)}`, 1, /has a digest; cache-to writes to a repository/],
    ['[10] local without src', 'cache-from', 'type=local', 1, /type=local in cache-from needs src=<dir>/],
    [
      '[11] local with dest on cache-from',
      'cache-from',
      'type=local,dest=/c',
      1,
      /'dest' is not a key of type=local in cache-from \('dest' belongs in cache-to\)/,
    ],
    ['[12] local with src on cache-to', 'cache-to', 'type=local,src=/c', 1, /'src' is not a key of type=local in cache-to \('src' belongs in cache-from\)/],
    ['[13] local without dest', 'cache-to', 'type=local,mode=max', 1, /type=local in cache-to needs dest=<dir>/],
    ['[14] bad mode', 'cache-to', 'type=registry,ref=a/b,mode=all', 1, /mode is 'all', expected min or max/],
    ['[15] unknown key (typo)', 'cache-to', 'type=registry,ref=a/b,mdoe=max', 1, /'mdoe' is not a key of type=registry in cache-to; known: ref, mode,/],
    ['[16] a boolean that is not', 'cache-to', 'type=registry,ref=a/b,ignore-error=yes', 1, /ignore-error is 'yes', expected true or false/],
    ['[17] a field without =', 'cache-from', 'type=gha,scope', 1, /'scope' is not key=value/],
    ['[18] a field starting with =', 'cache-from', 'type=gha,=x', 1, /'=x' is not key=value/],
    ['[19] an unclosed quote', 'cache-from', 'type=local,"src=/a', 1, /not a valid CSV record/],
    ['[20] a quote inside a field', 'cache-from', 'type=local,src="/a,b"', 1, /not a valid CSV record: quote a whole field/],
    [
      '[21] inline cannot be read back as inline',
      'cache-from',
      'type=inline',
      1,
      /type=inline is for cache-to; read an inline cache with type=registry,ref=<image>/,
    ],
    ['[22] a line of commas only', 'cache-from', ' , ,', 1, /no cache is named/],
    [
      '[23] the third line is named',
      'cache-to',
      'type=gha\ntype=inline\ntype=local,dest=',
      3,
      /line 3 \('type=local,dest='\): type=local in cache-to needs dest/,
    ],
  ])('%s', (_t, input, text, line, message) => {
    const e = fails(() => parseCacheSpecs(text, input));
    expect(e.code).toBe('INPUT');
    expect(e.input).toBe(input);
    expect(e.line).toBe(line);
    expect(e.message).toMatch(`input '${input}' line ${line}`);
    expect(e.message).toMatch(message);
    // Every error lists the accepted forms for its input.
    expect(e.hint).toBe(acceptedForms(input));
  });

  test('the accepted forms name each syntax for its direction', () => {
    expect(acceptedForms('cache-from')).toContain('type=local,src=<dir>');
    expect(acceptedForms('cache-from')).not.toContain('dest=');
    expect(acceptedForms('cache-to')).toContain('type=local,dest=<dir>[,mode=min|max]');
    for (const input of ['cache-from', 'cache-to'] as const) {
      expect(acceptedForms(input)).toContain('type=registry,ref=<registry>/<repository>[:tag]');
      expect(acceptedForms(input)).toContain('type=gha');
      expect(acceptedForms(input)).toContain('or just <registry>/<repository>[:tag]');
    }
  });

  test('an error shows a secret-looking value only redacted', () => {
    const token = 'ghp_' + 'A1b2C3d4'.repeat(5);
    const e = fails(() => parseCacheSpecs(`type=gha,token=${token},bad`, 'cache-from'));
    expect(e.message).not.toContain(token);
  });
});

const plan = (from: string, to: string, noCache = false): CachePlan => ({
  from: parseCacheSpecs(from, 'cache-from'),
  to: parseCacheSpecs(to, 'cache-to'),
  noCache,
});

describe('checkCacheForBuilder', () => {
  test.each(['buildah', 'podman'] as const)('%s takes registry and local caches with ref and mode', (builder) => {
    expect(checkCacheForBuilder(plan('type=registry,ref=r.example/a:c', 'type=registry,ref=r.example/a,mode=max'), builder)).toBeUndefined();
    expect(checkCacheForBuilder(plan('type=local,src=/c', 'type=local,dest=/c2,mode=min'), builder)).toBeUndefined();
    expect(checkCacheForBuilder(plan('', '', true), builder)).toBeUndefined();
    // The same repository under two tags is one cache for buildah.
    expect(checkCacheForBuilder(plan('r.example/a:x\nr.example/a:y', ''), builder)).toBeUndefined();
  });

  test.each<[string, string, string, CacheInput, number, RegExp, RegExp]>([
    [
      '[1] gha on cache-from',
      'type=gha',
      '',
      'cache-from',
      1,
      /type=gha is a docker buildx cache backend, and buildah has none like it/,
      /type=local,src=<dir> with an actions\/cache step/,
    ],
    [
      '[2] gha on cache-to names the line',
      '',
      'type=registry,ref=a/b\ntype=gha,mode=max',
      'cache-to',
      2,
      /line 2: type=gha/,
      /type=registry,ref=<registry>\/<repository>.*type=local,dest=<dir>.*builder: docker/,
    ],
    ['[3] s3', '', 'type=s3,bucket=b', 'cache-to', 1, /type=s3 is a docker buildx cache backend/, /builder: docker/],
    [
      '[6] a digest',
      `type=registry,ref=r.example/a@sha256:${'b'.repeat(64)}`,
      '',
      'cache-from',
      1,
      /has a digest, and buildah reads a cache by repository/,
      /Write the repository only, e.g. r.example\/a\./,
    ],
    [
      '[7] two cache-from repositories',
      'r.example/a\n\nr.example/b',
      '',
      'cache-from',
      3,
      /buildah takes one cache-from cache, and line 1 already names one/,
      /Keep one cache-from line/,
    ],
    ['[8] two cache-to', '', 'type=local,dest=/a\ntype=registry,ref=r.example/b', 'cache-to', 2, /buildah takes one cache-to cache/, /builder: docker/],
  ])('buildah refuses %s', (_t, from, to, input, line, message, hint) => {
    const e = checkCacheForBuilder(plan(from, to), 'buildah');
    expect(e?.code).toBe('INPUT');
    expect(e?.input).toBe(input);
    expect(e?.line).toBe(line);
    expect(e?.message).toMatch(`input '${input}' line ${line}`);
    expect(e?.message).toMatch(message);
    expect(e?.hint).toMatch(hint);
  });

  test('podman is named in its own errors', () => {
    expect(checkCacheForBuilder(plan('type=gha', ''), 'podman')?.message).toMatch(/podman has none like it/);
  });

  test('docker buildx takes every form', () => {
    const all = plan(
      'type=gha\ntype=registry,ref=r.example/a@sha256:' + 'c'.repeat(64) + '\nr.example/b\ntype=local,src=/c,tag=v1',
      'type=gha,mode=max\ntype=inline\ntype=registry,ref=r.example/a,compression=zstd\ntype=s3,bucket=b',
    );
    expect(checkCacheForBuilder(all, 'docker')).toBeUndefined();
  });
});

describe('cacheNotices', () => {
  test('buildah: the tag is dropped, mode=min has no effect', () => {
    expect(cacheNotices(plan('type=registry,ref=ghcr.io/acme/app:buildcache', 'ghcr.io/acme/app:buildcache\ntype=local,dest=/c,mode=min'), 'buildah')).toEqual([
      "cache-from line 1: buildah keeps its cache as one tag per build step (the step's cache key) in ghcr.io/acme/app, so the tag 'buildcache' is not used",
      "cache-to line 1: buildah keeps its cache as one tag per build step (the step's cache key) in ghcr.io/acme/app, so the tag 'buildcache' is not used",
      "cache-to line 2: mode=min has no effect with buildah, which exports every step's layer (as mode=max does)",
    ]);
  });

  test("buildx's tuning keys are taken and said to be unused; ignore-error=false is said to be a warning all the same", () => {
    const p = plan('type=local,src=/c,tag=v1,digest=sha256:' + 'd'.repeat(64), 'type=registry,ref=a/b,compression=zstd,oci-mediatypes=true,ignore-error=false');
    expect(checkCacheForBuilder(p, 'buildah')).toBeUndefined();
    expect(cacheNotices(p, 'buildah')).toEqual([
      'cache-from line 1: tag, digest are docker buildx options buildah has no equivalent for, so they are not used',
      'cache-to line 1: compression, oci-mediatypes are docker buildx options buildah has no equivalent for, so they are not used',
      'cache-to line 1: ignore-error=false is not followed with buildah: a cache that fails is a warning and the build goes on without it',
    ]);
    expect(cacheNotices(plan('', 'type=registry,ref=a/b,image-manifest=true,ignore-error=true'), 'podman')).toEqual([
      'cache-to line 1: image-manifest is a docker buildx option podman has no equivalent for, so it is not used',
    ]);
    expect(cacheNotices(p, 'docker')).toEqual([]);
  });

  test('a default mode (not written) says nothing; no tag says nothing', () => {
    expect(cacheNotices(plan('r.example/a', 'type=registry,ref=r.example/a'), 'podman')).toEqual([]);
  });

  test('no-cache leaves cache-from unread', () => {
    expect(cacheNotices(plan('r.example/a:t', 'r.example/a', true), 'podman')).toEqual([
      'no-cache is true, so cache-from is not read (cache-to still exports)',
    ]);
    expect(cacheNotices(plan('r.example/a', '', true), 'buildah')).toEqual(['no-cache is true, so cache-from is not read']);
  });

  test('buildx does what was written: no notices', () => {
    expect(cacheNotices(plan('r.example/a:t', 'type=registry,ref=r.example/a:t,mode=min', true), 'docker')).toEqual([]);
  });
});

describe('cacheArgs', () => {
  test.each<[string, CachePlan | undefined, string[]]>([
    ['[1] no cache at all: layers off (podman defaults to on)', undefined, ['--layers=false']],
    ['[2] a plan whose caches were all dropped keeps one layer per step, as the cached build has', plan('', ''), ['--layers=true']],
    ['[3] no-cache alone', plan('', '', true), ['--layers=false', '--no-cache']],
    [
      '[3b] no-cache with a configured cache-to that was dropped keeps the cached shape',
      { ...plan('', '', true), configured: true },
      ['--layers=true', '--no-cache'],
    ],
    [
      '[4] registry both ways: canonical repository, tag dropped',
      plan('type=registry,ref=user/app:cache', 'type=registry,ref=127.0.0.1:5000/cache:x,mode=max'),
      ['--layers=true', '--cache-from', 'docker.io/user/app', '--cache-to', '127.0.0.1:5000/cache'],
    ],
    ['[5] cache-from only', plan('ghcr.io/acme/app-cache', ''), ['--layers=true', '--cache-from', 'ghcr.io/acme/app-cache']],
    ['[6] cache-to only', plan('', 'ghcr.io/acme/app-cache'), ['--layers=true', '--cache-to', 'ghcr.io/acme/app-cache']],
    [
      '[7] no-cache with both: nothing read, still exported',
      plan('r.example/a', 'r.example/a', true),
      ['--layers=true', '--cache-to', 'r.example/a', '--no-cache'],
    ],
    ['[8] one repository under two tags is read once', plan('r.example/a:x\nr.example/a:y', ''), ['--layers=true', '--cache-from', 'r.example/a']],
  ])('buildah/podman %s', (_t, cache, expected) => {
    expect(cacheArgs(cache, 'buildah')).toEqual(expected);
    expect(cacheArgs(cache, 'podman')).toEqual(expected);
  });

  test('a local spec must be mapped to a registry before (build.ts does)', () => {
    expect(fails(() => cacheArgs(plan('type=local,src=/c', ''), 'buildah')).code).toBe('INTERNAL');
  });

  test.each<[string, CachePlan | undefined, string[]]>([
    ['[1] no cache: no flags', undefined, []],
    ['[2] no-cache', plan('', '', true), ['--no-cache']],
    [
      '[3] each spec as written, in order',
      plan('type=gha,scope=x\nuser/app:cache', 'type=registry,ref=user/app:cache,mode=max\ntype=local,dest=/tmp/c,mode=max'),
      [
        '--cache-from',
        'type=gha,scope=x',
        '--cache-from',
        'type=registry,ref=user/app:cache',
        '--cache-to',
        'type=registry,ref=user/app:cache,mode=max',
        '--cache-to',
        'type=local,dest=/tmp/c,mode=max',
      ],
    ],
    ['[4] no-cache with cache-from passes both (buildx decides)', plan('type=gha', '', true), ['--cache-from', 'type=gha', '--no-cache']],
  ])('buildx %s', (_t, cache, expected) => {
    expect(cacheArgs(cache, 'docker')).toEqual(expected);
  });
});

describe('formatCacheSpec', () => {
  test('a value with a comma or quote is quoted so buildx reads it back whole', () => {
    const [spec] = parseCacheSpecs('type=local,"dest=/tmp/a,b",mode=max', 'cache-to');
    expect(formatCacheSpec(spec as CacheSpec)).toBe('type=local,"dest=/tmp/a,b",mode=max');
    expect(formatCacheSpec({ type: 'gha', attrs: { scope: 'say "hi"' }, line: 1 })).toBe('type=gha,"scope=say ""hi"""');
  });

  test('a resolved dir or ref replaces the one written', () => {
    const [local] = parseCacheSpecs('type=local,src=cache,tag=v1', 'cache-from');
    expect(formatCacheSpec({ ...(local as CacheSpec & { type: 'local' }), dir: '/work/cache' })).toBe('type=local,src=/work/cache,tag=v1');
    const [reg] = parseCacheSpecs('user/app', 'cache-from');
    expect(formatCacheSpec({ ...(reg as CacheSpec & { type: 'registry' }), ref: '127.0.0.1:5000/user/app' })).toBe('type=registry,ref=127.0.0.1:5000/user/app');
  });

  test('what formatCacheSpec writes parses back to the same spec', () => {
    for (const text of ['type=gha,scope=a#b,mode=max', 'type=local,"dest=/x,y",mode=max', 'type=registry,ref=r.example/a:t,mode=max,compression=zstd']) {
      const [spec] = parseCacheSpecs(text, 'cache-to');
      expect(parseCacheSpecs(formatCacheSpec(spec as CacheSpec), 'cache-to')).toEqual([spec]);
    }
  });
});

test('cacheSecrets: credentials among the attributes, for masking', () => {
  const specs = [
    ...parseCacheSpecs('type=gha,token=t0k,url=https://cache', 'cache-from'),
    ...parseCacheSpecs('type=s3,access_key_id=AK,secret_access_key=SK,session_token=ST,bucket=b\nr.example/a', 'cache-to'),
  ];
  expect(cacheSecrets(specs)).toEqual(['t0k', 'SK', 'ST']);
});
