/**
 * Reading an image from a registry survives a connection cut in the middle
 * of a blob: the download resumes with a Range request from the byte it had
 * reached, and the blob is still verified whole. A server that ignores the
 * range (answers 200) is handled by skipping what was already read.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { buffer } from 'node:stream/consumers';
import { resolveImage, selectRoot } from '../../shared/src/oci/image.js';
import { OciLayout } from '../../shared/src/oci/layout.js';
import { pushImage } from '../../shared/src/distribute/push-image.js';
import { RegistrySource } from '../../shared/src/registry/client/source.js';
import { digestBytes } from '../../shared/src/oci/digest.js';
import { makeLayout } from '../support/image-fixture.js';
import { startFaultProxy, type FaultProxy } from '../support/proxy.js';
import { startRegistry, type Registry } from '../support/registry.js';

let reg: Registry;
let proxy: FaultProxy;
let dir: string;
let big: { digest: string; size: number; mediaType: string };

beforeAll(async () => {
  reg = await startRegistry();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'resume-'));
  const layout = path.join(dir, 'layout');
  await makeLayout(layout, { layers: [{ randomBytes: 3_000_000 }], gzipLevel: 1 });
  const res = await pushImage({ images: [layout], destinations: [`${reg.host}/resume:v1`], tags: [] });
  expect(res.destinations[0]?.error).toBeUndefined();
  const src = await OciLayout.open(layout);
  const img = (await resolveImage(src, await selectRoot(src))).images[0]!;
  big = img.manifest.layers[0]!;
  proxy = await startFaultProxy(reg.host);
}, 60000);

afterAll(async () => {
  await proxy.stop();
  await reg.stop();
  await fs.rm(dir, { recursive: true, force: true });
});

const source = () => RegistrySource.open(`${reg.host}/resume:v1`, { connectTo: { [reg.host]: proxy.host } });
const blobRequests = () => proxy.log.filter((l) => l.method === 'GET' && l.path.includes(`/blobs/${big.digest}`));

describe('blob downloads from a registry', () => {
  test('resume after a connection cut mid-blob, with a Range request, and verify the whole', async () => {
    proxy.log.length = 0;
    proxy.add({ method: 'GET', path: /\/blobs\//, fault: { kind: 'reset-response', afterBytes: 1_000_000 } });
    const bytes = await buffer(await source().openBlob(big as never));
    expect(bytes.length).toBe(big.size);
    expect(digestBytes(bytes)).toBe(big.digest);
    const gets = blobRequests();
    expect(gets).toHaveLength(2);
    expect(gets[0]?.range).toBeUndefined();
    expect(gets[1]?.range).toMatch(/^bytes=\d+-$/);
    expect(Number(/bytes=(\d+)-/.exec(gets[1]?.range ?? '')?.[1])).toBeGreaterThan(0);
  }, 60000);

  test('resume against a server that ignores the range', async () => {
    proxy.log.length = 0;
    proxy.add({ method: 'GET', path: /\/blobs\//, fault: { kind: 'reset-response', afterBytes: 700_000 } });
    proxy.add({ method: 'GET', path: /\/blobs\//, fault: { kind: 'strip-range' } });
    const bytes = await buffer(await source().openBlob(big as never));
    expect(digestBytes(bytes)).toBe(big.digest);
    expect(blobRequests()).toHaveLength(2);
  }, 60000);
});
