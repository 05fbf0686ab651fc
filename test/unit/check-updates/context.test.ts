import { describe, expect, it } from '@jest/globals';
import { getInputs } from '../../../check-updates/src/context.js';
import { inputEnv } from '../../../scripts/local/run-bundle.js';

const env = (urls: string): Record<string, string> => inputEnv({ image: 'ghcr.io/acme/app:latest', 'package-index-urls': urls });

describe('check-updates getInputs: package-index-urls', () => {
  it('is empty by default, so nothing outside the registries is contacted', () => {
    expect(getInputs(inputEnv({ image: 'ghcr.io/acme/app:latest' })).packageIndexUrls).toEqual([]);
  });

  it('takes one URL per line, `default`, and skips blanks and comments', () => {
    expect(getInputs(env('https://deb.debian.org/debian/dists/bookworm/main/binary-amd64/Packages.gz\n\n# security\ndefault\n')).packageIndexUrls).toEqual([
      'https://deb.debian.org/debian/dists/bookworm/main/binary-amd64/Packages.gz',
      'default',
    ]);
  });

  it('refuses an xz index up front, naming the input and line', () => {
    expect(() => getInputs(env('https://x/Packages.gz\nhttps://x/Packages.xz'))).toThrow(/package-index-urls.*line 2|line 2.*package-index-urls/s);
  });
});

describe('check-updates getInputs: vulnerability-db and rebuild-on', () => {
  const withDb = (more: Record<string, string>): Record<string, string> =>
    inputEnv({ image: 'ghcr.io/acme/app:latest', 'package-index-urls': 'default', ...more });

  it('takes one path or URL per line, skipping blanks and comments, keeping each line number', () => {
    const got = getInputs(withDb({ 'vulnerability-db': '# Debian\n/data/tracker.json\n\nhttps://example.test/osv.zip\n', 'rebuild-on': 'security' }));
    expect(got.vulnerabilityDb.entries).toEqual([
      { kind: 'path', value: '/data/tracker.json', line: 2 },
      { kind: 'url', value: 'https://example.test/osv.zip', line: 4 },
    ]);
    expect(got.rebuildOn).toBe('security');
    const relative = getInputs({ ...withDb({ 'vulnerability-db': 'dbs/tracker.json' }), GITHUB_WORKSPACE: '/home/runner/work/app' });
    expect(relative.vulnerabilityDb).toMatchObject({ entries: [{ kind: 'path', value: 'dbs/tracker.json', line: 1 }], workspace: '/home/runner/work/app' });
    expect(relative.rebuildOn).toBe('any');
  });

  it.each([
    [{ 'vulnerability-db': '/a.json\nftp://x/y.json' }, 'vulnerability-db', /'vulnerability-db' line 2: expected an https:\/\/ URL, got ftp:\/\/x/],
    [{ 'rebuild-on': 'sometimes' }, 'rebuild-on', /expected 'any' or 'security', got "sometimes"/],
    [{ 'rebuild-on': 'security' }, 'vulnerability-db', /rebuild-on is 'security' but vulnerability-db is empty/],
    [{ 'vulnerability-db': '/a.json', 'package-index-urls': '' }, 'package-index-urls', /vulnerability-db is set but package-index-urls is empty/],
  ])('%j is refused naming %s', (more: Record<string, string>, input, message) => {
    let caught: unknown;
    try {
      getInputs(withDb(more));
    } catch (e) {
      caught = e;
    }
    expect(caught).toMatchObject({ code: 'INPUT', input });
    expect((caught as Error).message).toMatch(message);
  });
});

describe('check-updates getInputs: the image and the connect options', () => {
  it('reads registry-auth, github-token and insecure-registries through the one connect reader', () => {
    expect(
      getInputs(
        inputEnv({
          image: 'reg.lan:5000/acme/app:1',
          'registry-auth': '- registry: reg.lan:5000\n  username: u\n  password: p\n',
          'github-token': 'ghs_x',
          'insecure-registries': 'http://reg.lan:5000/',
        }),
      ),
    ).toEqual({
      image: 'reg.lan:5000/acme/app:1',
      connect: { registryAuth: [{ registry: 'reg.lan:5000', username: 'u', password: 'p' }], githubToken: 'ghs_x', insecureRegistries: ['reg.lan:5000'] },
      packageIndexUrls: [],
      vulnerabilityDb: { entries: [], workspace: expect.any(String), cache: expect.stringMatching(/check-updates\/vulnerability-db$/) },
      rebuildOn: 'any',
    });
  });

  it.each([
    [{}, 'image', /input 'image' is required/],
    [{ image: 'Not A Reference' }, 'image', /not a valid image reference/],
    [{ image: 'ghcr.io/a/b', 'registry-auth': 'nope: 1' }, 'registry-auth', /YAML list/],
    [{ image: 'ghcr.io/a/b', 'insecure-registries': 'not a host' }, 'insecure-registries', /registry host\[:port\]/],
  ])('%j is refused naming %s', (inputs: Record<string, string>, input, message) => {
    let caught: unknown;
    try {
      getInputs(inputEnv(inputs));
    } catch (e) {
      caught = e;
    }
    expect(caught).toMatchObject({ code: 'INPUT', input });
    expect((caught as Error).message).toMatch(message);
  });
});

describe('check-updates getInputs: base-signature-policy', () => {
  it('is absent by default, and read as a workspace path when given', () => {
    expect(getInputs(env('')).baseSignaturePolicy).toBeUndefined();
    expect(
      getInputs({ GITHUB_WORKSPACE: '/w', ...inputEnv({ image: 'ghcr.io/acme/app:latest', 'base-signature-policy': 'ci/base-policy.yml' }) })
        .baseSignaturePolicy,
    ).toEqual({ file: 'ci/base-policy.yml', workspace: '/w' });
  });
});
