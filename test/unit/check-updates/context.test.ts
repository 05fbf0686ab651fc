import { describe, expect, it } from '@jest/globals';
import { getInputs } from '../../../check-updates/src/context.js';

const env = (urls: string): Record<string, string> => ({ INPUT_IMAGE: 'ghcr.io/acme/app:latest', 'INPUT_PACKAGE-INDEX-URLS': urls });

describe('check-updates getInputs: package-index-urls', () => {
  it('is empty by default, so nothing outside the registries is contacted', () => {
    expect(getInputs({ INPUT_IMAGE: 'ghcr.io/acme/app:latest' }).packageIndexUrls).toEqual([]);
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

describe('check-updates getInputs: the image and the connect options', () => {
  it('reads registry-auth, github-token and insecure-registries through the one connect reader', () => {
    expect(
      getInputs({
        INPUT_IMAGE: 'reg.lan:5000/acme/app:1',
        'INPUT_REGISTRY-AUTH': '- registry: reg.lan:5000\n  username: u\n  password: p\n',
        'INPUT_GITHUB-TOKEN': 'ghs_x',
        'INPUT_INSECURE-REGISTRIES': 'http://reg.lan:5000/',
      }),
    ).toEqual({
      image: 'reg.lan:5000/acme/app:1',
      connect: { registryAuth: [{ registry: 'reg.lan:5000', username: 'u', password: 'p' }], githubToken: 'ghs_x', insecureRegistries: ['reg.lan:5000'] },
      packageIndexUrls: [],
    });
  });

  it.each([
    [{}, 'image', /input 'image' is required/],
    [{ INPUT_IMAGE: 'Not A Reference' }, 'image', /not a valid image reference/],
    [{ INPUT_IMAGE: 'ghcr.io/a/b', 'INPUT_REGISTRY-AUTH': 'nope: 1' }, 'registry-auth', /YAML list/],
    [{ INPUT_IMAGE: 'ghcr.io/a/b', 'INPUT_INSECURE-REGISTRIES': 'not a host' }, 'insecure-registries', /registry host\[:port\]/],
  ])('%j is refused naming %s', (env, input, message) => {
    let caught: unknown;
    try {
      getInputs(env);
    } catch (e) {
      caught = e;
    }
    expect(caught).toMatchObject({ code: 'INPUT', input });
    expect((caught as Error).message).toMatch(message);
  });
});
