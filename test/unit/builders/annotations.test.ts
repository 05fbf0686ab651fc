/**
 * Annotation levels as build-push-action (buildx's ParseAnnotations) reads them, and metadata-action's
 * `annotations` output. The expected lists in the "metadata-action's own expectations" group are facts
 * from docker/metadata-action's __tests__/meta.test.ts (json02, latest09, bakeFile01 with
 * DOCKER_METADATA_ANNOTATIONS_LEVELS-style levels index,manifest-descriptor): their repository is
 * octocat/Hello-World (repo.json), their clock 2020-01-10T00:30:00Z.
 */
import { describe, expect, test } from '@jest/globals';
import {
  annotationsAt,
  checkPlacement,
  computedAnnotations,
  computedLevels,
  formatAnnotation,
  lineOfItems,
  mergeAnnotations,
  normalizePlatform,
  parseAnnotations,
  type AnnotationEntry,
} from '../../../shared/src/builders/annotations.js';
import { keyValuesOf, readList } from '../../../shared/src/action/input-list.js';
import { metadataLabels } from '../../../shared/src/builders/metadata.js';
import { PipelineError } from '../../../shared/src/errors.js';

const strip = (es: AnnotationEntry[]) => es.map(({ from: _from, ...rest }) => rest);

/** The PipelineError a call throws (fails the test when it throws none). */
function errorOf(fn: () => unknown): PipelineError {
  try {
    fn();
  } catch (e) {
    if (e instanceof PipelineError) return e;
    throw e;
  }
  throw new Error('expected a PipelineError');
}

describe('parseAnnotations (build-push-action level prefixes)', () => {
  test.each<[string, string, Array<Omit<AnnotationEntry, 'from'>>]>([
    ['no level: the manifests', 'org.opencontainers.image.title', [{ level: 'manifest', key: 'org.opencontainers.image.title', value: 'v' }]],
    ['index', 'index:k', [{ level: 'index', key: 'k', value: 'v' }]],
    ['index-descriptor', 'index-descriptor:k', [{ level: 'index-descriptor', key: 'k', value: 'v' }]],
    ['manifest-descriptor', 'manifest-descriptor:k', [{ level: 'manifest-descriptor', key: 'k', value: 'v' }]],
    [
      'several levels',
      'index,manifest:k',
      [
        { level: 'index', key: 'k', value: 'v' },
        { level: 'manifest', key: 'k', value: 'v' },
      ],
    ],
    ['a platform', 'manifest[linux/arm64]:k', [{ level: 'manifest', platform: 'linux/arm64', key: 'k', value: 'v' }]],
    ['arm64/v8 is arm64', 'manifest-descriptor[linux/arm64/v8]:k', [{ level: 'manifest-descriptor', platform: 'linux/arm64', key: 'k', value: 'v' }]],
    ['arm is arm/v7', 'manifest[linux/arm]:k', [{ level: 'manifest', platform: 'linux/arm/v7', key: 'k', value: 'v' }]],
    ['x86_64 is amd64', 'manifest[linux/x86_64]:k', [{ level: 'manifest', platform: 'linux/amd64', key: 'k', value: 'v' }]],
    ['a key with a colon after a level', 'manifest:a:b', [{ level: 'manifest', key: 'a:b', value: 'v' }]],
  ])('%s', (_name, key, want) => {
    expect(strip(parseAnnotations([[key, 'v']]))).toEqual(want);
  });

  test('values are kept as written, empty included', () => {
    expect(
      strip(
        parseAnnotations([
          ['k', 'a=b, c'],
          ['e', ''],
        ]),
      ),
    ).toEqual([
      { level: 'manifest', key: 'k', value: 'a=b, c' },
      { level: 'manifest', key: 'e', value: '' },
    ]);
  });

  test("an unknown level names the input, its line and the levels there are; the line is the user's", () => {
    // As build-image reads it: the list reader's items, each with the line it starts on (comments and blank lines skipped).
    const items = readList('# ours\norg.example.a=1\n\nmanifests:org.example.b=2\n', 'annotations', { ignoreComma: true });
    const e = errorOf(() => parseAnnotations(keyValuesOf(items, 'annotations'), 'annotations', lineOfItems(items)));
    expect(e.code).toBe('INPUT');
    expect([e.input, e.line]).toEqual(['annotations', 4]);
    expect(e.reason).toBe(
      "input 'annotations' line 4 ('manifests:org.example.b') has the level 'manifests', expected one of manifest, index, manifest-descriptor, index-descriptor",
    );
  });

  test.each<[string, RegExp]>([
    ['index[linux/amd64]:k', /narrows the index level to a platform, expected a platform on manifest levels only/],
    ['index-descriptor[linux/amd64]:k', /narrows the index-descriptor level to a platform/],
    ['manifest[amd64]:k', /names the platform 'amd64', expected os\/arch\[\/variant\]/],
    ['manifest:', /has no annotation key, expected \[level:\]key=value/],
    ['Manifest:k', /has the level 'Manifest', expected one of/],
    ['com.example:k', /has the level 'com.example', expected one of/],
  ])('%s is refused', (key, re) => {
    const e = errorOf(() => parseAnnotations([[key, 'v']]));
    expect(e.message).toMatch(re);
    expect(e.input).toBe('annotations');
  });

  test('without the text, the error still names the input and the item', () => {
    expect(errorOf(() => parseAnnotations([['bogus:k', 'v']])).reason).toBe(
      "'annotations' ('bogus:k') has the level 'bogus', expected one of manifest, index, manifest-descriptor, index-descriptor",
    );
  });
});

describe('normalizePlatform', () => {
  test.each([
    ['linux/amd64', 'linux/amd64'],
    ['Linux/AMD64', 'linux/amd64'],
    ['linux/amd64/v1', 'linux/amd64'],
    ['linux/amd64/v3', 'linux/amd64/v3'],
    ['linux/aarch64', 'linux/arm64'],
    ['linux/arm/7', 'linux/arm/v7'],
    ['linux/armhf', 'linux/arm/v7'],
    ['linux/arm/v6', 'linux/arm/v6'],
    ['amd64', undefined],
    ['linux/amd64/v1/x', undefined],
    ['linux//amd64', undefined],
  ])('%s -> %s', (p, want) => {
    expect(normalizePlatform(p)).toBe(want);
  });
});

describe('computedLevels (DOCKER_METADATA_ANNOTATIONS_LEVELS)', () => {
  test('default manifest; a list in order', () => {
    expect(computedLevels(undefined)).toEqual([{ level: 'manifest' }]);
    expect(computedLevels(' ')).toEqual([{ level: 'manifest' }]);
    expect(computedLevels('manifest,index')).toEqual([{ level: 'manifest' }, { level: 'index' }]);
  });
  test('an unknown level names the variable', () => {
    const e = errorOf(() => computedLevels('manifest,indexes'));
    expect(e.message).toMatch(/^'DOCKER_METADATA_ANNOTATIONS_LEVELS' \('manifest,indexes'\) has the level 'indexes', expected one of/);
    expect(e.input).toBe('DOCKER_METADATA_ANNOTATIONS_LEVELS');
  });
});

describe('merging and placing', () => {
  const computed = computedAnnotations(
    [
      ['org.opencontainers.image.title', 'app'],
      ['org.opencontainers.image.source', 'https://github.com/acme/app'],
    ],
    [{ level: 'manifest' }],
  );
  test("the user's value wins over the computed one at the same level; another level is another slot", () => {
    const merged = mergeAnnotations([
      ...computed,
      ...parseAnnotations([
        ['org.opencontainers.image.title', 'App'],
        ['index:org.opencontainers.image.title', 'Index'],
      ]),
    ]);
    expect(merged.map(formatAnnotation)).toEqual([
      'manifest:org.opencontainers.image.source=https://github.com/acme/app',
      'manifest:org.opencontainers.image.title=App',
      'index:org.opencontainers.image.title=Index',
    ]);
  });
  test('annotationsAt: every platform first, the named platform over it; undefined when none', () => {
    const es = parseAnnotations([
      ['k', 'all'],
      ['manifest[linux/arm64]:k', 'arm'],
      ['other', 'x'],
    ]);
    expect(annotationsAt(es, 'manifest', 'linux/amd64')).toEqual({ k: 'all', other: 'x' });
    expect(annotationsAt(es, 'manifest', 'linux/arm64/v8')).toEqual({ k: 'arm', other: 'x' });
    expect(annotationsAt(es, 'index')).toBeUndefined();
    expect(formatAnnotation(es[1] as AnnotationEntry)).toBe('manifest[linux/arm64]:k=arm');
  });
  test('checkPlacement: index levels need several platforms; a selector must name a built platform', () => {
    const index = parseAnnotations([['index:k', 'v']]);
    expect(() => checkPlacement(index, ['linux/amd64', 'linux/arm64'])).not.toThrow();
    expect(errorOf(() => checkPlacement(index, ['linux/amd64'])).reason).toBe(
      "'annotations' puts 'k' on the image index, but a build of one platform makes no index",
    );
    const levels = computedAnnotations([['t', 'x']], computedLevels('index'));
    expect(errorOf(() => checkPlacement(levels, ['linux/amd64'])).input).toBe('DOCKER_METADATA_ANNOTATIONS_LEVELS');
    const arm = parseAnnotations([['manifest[linux/arm64/v8]:k', 'v']]);
    expect(() => checkPlacement(arm, ['linux/amd64', 'linux/arm64'])).not.toThrow();
    expect(errorOf(() => checkPlacement(arm, ['linux/amd64', 'linux/arm/v7'])).message).toMatch(
      /narrows 'k' to linux\/arm64, expected one of the platforms built \(linux\/amd64, linux\/arm\/v7\)/,
    );
  });
});

describe("metadata-action's own expectations", () => {
  // Their repo.json and fixture env (event_push_dev / event_tag_v1.1.1): octocat/Hello-World, MIT.
  const env = { GITHUB_REPOSITORY: 'octocat/Hello-World', GITHUB_SHA: '860c1904a1ce19322e91ac35af1ab07466440c37', GITHUB_SERVER_URL: 'https://github.com' };
  const repo = { name: 'Hello-World', description: 'This your first repo!', htmlUrl: 'https://github.com/octocat/Hello-World', license: 'MIT' };
  const created = '2020-01-10T00:30:00.000Z';
  const output = (version: string, levels: string | undefined, user: Array<[string, string]> = []): string[] => {
    const { annotations } = metadataLabels({ env, userLabels: new Map(), fallbackTitle: 'x', created, repo }, version);
    return mergeAnnotations([...computedAnnotations(annotations, computedLevels(levels)), ...parseAnnotations(user)]).map(formatAnnotation);
  };

  test('json02: the default level, manifest', () => {
    expect(output('dev', undefined)).toEqual([
      'manifest:org.opencontainers.image.created=2020-01-10T00:30:00.000Z',
      'manifest:org.opencontainers.image.description=This your first repo!',
      'manifest:org.opencontainers.image.licenses=MIT',
      'manifest:org.opencontainers.image.revision=860c1904a1ce19322e91ac35af1ab07466440c37',
      'manifest:org.opencontainers.image.source=https://github.com/octocat/Hello-World',
      'manifest:org.opencontainers.image.title=Hello-World',
      'manifest:org.opencontainers.image.url=https://github.com/octocat/Hello-World',
      'manifest:org.opencontainers.image.version=dev',
    ]);
  });

  test("latest09: the user's annotations over the computed ones, sorted (their list, at the manifest level)", () => {
    expect(
      output('v1.1.1', undefined, [
        ['maintainer', 'Foo'],
        ['org.opencontainers.image.description', 'this is a "bad" example'],
        ['org.opencontainers.image.title', 'MyNotTitle'],
        ['org.opencontainers.image.vendor', 'MyNotCompany'],
      ]),
    ).toEqual(
      [
        'maintainer=Foo',
        'org.opencontainers.image.created=2020-01-10T00:30:00.000Z',
        'org.opencontainers.image.description=this is a "bad" example',
        'org.opencontainers.image.licenses=MIT',
        'org.opencontainers.image.revision=860c1904a1ce19322e91ac35af1ab07466440c37',
        'org.opencontainers.image.source=https://github.com/octocat/Hello-World',
        'org.opencontainers.image.title=MyNotTitle',
        'org.opencontainers.image.url=https://github.com/octocat/Hello-World',
        'org.opencontainers.image.vendor=MyNotCompany',
        'org.opencontainers.image.version=v1.1.1',
      ].map((l) => `manifest:${l}`),
    );
  });

  test('bakeFile01: levels index,manifest-descriptor, each level in turn', () => {
    const keys = [
      'org.opencontainers.image.created=2020-01-10T00:30:00.000Z',
      'org.opencontainers.image.description=This your first repo!',
      'org.opencontainers.image.licenses=MIT',
      'org.opencontainers.image.revision=860c1904a1ce19322e91ac35af1ab07466440c37',
      'org.opencontainers.image.source=https://github.com/octocat/Hello-World',
      'org.opencontainers.image.title=Hello-World',
      'org.opencontainers.image.url=https://github.com/octocat/Hello-World',
      'org.opencontainers.image.version=dev',
    ];
    expect(output('dev', 'index,manifest-descriptor')).toEqual([...keys.map((k) => `index:${k}`), ...keys.map((k) => `manifest-descriptor:${k}`)]);
  });
});
