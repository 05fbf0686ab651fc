/** Which mounts the command-test store's cleanup takes down (pure parsing of /proc/mounts). */
import { describe, expect, it } from '@jest/globals';
import { mountsUnder } from '../../../shared/src/compliance/cst/container-runtime.js';

const PROC = [
  '/dev/vda / ext4 rw,relatime 0 0',
  'proc /proc proc rw 0 0',
  'overlay /tmp/test-image-buildah-ab12/root/overlay/l1/merged overlay rw,lowerdir=/x 0 0',
  'shm /tmp/test-image-buildah-ab12/runroot/overlay-containers/c1/userdata/shm tmpfs rw 0 0',
  'tmpfs /tmp/test-image-buildah-ab12 tmpfs rw 0 0',
  'tmpfs /tmp/test-image-buildah-ab123/root tmpfs rw 0 0',
  'tmpfs /tmp/test-image-buildah-ab12/with\\040space tmpfs rw 0 0',
  'tmpfs /tmp/test-image-buildah-ab12 tmpfs rw 0 0',
  '',
].join('\n');

describe('mountsUnder', () => {
  it('lists the store and everything under it, deepest first, once each, unescaping octal', () => {
    expect(mountsUnder(PROC, '/tmp/test-image-buildah-ab12')).toEqual([
      '/tmp/test-image-buildah-ab12/runroot/overlay-containers/c1/userdata/shm',
      '/tmp/test-image-buildah-ab12/root/overlay/l1/merged',
      '/tmp/test-image-buildah-ab12/with space',
      '/tmp/test-image-buildah-ab12',
    ]);
  });

  it('leaves out a sibling whose name merely starts the same, and accepts a trailing slash', () => {
    expect(mountsUnder(PROC, '/tmp/test-image-buildah-ab12/')).not.toContain('/tmp/test-image-buildah-ab123/root');
    expect(mountsUnder(PROC, '/tmp/elsewhere')).toEqual([]);
  });
});
