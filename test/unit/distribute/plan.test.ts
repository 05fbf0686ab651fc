import { expect, test } from '@jest/globals';
import type { Digest } from '../../../shared/src/oci/digest.js';
import { MediaType } from '../../../shared/src/oci/media-types.js';
import type { Descriptor } from '../../../shared/src/oci/types.js';
import { orderForPush } from '../../../shared/src/distribute/plan.js';
import type { Target } from '../../../shared/src/distribute/push-run.js';
import { assignUploads } from '../../../shared/src/distribute/upload-blobs.js';

const d = (c: string, mediaType: string, size: number): Descriptor => ({ mediaType, digest: `sha256:${c.repeat(64)}` as Digest, size });

test('orderForPush: the smallest blob first, then largest first; manifests in walk order (children before the index)', () => {
  const walk = [
    d('1', MediaType.OciConfig, 10),
    d('2', MediaType.OciLayerGzip, 500),
    d('3', MediaType.OciManifest, 5),
    d('4', MediaType.OciLayerGzip, 900),
    d('5', MediaType.OciManifest, 6),
    d('6', MediaType.OciIndex, 7),
  ];
  const plan = orderForPush(walk);
  expect(plan.blobs.map((b) => b.size)).toEqual([10, 900, 500]);
  expect(plan.manifests.map((m) => m.digest[7])).toEqual(['3', '5', '6']);
  // After the smallest, largest first, with more blobs of the same size kept (no blob lost or doubled).
  const more = orderForPush([
    d('a', MediaType.OciLayerGzip, 3),
    d('b', MediaType.OciLayerGzip, 7),
    d('c', MediaType.OciLayerGzip, 5),
    d('e', MediaType.OciLayerGzip, 5),
  ]);
  expect(more.blobs.map((b) => b.size)).toEqual([3, 7, 5, 5]);
  expect(orderForPush([d('a', MediaType.OciLayerGzip, 3)]).blobs.map((b) => b.size)).toEqual([3]);
  expect(orderForPush([d('3', MediaType.OciManifest, 5)]).blobs).toEqual([]);
});

test('assignUploads: per registry, mount from a holder, else the first that lacks it uploads and the rest mount from it', () => {
  const reg = (name: string) => ({ name }) as unknown as Target['client'];
  const r1 = reg('r1');
  const r2 = reg('r2');
  const t = (name: string, client: Target['client']) => ({ name, client }) as Target;
  const [a, b, c, e, f] = [t('r1/a', r1), t('r1/b', r1), t('r2/c', r2), t('r2/e', r2), t('r1/f', r1)];
  const { leaders, followers } = assignUploads([a, c, e], [b]);
  expect(leaders.map((x) => x.name)).toEqual(['r2/c']);
  expect(followers.map(({ t: x, from }) => `${x.name}<-${from.name}`)).toEqual(['r1/a<-r1/b', 'r2/e<-r2/c']);
  const none = assignUploads([a, f], []);
  expect(none.leaders.map((x) => x.name)).toEqual(['r1/a']);
  expect(none.followers.map(({ t: x, from }) => `${x.name}<-${from.name}`)).toEqual(['r1/f<-r1/a']);
});
