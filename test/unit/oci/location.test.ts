import { describe, expect, it } from '@jest/globals';
import { parseImageLocation } from '../../../shared/src/oci/location.js';

describe('parseImageLocation', () => {
  it.each([
    ['./out', { kind: 'layout', path: './out' }],
    ['/tmp/layout', { kind: 'layout', path: '/tmp/layout' }],
    ['oci:/tmp/layout', { kind: 'layout', path: '/tmp/layout' }],
    ['oci:/tmp/layout:v1', { kind: 'layout', path: '/tmp/layout', ref: 'v1' }],
    ['oci-archive:img.tar', { kind: 'oci-archive', path: 'img.tar' }],
    ['oci-archive:dir/img.tar:latest', { kind: 'oci-archive', path: 'dir/img.tar', ref: 'latest' }],
    ['docker-archive:/x/save.tar', { kind: 'docker-archive', path: '/x/save.tar' }],
    ['docker://ghcr.io/acme/app:1', { kind: 'registry', reference: 'ghcr.io/acme/app:1' }],
    ['ghcr.io/acme/app:1', { kind: 'ambiguous', text: 'ghcr.io/acme/app:1' }],
  ])('[%#] %s', (text, want) => {
    const r = parseImageLocation(text);
    expect(r).toEqual({ ok: true, value: want });
  });

  it.each([
    ['', "input 'image' is empty"],
    ['docker://', 'no reference'],
    ['oci-archive:', "'oci-archive:' with no path"],
  ])('[%#] rejects %j', (text, message) => {
    const r = parseImageLocation(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message).toContain(message);
      expect(r.error.input).toBe('image');
    }
  });
});
