/**
 * Issue 17: fflate (jars) and packageurl-js (purls) are loaded by import() only for an image that needs them.
 * Their users are synchronous, so a missed load must throw INTERNAL naming the preload, never drop a package;
 * and a jar the scan meets before fflate is loaded is read after the scan (settleLanguage) with the same result.
 * This file must load neither library through the modules under test before its cases (each test file has its
 * own module registry; the fixture's own `import 'fflate'` does not load maven.ts's copy).
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { deriveLanguage, languageDerive, languagePackages, settleLanguage } from '../../../../shared/src/compliance/sbom/language.js';
import { fflateLoaded, jarArtifacts } from '../../../../shared/src/compliance/sbom/maven.js';
import { loadPurl, purlOf } from '../../../../shared/src/compliance/sbom/purl.js';
import { scanImage } from '../../../../shared/src/layers/scan.js';
import { resolveImage, selectRoot, type PlatformImage } from '../../../../shared/src/oci/image.js';
import { OciLayout } from '../../../../shared/src/oci/layout.js';
import { makeLayout } from '../../../support/image-fixture.js';
import { pipelineErrorOf } from '../../../support/pipeline-error.js';

const pom = (g: string, a: string, v: string): Uint8Array => strToU8(`groupId=${g}\nartifactId=${a}\nversion=${v}\n`);
const JAR = zipSync({ 'META-INF/maven/org.example/demo/pom.properties': pom('org.example', 'demo', '1.0.0') });

describe('fflate and packageurl-js, loaded on demand', () => {
  it('before any load: jarArtifacts and purlOf throw INTERNAL naming the missing preload', async () => {
    expect(fflateLoaded()).toBe(false);
    const jar = pipelineErrorOf(() => jarArtifacts(JAR));
    expect(jar.code).toBe('INTERNAL');
    expect(jar.message).toMatch(/loadFflate\(\)/);
    const purl = pipelineErrorOf(() => purlOf({ ecosystem: 'npm', name: 'express', version: '4.18.2' }));
    expect(purl.code).toBe('INTERNAL');
    expect(purl.message).toMatch(/loadPurl\(\)/);
  });

  it('a jar the scan meets before fflate is loaded waits; languagePackages refuses it until settleLanguage reads it as deriveLanguage would', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'sbom-lazy-'));
    try {
      await makeLayout(dir, {
        layers: [{ files: { 'opt/app/app.jar': Buffer.from(JAR), 'opt/app/empty.jar': Buffer.from(zipSync({ 'a.txt': strToU8('x') })) } }],
      });
      const src = await OciLayout.open(dir);
      const image = (await resolveImage(src, await selectRoot(src))).images[0] as PlatformImage;
      const index = await scanImage(src, image, { derive: languageDerive });
      await src.close();
      await loadPurl();
      const refused = pipelineErrorOf(() => languagePackages(index, () => 'sha256:x'));
      expect(refused.code).toBe('INTERNAL');
      expect(refused.message).toMatch(/settleLanguage\(\)/);
      await settleLanguage(index);
      expect(fflateLoaded()).toBe(true);
      // The same value the scan stores when fflate is already loaded; a jar that declares nothing leaves no entry.
      expect(index.derived.get('/opt/app/app.jar')).toEqual({ layer: 0, value: deriveLanguage('/opt/app/app.jar', Buffer.from(JAR)) });
      expect(index.derived.has('/opt/app/empty.jar')).toBe(false);
      expect(languagePackages(index, () => 'sha256:x').map((p) => p.purl)).toEqual(['pkg:maven/org.example/demo@1.0.0']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
