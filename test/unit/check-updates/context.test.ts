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
