import { describe, expect, test } from '@jest/globals';
import { MediaType } from '../../../../shared/src/oci/media-types.js';
import { nextPage, supportFromProbe } from '../../../../shared/src/registry/client/referrers-api.js';

const index = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: [] }));

describe('supportFromProbe', () => {
  test.each([
    ['200 with an image index', { status: 200, contentType: MediaType.OciIndex, bytes: index }, { api: true }],
    [
      '404 (distribution 2.x: no route)',
      { status: 404, contentType: 'text/plain', bytes: Buffer.alloc(0) },
      { api: false, why: 'the referrers endpoint answered HTTP 404' },
    ],
    ['400', { status: 400, contentType: 'application/json', bytes: Buffer.alloc(0) }, { api: false, why: 'the referrers endpoint answered HTTP 400' }],
    [
      '200 with HTML (a proxy page)',
      { status: 200, contentType: 'text/html', bytes: Buffer.from('<html>') },
      { api: false, why: 'the referrers endpoint answered 200 with text/html, not an image index' },
    ],
    [
      '200 claiming an index but without one',
      { status: 200, contentType: MediaType.OciIndex, bytes: Buffer.from('{"errors":[]}') },
      { api: false, why: 'the referrers endpoint answered 200 with a body that is not an image index' },
    ],
  ])('%s', (_what, page, support) => {
    expect(supportFromProbe(page)).toEqual(support);
  });
});

describe('nextPage', () => {
  const base = new URL('https://r.example/v2/a/referrers/sha256:1');
  test('the rel="next" link, resolved against the page', () => {
    expect(nextPage('</v2/a/referrers/sha256:1?last=x&n=2>; rel="next"', base)?.toString()).toBe('https://r.example/v2/a/referrers/sha256:1?last=x&n=2');
    expect(nextPage('<https://r.example/p1>; rel="prev", <https://r.example/p3>; rel=next', base)?.toString()).toBe('https://r.example/p3');
  });
  test('none', () => {
    expect(nextPage('', base)).toBeUndefined();
    expect(nextPage('<https://r.example/p1>; rel="prev"', base)).toBeUndefined();
    expect(nextPage('garbage', base)).toBeUndefined();
  });
});
