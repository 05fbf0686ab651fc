/**
 * Executables go to the Go build-info reader as they stream (ScanOptions.derive.stream):
 * the scan records what reading the whole binary would give, and never hands
 * the binary's bytes to `derive`, so it is never held whole.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { deriveLanguage, languageDerive } from '../../../../shared/src/compliance/sbom/language.js';
import { scanImage } from '../../../../shared/src/layers/scan.js';
import { resolveImage, selectRoot, type PlatformImage } from '../../../../shared/src/oci/image.js';
import { OciLayout } from '../../../../shared/src/oci/layout.js';
import { makeLayout } from '../../../support/image-fixture.js';

const ESBUILD = path.join(process.cwd(), 'node_modules/@esbuild/linux-x64/bin/esbuild');

describe('Go binaries in the scan', () => {
  it('are read as they stream: the same modules, and derive never sees their bytes', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'sbom-stream-'));
    try {
      const esbuild = await readFile(ESBUILD);
      const manifest = JSON.stringify({ name: 'express', version: '4.18.2' });
      await makeLayout(dir, {
        gzipLevel: 1,
        layers: [{ files: { 'usr/local/bin/esbuild': esbuild, 'app/node_modules/express/package.json': manifest } }],
      });
      const src = await OciLayout.open(dir);
      const image = (await resolveImage(src, await selectRoot(src))).images[0] as PlatformImage;
      const handed: string[] = [];
      const streamed: string[] = [];
      const index = await scanImage(src, image, {
        derive: {
          ...languageDerive,
          derive: (p, body) => {
            handed.push(p);
            return languageDerive.derive(p, body);
          },
          stream: (p) => {
            const sink = languageDerive.stream(p);
            if (sink !== undefined) streamed.push(p);
            return sink;
          },
        },
      });
      await src.close();
      expect(handed).toEqual(['/app/node_modules/express/package.json']);
      expect(streamed).toEqual(['/usr/local/bin/esbuild']);
      const whole = deriveLanguage('/usr/local/bin/esbuild', esbuild);
      expect(whole?.records).toContainEqual({ name: 'github.com/evanw/esbuild', version: '(devel)' });
      expect(index.derived.get('/usr/local/bin/esbuild')).toEqual({ layer: 0, value: whole });
      expect(index.get('/usr/local/bin/esbuild')?.content).toBeUndefined();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('are not streamed when they are manifests or archives', () => {
    expect(languageDerive.stream('/app/node_modules/x/package.json')).toBeUndefined();
    expect(languageDerive.stream('/opt/app/app.jar')).toBeUndefined();
    expect(languageDerive.stream('/usr/lib/python3/dist-packages/a-1.dist-info/METADATA')).toBeUndefined();
    expect(languageDerive.stream('/usr/local/bin/tool')).toBeDefined();
  });
});
