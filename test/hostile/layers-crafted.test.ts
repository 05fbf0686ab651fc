/**
 * Crafted layers against the layer reader and the file-system index: each
 * test is an attack that once crashed, hid a file, or misreported a layer.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { checkImage } from '../../shared/src/compliance/check-image.js';
import { parsePolicy } from '../../shared/src/compliance/policy-load.js';
import { ContentReader } from '../../shared/src/layers/contents.js';
import { scanImage } from '../../shared/src/layers/scan.js';
import { MediaType } from '../../shared/src/oci/media-types.js';
import { tarBytes, type FileSpec } from '../support/images.js';
import { craftImage, failure, lieAboutSize, tamperBlob } from './crafted.js';

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'hostile-layers-'));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('a member whose header lies about its size', () => {
  const EIGHT_GIB = 8 * 1024 ** 3;

  it('is a clear error naming the layer digest and the member, not a crash (8 GiB declared, 1 KB carried)', async () => {
    const tar = await tarBytes([
      { name: 'etc/ok', content: 'ok\n' },
      { name: 'big.bin', content: Buffer.alloc(1024, 7) },
    ]);
    const { src, image } = await craftImage(path.join(tmp, 'liar'), { layers: [lieAboutSize(tar, 'big.bin', EIGHT_GIB)] });
    const e = await failure(scanImage(src, image));
    expect(e.code).toBe('LAYOUT');
    expect(e.message).toContain((image.manifest.layers[0] as { digest: string }).digest);
    expect(e.message).toContain(`member 'big.bin' declares ${EIGHT_GIB} bytes and the layer ends inside it`);
  });

  it('does not kill the process that reads it (an uncaught stream error did)', async () => {
    const tar = await tarBytes([{ name: 'big.bin', content: Buffer.alloc(1024, 7) }]);
    const { dir, image } = await craftImage(path.join(tmp, 'liar-process'), { layers: [lieAboutSize(tar, 'big.bin', EIGHT_GIB)], uncompressed: true });
    const r = await new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
      execFile(path.resolve('node_modules/.bin/tsx'), ['test/hostile/scan-layout.ts', dir], { timeout: 60_000 }, (e, out, err) =>
        resolve({ code: e === null ? 0 : (e.code as number | null), out, err }),
      );
    });
    expect({ code: r.code, err: r.err.includes('Unexpected end of data') }).toEqual({ code: 0, err: false });
    expect(r.out).toContain(`error LAYOUT: layer 1 of 1 (${(image.manifest.layers[0] as { digest: string }).digest})`);
    expect(r.out).toContain(`member 'big.bin' declares ${EIGHT_GIB} bytes and the layer ends inside it`);
  });

  it('is the same error when the reader was keeping that body (a captured file)', async () => {
    const tar = await tarBytes([{ name: 'etc/passwd', content: Buffer.alloc(1024, 0x61) }]);
    const { src, image } = await craftImage(path.join(tmp, 'liar-captured'), { layers: [lieAboutSize(tar, 'etc/passwd', 4096)], uncompressed: true });
    const e = await failure(scanImage(src, image, { capture: () => true }));
    expect(e.message).toContain("member 'etc/passwd' declares 4096 bytes and the layer ends inside it");
    expect(e.message).toContain((image.manifest.layers[0] as { digest: string }).digest);
  });
});

describe('a file written through a symlinked parent', () => {
  // l -> /usr/bin, then l/su 4755: the runtime writes /usr/bin/su. m climbs above the
  // root: the runtime clamps it to / (securejoin), so m/evil is /usr/sbin/evil.
  const layers: FileSpec[][] = [
    [
      { name: 'usr/', type: 'directory' },
      { name: 'usr/bin/', type: 'directory' },
      { name: 'usr/sbin/', type: 'directory' },
      { name: 'l', type: 'symlink', linkname: '/usr/bin' },
      { name: 'm', type: 'symlink', linkname: '../../../../usr/sbin' },
    ],
    [
      { name: 'l/su', mode: 0o4755, content: '#!/bin/sh\nexec sh\n' },
      { name: 'm/evil', mode: 0o4755, content: 'evil' },
      { name: 'm/hard', type: 'link', linkname: 'l/su' },
    ],
  ];

  it('is indexed where the container has it, links clamped at the root, and its bytes are still readable', async () => {
    const { src, image } = await craftImage(path.join(tmp, 'via-link'), { layers });
    const ix = await scanImage(src, image);
    expect(ix.get('/usr/bin/su')).toMatchObject({ type: 'file', mode: 0o4755, layer: 1, member: '/l/su' });
    expect(ix.get('/usr/sbin/evil')).toMatchObject({ type: 'file', mode: 0o4755 });
    expect(ix.get('/l')).toMatchObject({ type: 'symlink', linkname: '/usr/bin' });
    expect(ix.has('/l/su')).toBe(false);
    expect(ix.get('/usr/sbin/hard')).toMatchObject({ type: 'hardlink', linkname: '/usr/bin/su' });
    expect([...ix.walk()].map((n) => n.path)).toEqual(['/l', '/m', '/usr', '/usr/bin', '/usr/bin/su', '/usr/sbin', '/usr/sbin/evil', '/usr/sbin/hard']);
    const read = await new ContentReader(src, image, ix).readMany(['/usr/bin/su', '/usr/sbin/hard']);
    expect((read.get('/usr/bin/su') as { content: Buffer }).content.toString()).toBe('#!/bin/sh\nexec sh\n');
    expect((read.get('/usr/sbin/hard') as { content: Buffer }).content.toString()).toBe('#!/bin/sh\nexec sh\n');
  });

  it('fails a shouldExist: false test and the setuid rule, as the running container would', async () => {
    const { dir } = await craftImage(path.join(tmp, 'via-link-check'), { layers });
    const policy = parsePolicy({
      file: 'policy.yml',
      text: [
        'schemaVersion: 2.0.0',
        'fileExistenceTests:',
        '  - name: no su',
        '    path: /usr/bin/su',
        '    shouldExist: false',
        '  - name: no evil',
        '    path: /usr/sbin/evil',
        '    shouldExist: false',
        '  - name: evil through the climbing link',
        '    path: /m/evil',
        '',
      ].join('\n'),
    });
    const r = await checkImage({ image: dir, policy, rules: ['CIS-4.8'] });
    expect(r.tests.map((t) => [t.name, t.passed])).toEqual([
      ['no su', false],
      ['no evil', false],
      // Found through m, clamped at / the way fs-index placed it (and Docker finds it).
      ['evil through the climbing link', true],
    ]);
    // /usr/bin/su is on the default setuid allowlist of stock bases; /usr/sbin/evil is not.
    const setuid = r.findings.filter((f) => f.ruleId === 'CIS-4.8').map((f) => (f.subject as { path: string }).path);
    expect(setuid).toEqual(['/usr/sbin/evil']);
  });
});

describe('a link to a file used as a folder', () => {
  it('does not turn the file into a folder: the runtime fails that member (ENOTDIR) and sudo stays', async () => {
    const { dir, src, image } = await craftImage(path.join(tmp, 'link-to-file'), {
      layers: [
        [
          { name: 'usr/bin/sudo', mode: 0o4755, content: 'sudo' },
          { name: 's', type: 'symlink', linkname: '/usr/bin/sudo' },
        ],
        [
          { name: 's/x', content: 'x' },
          { name: 'usr/bin/sudo/y', content: 'y' },
        ],
      ],
    });
    const ix = await scanImage(src, image);
    expect(ix.get('/usr/bin/sudo')).toMatchObject({ type: 'file', mode: 0o4755, layer: 0 });
    expect([...ix.walk()].map((n) => n.path)).toEqual(['/s', '/usr', '/usr/bin', '/usr/bin/sudo']);
    const r = await checkImage({ image: dir, policy: parsePolicy({ file: 'p.yml', text: 'schemaVersion: 2.0.0\n' }), rules: ['IMG-SUDO'] });
    expect(r.findings.map((f) => f.ruleId)).toEqual(['IMG-SUDO']);
  });
});

describe('folders nested 10,000 deep', () => {
  const DEPTH = 10_000;
  const deep = `${'d/'.repeat(DEPTH)}f`;

  it('are indexed, walked and checked without overflowing the stack', async () => {
    const { dir, src, image } = await craftImage(path.join(tmp, 'deep'), { layers: [[{ name: deep, content: 'bottom', mode: 0o4755 }]] });
    const ix = await scanImage(src, image);
    const paths: string[] = [];
    for (const n of ix.walk()) paths.push(n.path);
    expect(paths).toHaveLength(DEPTH + 1);
    expect(paths[DEPTH]).toBe(`/${deep}`);
    expect(ix.get(`/${deep}`)?.size).toBe(6);
    // Every rule walks the tree; the setuid one must reach the bottom.
    const r = await checkImage({ image: dir, policy: parsePolicy({ file: 'p.yml', text: 'schemaVersion: 2.0.0\n' }) });
    expect(r.image.files).toBe(DEPTH + 1);
    expect(r.findings.filter((f) => f.ruleId === 'CIS-4.8').map((f) => (f.subject as { path: string }).path)).toEqual([`/${deep}`]);
  });
});

describe('a layer whose bytes were changed after it was addressed', () => {
  // Enough members that the tar reader meets the damage long before the blob ends.
  const files: FileSpec[] = Array.from({ length: 3000 }, (_, i) => ({ name: `data/f${i}`, content: Buffer.alloc(1000, i % 251) }));

  it('uncompressed: reports the digest mismatch, not the broken tar header it causes', async () => {
    const { dir, src, image } = await craftImage(path.join(tmp, 'tampered-raw'), { layers: [files], uncompressed: true });
    const layer = image.manifest.layers[0] as { digest: string; size: number };
    expect(layer.size).toBeGreaterThan(3_000_000);
    await tamperBlob(dir, layer.digest, 3 * 1536, Buffer.from('this is not a tar header at all!'));
    const e = await failure(scanImage(src, image));
    expect(e.code).toBe('DIGEST_MISMATCH');
    expect(e.message).toContain(`expected ${layer.digest}`);
  });

  it('gzip: reports the digest mismatch, not the gzip or tar error it causes', async () => {
    const { dir, src, image } = await craftImage(path.join(tmp, 'tampered-gz'), { layers: [files.map((f, i) => ({ ...f, content: `${i}`.repeat(300) }))] });
    const layer = image.manifest.layers[0] as { digest: string; size: number; mediaType: string };
    expect(layer.mediaType).toBe(MediaType.OciLayerGzip);
    await tamperBlob(dir, layer.digest, 200, Buffer.alloc(64, 0xff));
    const e = await failure(scanImage(src, image));
    expect(e.code).toBe('DIGEST_MISMATCH');
    expect(e.message).toContain(`expected ${layer.digest}`);
  });

  it('a targeted re-read of file contents reports it the same way', async () => {
    const { dir, src, image } = await craftImage(path.join(tmp, 'tampered-read'), { layers: [files], uncompressed: true });
    const ix = await scanImage(src, image);
    const layer = image.manifest.layers[0] as { digest: string };
    await tamperBlob(dir, layer.digest, 3 * 1536, Buffer.from('this is not a tar header at all!'));
    const e = await failure(new ContentReader(src, image, ix).read('/data/f2999'));
    expect(e.code).toBe('DIGEST_MISMATCH');
  });

  it('an intact but unreadable layer still says what is wrong with it', async () => {
    const garbage = gzipSync(Buffer.alloc(4096, 0x41));
    const { src, image } = await craftImage(path.join(tmp, 'garbage'), { layers: [garbage], uncompressed: true });
    const e = await failure(scanImage(src, image));
    expect(e.code).toBe('LAYOUT');
    expect(e.message).toContain('is not a readable tar stream');
  });
});
