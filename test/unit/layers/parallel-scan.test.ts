/**
 * Layers read several at once (scanImage's `parallel`) give exactly the index
 * of reading them one after another: every node with all its fields and its
 * folder's insertion order, anomalies, per-layer sizes, kept versions and
 * derived summaries in order, on an image with whiteouts, opaque folders,
 * hard links across layers and files re-added after deletion; with budgets
 * the layers race for, with a lower layer held back so the upper ones are read
 * first; and the error is the lowest failing layer's.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import type { FsIndex, FsNode } from '../../../shared/src/layers/fs-index.js';
import { scanImage, type ScanOptions } from '../../../shared/src/layers/scan.js';
import { resolveImage, selectRoot, type PlatformImage } from '../../../shared/src/oci/image.js';
import { OciLayout } from '../../../shared/src/oci/layout.js';
import type { ImageSource } from '../../../shared/src/oci/source.js';
import type { Descriptor } from '../../../shared/src/oci/types.js';
import { tarBytes, writeLayout, type FileSpec, type ImageSpec } from '../../support/images.js';
// The PipelineError a promise rejects with (the test fails if it resolves or rejects with anything else).
import { pipelineRejectionOf as failure } from '../../support/pipeline-error.js';

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'parallel-scan-'));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

async function craftImage(d: string, spec: ImageSpec): Promise<{ dir: string; src: OciLayout; image: PlatformImage }> {
  await writeLayout(d, spec);
  const src = await OciLayout.open(d);
  return { dir: d, src, image: (await resolveImage(src, await selectRoot(src))).images[0] as PlatformImage };
}

const blobFile = (src: OciLayout, d: Descriptor): string => path.join(src.dir, 'blobs', 'sha256', d.digest.slice('sha256:'.length));

const file = (name: string, content: string | Buffer, mode?: number): FileSpec => ({ name, content, ...(mode === undefined ? {} : { mode }) });
const dir = (name: string, mode?: number): FileSpec => ({ name, type: 'directory', ...(mode === undefined ? {} : { mode }) });
const wh = (name: string): FileSpec => ({ name, content: '' });
/** Bulk, so the layers take different times to read. */
const filler = (prefix: string, n: number, size: number): FileSpec[] =>
  Array.from({ length: n }, (_, i) => file(`${prefix}/f${i}`, Buffer.alloc(size, 97 + (i % 26))));
const status = (pkgs: string[]): string => pkgs.map((p) => `Package: ${p}\nStatus: install ok installed\nVersion: 1\n`).join('\n');

const LAYERS: FileSpec[][] = [
  [
    dir('etc/'),
    file('etc/passwd', 'root:x:0:0::/root:/bin/sh\n'),
    dir('bin/'),
    file('bin/sh', '#!shell\n', 0o755),
    file('bin/su', 'su', 0o4755),
    dir('usr/'),
    dir('usr/lib/'),
    file('usr/lib/liba.so', 'liba'),
    file('usr/lib/libb.so', 'libb'),
    dir('data/'),
    dir('data/keep/'),
    file('data/keep/a', 'first a'),
    file('var/lib/dpkg/status', status(['base-files'])),
    file('opt/app/pkg.json', '{"name":"app","v":1}'),
    file('opt/app/tool.bin', Buffer.alloc(3000, 1), 0o755),
    ...filler('bulk0', 400, 900),
  ],
  [
    // Deleted, then (layer 2) added again; an opaque folder with a new file; a hard link to a file of layer 0.
    wh('data/keep/.wh.a'),
    wh('usr/lib/.wh..wh..opq'),
    file('usr/lib/libc.so', 'libc'),
    { name: 'bin/sh-hard', type: 'link', linkname: 'bin/sh' },
    { name: 'l', type: 'symlink', linkname: '/usr' },
    file('l/through-link', 'written through a link'),
    file('var/lib/dpkg/status', status(['base-files', 'curl'])),
    file('opt/app/pkg.json', '{"name":"app","v":2}'),
    ...filler('bulk1', 30, 500),
  ],
  [
    file('data/keep/a', 'second a'),
    wh('bin/.wh.sh'),
    { name: 'usr/lib/libc-hard', type: 'link', linkname: 'usr/lib/libc.so' },
    { name: 'bin/su-hard', type: 'link', linkname: 'bin/su' },
    wh('opt/app/.wh.tool.bin'),
    ...filler('bulk2', 200, 700),
  ],
  [
    // A folder deleted and filled again in the same layer: the whiteout applies first.
    wh('.wh.data'),
    file('data/new', 'new'),
    wh('bulk0/.wh..wh..opq'),
    file('bulk0/only', 'only'),
    file('var/lib/dpkg/status', status(['base-files', 'curl', 'git'])),
  ],
  [
    file('../../escape', 'x'),
    { name: 'up', type: 'symlink', linkname: '../../../etc' },
    { name: 'hard-out', type: 'link', linkname: '../outside' },
    file('bin/sh', 'a new shell', 0o755),
    file('opt/app/tool.bin', Buffer.alloc(5000, 2), 0o755),
    ...filler('bulk4', 60, 400),
  ],
  [wh('bulk1/.wh.f3'), wh('.wh.l'), file('l', 'now a file'), { name: 'data/new-hard', type: 'link', linkname: 'data/new' }],
];

/** Everything the index says, in the order it says it. */
function snapshot(ix: FsIndex): unknown {
  const node = (n: FsNode): unknown => ({
    ...n,
    content: n.content?.toString('latin1'),
    children: n.children === undefined ? undefined : [...n.children.keys()],
  });
  return {
    root: node(ix.root),
    nodes: [...ix.walk()].map(node),
    anomalies: ix.anomalies,
    layerCount: ix.layerCount,
    layerBytes: ix.layerBytes,
    versions: [...ix.versions].map(([p, vs]) => [p, vs.map((v) => [v.layer, v.content.toString('latin1')])]),
    derived: [...ix.derived],
  };
}

/** Summaries as the SBOM's derive makes them: manifests whole, executables as they stream. */
const derive = (maxTotalBytes: number): NonNullable<ScanOptions['derive']> => ({
  wants: (p, size, mode) => p.endsWith('.json') || ((mode & 0o111) !== 0 && size > 1000),
  derive: (p, body) => (body.length === 0 ? undefined : `${p}:${body.toString('utf8')}`),
  stream: (p) => {
    if (p.endsWith('.json')) return undefined;
    let n = 0;
    return { write: (c) => (n += c.length), end: () => n };
  },
  maxFileBytes: 64 * 1024,
  maxTotalBytes,
});

const OPTION_SETS: [string, ScanOptions][] = [
  ['no options', {}],
  [
    'everything kept, within roomy budgets',
    { capture: () => true, keepEveryLayer: (p) => p === '/var/lib/dpkg/status', derive: derive(1024 * 1024), maxFileBytes: 2000 },
  ],
  [
    // Budgets the layers run out of part way: which bodies are kept depends on the order of the layers.
    'budgets the layers race for',
    {
      capture: (p) => !p.startsWith('/bulk'),
      maxFileBytes: 2000,
      maxTotalBytes: 120,
      keepEveryLayer: (p) => p === '/var/lib/dpkg/status',
      maxKeptTotalBytes: 200,
      derive: derive(3100),
    },
  ],
];

describe('a parallel scan', () => {
  for (const uncompressed of [false, true]) {
    for (const [name, opts] of OPTION_SETS) {
      it(`is the serial scan, node for node (${uncompressed ? 'uncompressed' : 'gzip'} layers, ${name})`, async () => {
        const { src, image } = await craftImage(path.join(tmp, `img-${uncompressed}-${name.replace(/\W+/g, '-')}`), { layers: LAYERS, uncompressed });
        const serial = snapshot(await scanImage(src, image, { ...opts, parallel: 1 }));
        for (const parallel of [2, 3, LAYERS.length]) expect(snapshot(await scanImage(src, image, { ...opts, parallel }))).toEqual(serial);
      });
    }
  }

  it('the image exercises what it claims: re-added, opaque, linked across layers, anomalies', async () => {
    const { src, image } = await craftImage(path.join(tmp, 'claims'), { layers: LAYERS });
    const ix = await scanImage(src, image, { parallel: 3 });
    expect(ix.get('/data/keep')).toBeUndefined();
    expect(ix.get('/data/new-hard')).toMatchObject({ type: 'hardlink', linkname: '/data/new', layer: 5 });
    expect([...(ix.get('/usr/lib')?.children?.keys() ?? [])].sort()).toEqual(['libc-hard', 'libc.so']);
    expect(ix.get('/usr/through-link')).toMatchObject({ member: '/l/through-link', layer: 1 });
    expect(ix.get('/bin/sh')).toMatchObject({ layer: 4, size: 11 });
    expect(ix.get('/bin/sh-hard')).toMatchObject({ type: 'hardlink', linkname: '/bin/sh', layer: 1 });
    expect(ix.get('/l')).toMatchObject({ type: 'file', layer: 5 });
    expect([...(ix.get('/bulk0')?.children?.keys() ?? [])]).toEqual(['only']);
    expect(ix.anomalies.map((a) => a.kind)).toEqual(['path-escape', 'symlink-escape', 'hardlink-escape']);
  });
});

/** `src` with its blobs opened by `openBlob` instead; the rest passes through. */
function withOpenBlob(src: ImageSource, openBlob: (d: Descriptor) => Promise<Readable>): ImageSource {
  return { name: src.name, roots: () => src.roots(), readBlob: (d) => src.readBlob(d), hasBlob: (d) => src.hasBlob(d), close: () => src.close(), openBlob };
}

/** The source with one layer's blob held back until another layer's has been read to its end. */
function holdBack(src: ImageSource, image: PlatformImage, held: number, until: number): ImageSource & { opened: number } {
  const layers = image.manifest.layers;
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  const wrapped = Object.assign(
    withOpenBlob(src, async (d) => {
      wrapped.opened++;
      if (d.digest === layers[held]?.digest) await released;
      const s = await src.openBlob(d);
      if (d.digest === layers[until]?.digest) s.once('end', release);
      return s;
    }),
    { opened: 0 },
  );
  return wrapped;
}

describe('budgets shared by layers read at once', () => {
  // Layer 0's capture and layer 1's capture cannot both fit: a serial scan keeps layer 0's.
  const layers: FileSpec[][] = [[file('cap/a', 'a'.repeat(60)), ...filler('bulk', 50, 300)], [file('cap/b', 'b'.repeat(60))]];
  const opts: ScanOptions = { capture: (p) => p.startsWith('/cap/'), maxTotalBytes: 100 };

  it('keeps what the serial scan keeps when the upper layer is read first, reading again the layers whose decisions could differ', async () => {
    const { src, image } = await craftImage(path.join(tmp, 'race'), { layers });
    const serial = await scanImage(src, image, { ...opts, parallel: 1 });
    expect([serial.get('/cap/a')?.content?.length, serial.get('/cap/b')?.content]).toEqual([60, undefined]);
    const raced = holdBack(src, image, 0, 1);
    const ix = await scanImage(raced, image, { ...opts, parallel: 2 });
    expect(snapshot(ix)).toEqual(snapshot(serial));
    // Layer 1 took b first, so layer 0 could not take a: both are read again with the serial budgets.
    expect(raced.opened).toBe(4);
  });

  it('reads each layer once when the budgets were not short', async () => {
    const { src, image } = await craftImage(path.join(tmp, 'no-race'), { layers });
    const raced = holdBack(src, image, 0, 1);
    const ix = await scanImage(raced, image, { ...opts, maxTotalBytes: 1000, parallel: 2 });
    expect([ix.get('/cap/a')?.content?.length, ix.get('/cap/b')?.content?.length]).toEqual([60, 60]);
    expect(raced.opened).toBe(2);
  });
});

describe('a layer read again', () => {
  // Serial: a (60) fits the 100-byte budget, b (50) then does not (40 left), nor c (45).
  const layers: FileSpec[][] = [[file('cap/a', 'a'.repeat(60)), ...filler('bulk', 20, 300)], [file('cap/b', 'b'.repeat(50))], [file('cap/c', 'c'.repeat(45))]];

  it('takes its bytes from the pool the layers in flight share, so a layer above is refused what the serial scan refuses', async () => {
    const { src, image } = await craftImage(path.join(tmp, 'reread-pool'), { layers, uncompressed: true });
    const [l0, , l2] = image.manifest.layers;
    const gate = (): { wait: Promise<void>; open: () => void } => {
      let open: () => void = () => undefined;
      const wait = new Promise<void>((resolve) => (open = resolve));
      return { wait, open };
    };
    // Layer 0 waits for layer 1 (b takes 50 of the pool, so layer 0 is refused a and read again);
    // layer 2 waits until that re-read has taken a; the re-read's rest waits until layer 2 has decided on c.
    const l1Done = gate();
    const aTakenAgain = gate();
    const cDecided = gate();
    let asked = 0;
    const opens = new Map<string, number>();
    const source = withOpenBlob(src, async (d) => {
      const n = (opens.get(d.digest) ?? 0) + 1;
      opens.set(d.digest, n);
      if (d.digest === l0?.digest && n === 1) await l1Done.wait;
      if (d.digest === l0?.digest && n === 2) {
        const bytes = await fs.readFile(blobFile(src, d));
        const s = new PassThrough();
        // a's header, then its body: the diff_id check holds back the latest chunk, so the header passes once the body comes.
        s.write(bytes.subarray(0, 512));
        s.write(bytes.subarray(512, 1024));
        void cDecided.wait.then(() => s.end(bytes.subarray(1024)));
        return s;
      }
      if (d.digest === l2?.digest) await aTakenAgain.wait;
      const s = await src.openBlob(d);
      if (d.digest !== l0?.digest && d.digest !== l2?.digest) s.once('end', l1Done.open);
      return s;
    });
    const capture = (p: string): boolean => {
      // Both calls come just before the take, in the same turn: what the released read sees is the budget after it.
      if (p === '/cap/a' && ++asked === 2) aTakenAgain.open();
      if (p === '/cap/c') cDecided.open();
      return p.startsWith('/cap/');
    };
    const serial = await scanImage(src, image, { capture: (p) => p.startsWith('/cap/'), maxTotalBytes: 100, parallel: 1 });
    expect(['/cap/a', '/cap/b', '/cap/c'].map((p) => serial.get(p)?.content?.length)).toEqual([60, undefined, undefined]);
    const ix = await scanImage(source, image, { capture, maxTotalBytes: 100, parallel: 3 });
    expect(snapshot(ix)).toEqual(snapshot(serial));
    // Layer 2 saw the 60 bytes the re-read of layer 0 took (had it not, it would have taken c and been read again too).
    expect(image.manifest.layers.map((l) => opens.get(l.digest))).toEqual([2, 2, 1]);
  });
});

describe('a failing layer', () => {
  const files: FileSpec[] = filler('data', 300, 1000);
  /** A gzip stream that is not a tar. */
  const garbage = gzipSync(Buffer.alloc(4096, 0x41));

  it('reports the lowest failing layer, even when a higher one failed first', async () => {
    const { src, image } = await craftImage(path.join(tmp, 'two-bad'), { layers: [files, garbage, files], uncompressed: true });
    const low = image.manifest.layers[0] as Descriptor;
    const h = await fs.open(blobFile(src, low), 'r+');
    await h.write(Buffer.from('this is not a tar header at all!'), 0, 32, 3 * 1536);
    await h.close();
    // Layer 1 (not a tar) fails while layer 0 is held back; layer 0's digest mismatch is what a serial scan reports.
    const e = await failure(scanImage(holdBack(src, image, 0, 1), image, { parallel: 3 }));
    expect(e.code).toBe('DIGEST_MISMATCH');
    expect(e.message).toContain(`expected ${low.digest}`);
  });

  it('stops the reads above it: a layer whose blob never ends does not keep the scan waiting', async () => {
    const { src, image } = await craftImage(path.join(tmp, 'stalled-above'), { layers: [garbage, await tarBytes(files)], uncompressed: true });
    const stalled = image.manifest.layers[1] as Descriptor;
    let destroyed = false;
    const source = withOpenBlob(src, async (d) => {
      if (d.digest !== stalled.digest) return src.openBlob(d);
      // The first 10 KB, then nothing: only being stopped ends it.
      const s = new PassThrough();
      s.write((await fs.readFile(blobFile(src, d))).subarray(0, 10_000));
      s.on('close', () => (destroyed = true));
      return s;
    });
    const e = await failure(scanImage(source, image, { parallel: 2 }));
    expect([e.code, e.message]).toEqual(['LAYOUT', expect.stringContaining('layer 1 of 2')]);
    expect(destroyed).toBe(true);
  });

  it('a serial scan reports the same errors', async () => {
    const { src, image } = await craftImage(path.join(tmp, 'serial-bad'), { layers: [files, garbage], uncompressed: true });
    const e = await failure(scanImage(src, image, { parallel: 1 }));
    expect([e.code, e.message]).toEqual(['LAYOUT', expect.stringContaining('layer 2 of 2')]);
  });
});
