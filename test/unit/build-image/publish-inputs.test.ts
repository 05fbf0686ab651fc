/**
 * build-image's `images`, `push`, `load` and `outputs` (publish-inputs.ts):
 * metadata-action's images lines and build-push-action's output lines, and the
 * error for every one build-image does not write, naming the input and line.
 */
import { describe, expect, test } from '@jest/globals';
import { checkPublish, getPublishInputs, parseImages, publishInputsOf } from '../../../build-image/src/publish-inputs.js';
import { getInputs } from '../../../build-image/src/context.js';
import { inputEnv } from '../../../scripts/local/run-bundle.js';
import { pipelineErrorOf as fails } from '../../support/pipeline-error.js';

const env = (inputs: Record<string, string>) => ({ RUNNER_TEMP: '/rt', ...inputEnv(inputs) });

describe('images (metadata-action)', () => {
  test.each([
    ['one name', 'ghcr.io/acme/app', ['ghcr.io/acme/app']],
    ['one per line, comments and blanks', 'name/foo\n\n# mirror\nghcr.io/name/bar\n', ['name/foo', 'ghcr.io/name/bar']],
    ['the old one-line comma form', 'name/foo,ghcr.io/name/bar', ['name/foo', 'ghcr.io/name/bar']],
    [
      'name= and enable=',
      'name=name/foo\nname=ghcr.io/name/bar,enable=false\nname=127.0.0.1:5000/team/app,enable=true',
      ['name/foo', '127.0.0.1:5000/team/app'],
    ],
    ['lower-cased as metadata-action does', 'GHCR.io/Acme/App', ['ghcr.io/acme/app']],
    ['a quoted field', '"name=ghcr.io/acme/app",enable=true', ['ghcr.io/acme/app']],
    ['none', '', []],
  ] as Array<[string, string, string[]]>)('%s', (_what, text, want) => {
    expect(parseImages(text)).toEqual(want);
  });

  test.each([
    ['name=a/b\nname=x/y,enable=maybe', 2, /enable is 'maybe', expected true or false/],
    ['name=a/b\nname=x/y,tag=1', 2, /'tag' is not an attribute of an image \(name, enable\)/],
    ['name=a/b\nenable=true', 2, /the image name is empty/],
    ['ghcr.io/acme/app:1.0', 1, /has a tag or digest/],
    ['name=a/b\nname=Not A Name', 2, /is not an image name/],
    ['name="a/b', 1, /not a valid CSV record/, /Quote a whole field/],
  ] as Array<[string, number, RegExp, RegExp?]>)('%s: an error naming images and line %d', (text, line, message, hint = /ghcr\.io\/owner\/app/) => {
    const e = fails(() => parseImages(text));
    expect(e.input).toBe('images');
    expect(e.line).toBe(line);
    expect(e.reason).toMatch(message);
    expect(e.hint).toMatch(hint);
  });
});

test('an image item is quoted redacted: no user:password@ pasted before the registry, no token as a tag', () => {
  const token = 'ghp_R8x2Qk0Zb7Lw3Nv5Tj9Hs1Md4Fc6Ya2Pe0Ug';
  const pasted = fails(() => parseImages('name=a/b\nrobot:hunter2@ghcr.io/acme/app'));
  expect(pasted).toMatchObject({ input: 'images', line: 2 });
  expect(pasted.reason).toMatch(/is not an image name: '\*\*\*@ghcr\.io\/acme\/app' is not a valid image reference/);
  expect(pasted.message).not.toContain('hunter2');
  const tagged = fails(() => parseImages(`ghcr.io/acme/app:${token}`));
  expect(tagged.reason).toMatch(/'ghcr\.io\/acme\/app:gh\*+' has a tag or digest/);
  expect(tagged.message).not.toContain(token.slice(0, 8));
});

describe('push, load, outputs (build-push-action)', () => {
  test('none set: nothing to do, and context.ts leaves the inputs as they were', () => {
    expect(getPublishInputs(env({}))).toEqual({ images: [], push: false, load: false, exports: [] });
    expect(publishInputsOf(env({ push: 'false', load: 'false' }))).toEqual({});
    expect('publish' in getInputs(env({}))).toBe(false);
  });

  test('push and load as booleans, each saying where it came from', () => {
    expect(getPublishInputs(env({ push: 'true', load: 'true', images: 'ghcr.io/acme/app' }))).toEqual({
      images: ['ghcr.io/acme/app'],
      push: true,
      pushFrom: "input 'push'",
      load: true,
      loadFrom: "input 'load'",
      exports: [],
    });
    expect(getInputs(env({ push: 'true', tags: 'ghcr.io/acme/app:1.0' }))).toMatchObject({ publish: { push: true } });
    expect(fails(() => getPublishInputs(env({ push: 'yes please' }))).input).toBe('push');
  });

  test('outputs: registry and image,push=true push; docker and image load; oci writes a tarball or a folder', () => {
    const p = getPublishInputs(
      env({
        outputs: [
          'type=registry',
          '# a comment',
          'type=image,push=true,oci-mediatypes=true',
          'type=docker',
          'type=image',
          'type=oci,dest=out/image.tar',
          'type=oci,dest=out/layout,tar=false',
          'type=docker,dest=out/docker.tar',
        ].join('\n'),
      }),
    );
    expect(p).toEqual({
      images: [],
      push: true,
      pushFrom: "input 'outputs' line 1 (type=registry)",
      load: true,
      loadFrom: "input 'outputs' line 4 (type=docker)",
      exports: [
        { type: 'oci', dest: 'out/image.tar', tar: true, line: 6 },
        { type: 'oci', dest: 'out/layout', tar: false, line: 7 },
        { type: 'docker', dest: 'out/docker.tar', tar: true, line: 8 },
      ],
    });
  });

  test.each([
    ['type=local,dest=out', /type=local exports the image's file system/, /umoci unpack/],
    ['out-dir', /type=local exports the image's file system/, /type=oci,dest=<file.tar>/],
    ['type=tar,dest=fs.tar', /type=tar exports the image's file system/, /type=oci,dest=<file.tar>/],
    ['type=docker,dest=', /dest is empty/, /type=docker,dest=<file.tar> \(a docker-archive, one platform\)/],
    ['type=oci', /type=oci needs dest=/, /tar=false/],
    ['type=oci,dest=x.tar,compression=zstd', /'compression' is not a key build-image reads for type=oci \(dest, tar, oci-mediatypes\)/, /type=registry/],
    ['type=image,name=ghcr.io/acme/app:1,push=true', /name= is not read here/, /in tags \(ghcr\.io\/owner\/app:1\.0\) or in images/],
    ['type=registry,push=false', /push=false contradicts it/, /type=registry/],
    ['type=image,oci-mediatypes=false', /oci-mediatypes=false is not available/, /type=registry/],
    ['type=oci,dest=x.tar,tar=maybe', /tar is 'maybe', expected true or false/, /type=registry/],
    ['type=cacheonly', /type 'cacheonly' is not one of registry, image, docker, oci, local, tar/, /type=registry/],
    ['dest=x.tar', /there is no type=/, /type=registry/],
  ] as Array<[string, RegExp, RegExp]>)('%s: a clear error naming outputs and its line', (line, message, hint) => {
    const e = fails(() => getPublishInputs(env({ outputs: `type=oci,dest=ok.tar\n${line}` })));
    expect(e.input).toBe('outputs');
    expect(e.line).toBe(2);
    expect(e.reason).toMatch(message);
    expect(e.hint).toMatch(hint);
  });

  test.each([
    ['a path longer than the system takes', `type=oci,dest=${'SEKRET' + 'a/'.repeat(2100)}x.tar`, /dest is 4[0-9]{3} bytes long/],
    ['a name longer than 255 bytes', `type=docker,dest=out/${'SEKRET' + 'A'.repeat(3000)}.tar`, /a name in dest is 30[0-9]{2} bytes long/],
    ['a control character', 'type=oci,dest=out/\u001b[2Jx.tar', /dest holds a control character/],
  ])('dest: %s is refused at input time, bounded and without the value', (_what, line, message) => {
    const e = fails(() => getPublishInputs(env({ outputs: `type=oci,dest=ok.tar\n${line}` })));
    expect([e.input, e.line]).toEqual(['outputs', 2]);
    expect(e.reason).toMatch(message);
    expect(e.message).not.toContain('SEKRET');
    expect(e.message).not.toContain('\u001b');
    expect(e.message.length).toBeLessThan(1000);
  });

  test('the same dest twice is refused', () => {
    const e = fails(() => getPublishInputs(env({ outputs: 'type=oci,dest=a.tar\ntype=oci,dest=a.tar' })));
    expect([e.input, e.line]).toEqual(['outputs', 2]);
    expect(e.reason).toMatch(/named twice/);
  });
});

describe('checkPublish: push and load need a repository, said before the build', () => {
  const p = (inputs: Record<string, string>) => getPublishInputs(env(inputs));
  test('push with plain tags only: the error names the input and both fixes', () => {
    const e = fails(() => checkPublish(p({ push: 'true' }), false));
    expect(e.input).toBe('push');
    expect(e.reason).toBe("input 'push' asks to push the image, but no tag names a repository to push it to");
    expect(e.hint).toMatch(/full references \(ghcr\.io\/owner\/app:1\.0.*set images: ghcr\.io\/owner\/app/);
  });
  test('from outputs and for load, the error names outputs and its line', () => {
    expect(fails(() => checkPublish(p({ outputs: 'type=registry' }), false)).input).toBe('outputs');
    const e = fails(() => checkPublish(p({ outputs: 'type=docker' }), false));
    expect(e.reason).toBe("input 'outputs' line 1 (type=docker) asks to load the image, but no tag names a repository to load it as");
  });
  test('a docker-archive holds one platform: several are refused before the build, naming outputs and its line', () => {
    const e = fails(() => checkPublish(p({ outputs: 'type=oci,dest=a.tar\ntype=docker,dest=d.tar' }), true, 2));
    expect([e.input, e.line]).toEqual(['outputs', 2]);
    expect(e.reason).toMatch(/holds one platform, and 2 are built/);
    expect(e.hint).toMatch(/type=oci,dest=<file\.tar> for several platforms/);
    expect(() => checkPublish(p({ outputs: 'type=docker,dest=d.tar' }), false, 1)).not.toThrow();
  });
  test('a reference in tags, or images, is enough; exports alone need none', () => {
    expect(() => checkPublish(p({ push: 'true', load: 'true' }), true)).not.toThrow();
    expect(() => checkPublish(p({ push: 'true', images: 'ghcr.io/acme/app' }), false)).not.toThrow();
    expect(() => checkPublish(p({ outputs: 'type=oci,dest=x.tar' }), false)).not.toThrow();
  });
});
