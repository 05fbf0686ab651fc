/**
 * The update check, end to end: an image records base digest A; while the
 * registry serves A for the base tag, no rebuild; once the tag moves to B,
 * rebuild with the reason. Images are put in the registry with skopeo, an
 * independent client, and the check runs as the committed bundle.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { runActionBundle } from '../../scripts/local/run-bundle.js';
import { Annotation } from '../../shared/src/oci/types.js';
import { startRegistry, type Registry } from '../support/registry.js';
import { writeLayout } from '../support/images.js';
import { skopeoPushLayout } from '../support/skopeo.js';

let registry: Registry;
let dir: string;
const bundle = path.resolve('check-updates/dist/index.js');

async function pushLayout(name: string, files: Array<{ name: string; content: string }>, annotations?: Record<string, string>): Promise<string> {
  const layout = path.join(dir, name.replace(/[^a-z0-9]/g, '_'));
  await fs.rm(layout, { recursive: true, force: true });
  const desc = await writeLayout(layout, annotations === undefined ? { layers: [files] } : { layers: [files], manifestAnnotations: annotations });
  await skopeoPushLayout(layout, `${registry.host}/${name}`);
  return desc.digest;
}

beforeAll(async () => {
  registry = await startRegistry();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'check-updates-'));
}, 30000);

afterAll(async () => {
  await registry.stop();
  await fs.rm(dir, { recursive: true, force: true });
});

describe('check-updates', () => {
  it('says no rebuild while the base tag serves the recorded digest, and why once it moves', async () => {
    const baseRef = `${registry.host}/base:1`;
    const a = await pushLayout('base:1', [{ name: 'etc/os-release', content: 'A\n' }]);
    await pushLayout('app:latest', [{ name: 'app', content: 'app' }], { [Annotation.BaseName]: baseRef, [Annotation.BaseDigest]: a });

    const before = await runActionBundle(bundle, { inputs: { image: `${registry.host}/app:latest` } });
    expect(before.code).toBe(0);
    expect(before.outputs['rebuild-needed']).toBe('false');
    expect(JSON.parse(before.outputs.bases ?? '[]')).toEqual([{ name: baseRef, digest: a, verdict: 'unchanged' }]);

    const b = await pushLayout('base:1', [{ name: 'etc/os-release', content: 'B, patched\n' }]);
    expect(b).not.toBe(a);
    const after = await runActionBundle(bundle, { inputs: { image: `${registry.host}/app:latest` } });
    expect(after.code).toBe(0);
    expect(after.outputs['rebuild-needed']).toBe('true');
    expect(after.outputs.reason).toBe(`base ${baseRef} moved from ${a} to ${b}`);
    expect(after.summary).toContain('rebuild needed');
  }, 60000);

  it('asks for a build when the image is not published yet', async () => {
    const run = await runActionBundle(bundle, { inputs: { image: `${registry.host}/never-pushed:latest` } });
    expect(run.code).toBe(0);
    expect(run.outputs['rebuild-needed']).toBe('true');
    expect(run.outputs.reason).toContain('not published yet');
  }, 30000);

  it('fails with the input named when the reference is malformed', async () => {
    const run = await runActionBundle(bundle, { inputs: { image: 'Not A Reference' } });
    expect(run.code).toBe(1);
    expect(run.log).toMatch(/input 'image'.*not a valid image reference/);
  }, 30000);
});
