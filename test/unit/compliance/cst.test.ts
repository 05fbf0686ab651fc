import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkImage, imageRef } from '../../../shared/src/compliance/check-image.js';
import { checkCommandResult, expandEnv, testEnv } from '../../../shared/src/compliance/cst/command-tests.js';
import { loadRegexEngine } from '../../../shared/src/compliance/cst/regex-engine.js';
import { formatRef, pullFlags, stripBuildahNoise } from '../../../shared/src/compliance/cst/container-runtime.js';
import { goFileMode } from '../../../shared/src/compliance/cst/file-mode.js';
import { parsePolicy } from '../../../shared/src/compliance/policy-load.js';
import { compileRegex } from '../../../shared/src/compliance/regex.js';
import { CLEAN_BASE, writeImage, type Member } from '../../fixtures/test-image/oci-image.js';

let tmp: string;
let image: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'cst-test-'));
  const extra: Member[] = [
    { path: 'usr/', type: 'directory' },
    { path: 'usr/bin/', type: 'directory' },
    { path: 'usr/bin/tool', content: 'x', mode: 0o750, uid: 0, gid: 50 },
    { path: 'usr/bin/link', type: 'symlink', linkname: 'tool', mode: 0o777 },
    { path: 'etc/escape', type: 'symlink', linkname: '../../../host-file' },
    { path: 'etc/up', type: 'symlink', linkname: '../../../../usr/bin' },
    { path: 'usr/share/', type: 'directory' },
    { path: 'usr/share/doc/', type: 'directory' },
    { path: 'usr/share/doc/pkg-a/', type: 'directory' },
    { path: 'usr/share/doc/pkg-a/copyright', content: 'MIT License\n' },
    { path: 'usr/share/doc/pkg-b/', type: 'directory' },
    { path: 'usr/share/doc/pkg-b/copyright', content: 'License: agpl-3+\n GNU AFFERO GENERAL PUBLIC LICENSE Version 3\n' },
    // CST's word list is AGPL and WTFPL, upper-cased: the licence's long name alone is not on it.
    { path: 'usr/share/doc/pkg-c/', type: 'directory' },
    { path: 'usr/share/doc/pkg-c/copyright', content: 'GNU AFFERO GENERAL PUBLIC LICENSE Version 3\n' },
    { path: 'usr/share/doc/libgnutls30/', type: 'directory' },
    { path: 'LICENSE', content: 'Apache License 2.0\n' },
  ];
  image = await writeImage(path.join(tmp, 'img'), { layers: [CLEAN_BASE, extra] });
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

async function run(yaml: string) {
  const r = await checkImage({ image, policy: parsePolicy({ text: `schemaVersion: '2.0.0'\ncompliance:\n  packs: []\n${yaml}`, file: 'p.yml' }) });
  return r.tests.map((t) => ({ name: t.name, passed: t.passed, failures: t.failures, line: t.line }));
}

describe("Go's FileMode string", () => {
  it.each([
    ['file', 0o755, '-rwxr-xr-x'],
    ['file', 0o4755, 'urwxr-xr-x'],
    ['file', 0o2755, 'grwxr-xr-x'],
    ['dir', 0o1777, 'dtrwxrwxrwx'],
    ['dir', 0o750, 'drwxr-x---'],
    ['symlink', 0o777, 'Lrwxrwxrwx'],
    ['char', 0o666, 'Dcrw-rw-rw-'],
  ] as const)('%s %o is %s', (type, mode, want) => expect(goFileMode({ type, mode })).toBe(want));
});

describe('fileExistenceTests', () => {
  it('pass and fail on existence, permissions, uid, gid, executable bits, through links', async () => {
    const got = await run(`fileExistenceTests:
  - {name: ok, path: /usr/bin/tool, permissions: '-rwxr-x---', uid: 0, gid: 50, isExecutableBy: group}
  - {name: via link, path: /usr/bin/link, permissions: 'Lrwxrwxrwx', uid: 0}
  - {name: wrong perms, path: /usr/bin/tool, permissions: '-rwxr-xr-x'}
  - {name: wrong uid, path: /home/app, uid: 0}
  - {name: wrong gid, path: /usr/bin/tool, gid: 0}
  - {name: not for others, path: /usr/bin/tool, isExecutableBy: other}
  - {name: absent ok, path: /nope, shouldExist: false}
  - {name: present but should not be, path: /etc/passwd, shouldExist: false}
  - {name: missing, path: /nope}
  - {name: escaping link, path: /etc/escape/x}
  - {name: link seen as a link, path: /usr/bin/link, permissions: '-rwxr-x---'}
  - {name: the link itself exists, path: /etc/escape}
  - {name: sticky tmp, path: /tmp, permissions: dtrwxrwxrwx}
  - {name: climbing link clamped at the root, path: /etc/up/tool, permissions: '-rwxr-x---'}
`);
    expect(got.map((t) => [t.name, t.passed])).toEqual([
      ['ok', true],
      ['via link', true],
      ['wrong perms', false],
      ['wrong uid', false],
      ['wrong gid', false],
      ['not for others', false],
      ['absent ok', true],
      ['present but should not be', false],
      ['missing', false],
      ['escaping link', false],
      ['link seen as a link', false],
      ['the link itself exists', true],
      ['sticky tmp', true],
      ['climbing link clamped at the root', true],
    ]);
    expect(got[2]?.failures).toEqual(['/usr/bin/tool: expected permissions -rwxr-xr-x, got -rwxr-x---']);
    expect(got[3]?.failures).toEqual(['/home/app: expected uid 0, got 1000']);
    // A `..` at the root stays at the root, as inside the container: /etc/escape is /host-file in the image, never the host's.
    expect(got[9]?.failures).toEqual(['expected /etc/escape/x to exist, got nothing there']);
    // CST Lstats the path (the docker archive API does not follow the last component): a link's mode is the link's.
    expect(got[10]?.failures).toEqual(['/usr/bin/link: expected permissions -rwxr-x---, got Lrwxrwxrwx']);
    expect(got[0]?.line).toBe(5);
  });
});

describe('fileContentTests', () => {
  it('match expected and excluded regexes, read lazily, links followed', async () => {
    const got = await run(`fileContentTests:
  - {name: passwd, path: /etc/passwd, expectedContents: ['^root:x:0:0', 'app:x:1000'], excludedContents: ['(?i)EVIL']}
  - {name: expected missing, path: /etc/passwd, expectedContents: ['^nobody']}
  - {name: excluded present, path: /LICENSE, excludedContents: ['Apache']}
  - {name: via link, path: /usr/bin/link, expectedContents: ['^x$']}
  - {name: dir, path: /etc, expectedContents: ['x']}
  - {name: absent, path: /nope, expectedContents: ['x']}
`);
    expect(got.map((t) => [t.name, t.passed])).toEqual([
      ['passwd', true],
      ['expected missing', false],
      ['excluded present', false],
      ['via link', true],
      ['dir', false],
      ['absent', false],
    ]);
  });
});

describe('metadataTest', () => {
  it('passes when every field matches', async () => {
    const got = await run(`metadataTest:
  envVars: [{key: APP_MODE, value: production}, {key: PATH, value: '/usr/s?bin', isRegex: true}]
  unboundEnvVars: [DEBUG]
  labels: [{key: org.opencontainers.image.title, value: clean}]
  exposedPorts: ['8080']
  unexposedPorts: ['22']
  volumes: [/home/app/data]
  unmountedVolumes: [/etc]
  entrypoint: []
  cmd: [/bin/sh]
  workdir: /home/app
  user: app
`);
    expect(got).toEqual([{ name: 'Metadata Test', passed: true, failures: [], line: 4 }]);
  });

  it('fails naming every field that differs', async () => {
    const got = await run(`metadataTest:
  envVars: [{key: APP_MODE, value: dev}, {key: MISSING, value: x}]
  unboundEnvVars: [APP_MODE]
  labels: [{key: org.opencontainers.image.title, value: 'cl.+x', isRegex: true}]
  exposedPorts: ['9090']
  unexposedPorts: ['8080']
  volumes: [/data]
  unmountedVolumes: [/home/app/data]
  entrypoint: [/bin/app]
  cmd: []
  workdir: /
  user: root
`);
    expect(got[0]?.failures).toEqual([
      "expected env var APP_MODE to be 'dev', got 'production'",
      'expected env var MISSING to be set, got none',
      "expected label org.opencontainers.image.title to match 'cl.+x', got 'clean'",
      "expected env var APP_MODE not to be set, got 'production'",
      'expected port 9090 to be exposed, got 8080/tcp',
      'expected port 8080 not to be exposed, got 8080/tcp',
      'expected volume /data, got /home/app/data',
      'expected no volume /home/app/data, got /home/app/data',
      'expected entrypoint ["/bin/app"], got []',
      'expected cmd [], got ["/bin/sh"]',
      "expected workdir '/', got '/home/app'",
      "expected user 'root', got 'app'",
    ]);
  });
});

describe('licenseTests', () => {
  it('checks Debian copyright files and named files, refusing banned licences', async () => {
    const got = await run(`licenseTests:
  - {files: [/LICENSE]}
  - {files: [/MISSING]}
  - {debian: true}
`);
    expect(got.map((t) => t.passed)).toEqual([true, false, false]);
    expect(got[2]?.failures).toEqual(["expected /usr/share/doc/pkg-b/copyright to name no licence in AGPL, WTFPL, got 'AGPL'"]);
  });
});

describe('command test checks (pure)', () => {
  // checkCommandResult compiles synchronously; checkImage preloads re2js for a policy with patterns, this block itself.
  beforeAll(() => loadRegexEngine());
  const t = { name: 't', command: 'x', expectedOutput: ['^hello'], excludedOutput: ['bye'], expectedError: ['warn'], excludedError: ['(?i)fatal'] };
  it('passes when everything matches', () => expect(checkCommandResult(t, { code: 0, stdout: 'hello world\n', stderr: 'warn: x\n' })).toEqual([]));
  it('names each failed expectation', () => {
    const f = checkCommandResult({ ...t, exitCode: 2 }, { code: 1, stdout: 'say bye\n', stderr: 'FATAL\n' });
    expect(f).toHaveLength(5);
    expect(f[0]).toMatch(/^expected exit code 2, got 1/);
  });
  it('expands $VAR from image env and earlier vars', () => {
    expect(expandEnv('$PATH:/x', new Map([['PATH', '/bin']]))).toBe('/bin:/x');
    expect(testEnv(['PATH=/bin'], [{ key: 'A', value: '1' }], [{ key: 'B', value: '${A}-$PATH' }])).toEqual({ A: '1', B: '1-/bin' });
  });
  it('drops buildah status lines from stderr', () => {
    expect(stripBuildahNoise('oops\nsubprocess exited with status 3\nsubprocess exited with status 3\nError: exit status 3\n')).toBe('oops\n');
  });
  it('reads Go inline flags; ^ anchors at the start of the text as in Go', () => {
    const r = compileRegex('(?i)^abc');
    expect(r.ok && r.value.test('ABC')).toBe(true);
    const noM = compileRegex('^line2');
    expect(noM.ok && noM.value.test('line1\nline2')).toBe(false);
    const m = compileRegex('(?m)^line2');
    expect(m.ok && m.value.test('line1\nline2')).toBe(true);
  });
});

describe('command tests without a runtime', () => {
  it('are refused with a clear message when commandTests exist and nothing can run them', async () => {
    const oldPath = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      await expect(run('commandTests:\n  - {name: a, command: /bin/sh}\n')).rejects.toMatchObject({
        code: 'NO_BUILDER',
        file: 'p.yml',
        line: 4,
        message: expect.stringContaining('no container runtime can run command tests here'),
      });
    } finally {
      process.env.PATH = oldPath;
    }
  });
});

describe('the image as container tools name it', () => {
  it.each([
    [{ kind: 'layout', path: '/l' } as const, undefined, 'oci:/l', []],
    [{ kind: 'layout', path: '/l' } as const, 'v1', 'oci:/l:v1', []],
    [{ kind: 'oci-archive', path: '/a.tar' } as const, undefined, 'oci-archive:/a.tar', []],
    [{ kind: 'docker-archive', path: '/d.tar' } as const, 'app:1', 'docker-archive:/d.tar:app:1', []],
    [{ kind: 'registry', reference: 'ghcr.io/a/b:1' } as const, undefined, 'docker://ghcr.io/a/b:1', []],
    [{ kind: 'registry', reference: '127.0.0.1:5000/a:1' } as const, undefined, 'docker://127.0.0.1:5000/a:1', ['--tls-verify=false']],
  ])('[%#] %o', (loc, ref, want, flags) => {
    const r = imageRef(loc, ref);
    expect(formatRef(r)).toBe(want);
    expect(pullFlags(r)).toEqual(flags);
  });

  it('a file reference keeps its tag when the path is replaced by a link', () => {
    expect(formatRef({ transport: 'oci', path: '/Users/Me/out', tag: 'v1' }, '/tmp/x/image')).toBe('oci:/tmp/x/image:v1');
  });
});
