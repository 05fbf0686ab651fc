/**
 * `outputs: type=oci` (publish.ts): the layout as a tarball holding exactly
 * the layout's files, or as a folder; a dest that would clobber something of
 * the user's is refused naming the input and line, leaving nothing behind.
 * Real files in a temporary folder; no network.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createReadStream } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import tar from 'tar-stream';
import { memoryIO } from '../../../shared/src/action/io.js';
import type { BuildReport } from '../../../shared/src/builders/build.js';
import { publish } from '../../../build-image/src/publish.js';
import type { OciExport } from '../../../build-image/src/publish-inputs.js';
import { makeLayout } from '../../support/image-fixture.js';

let work: string;
let layout: string;
let report: BuildReport;

const connect = { registryAuth: [], githubToken: '', insecureRegistries: [] };
const run = (exports: OciExport[]) => publish(report, { images: [], push: false, load: false, exports }, connect, { GITHUB_WORKSPACE: work }, memoryIO());

/** name -> bytes of every entry of a tarball. */
async function tarEntries(file: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  const extract = tar.extract();
  extract.on('entry', (header, stream, next) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: unknown) => chunks.push(c as Buffer));
    stream.on('end', () => {
      out.set(header.name, Buffer.concat(chunks));
      next();
    });
  });
  await new Promise<void>((resolve, reject) => {
    extract.on('finish', resolve);
    extract.on('error', reject);
    createReadStream(file).pipe(extract);
  });
  return out;
}

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'publish-export-'));
  layout = path.join(work, 'layout');
  const root = await makeLayout(layout, { layers: [{ files: { 'hello.txt': 'hello\n' } }], refNames: ['1.0'] });
  report = { digest: root.digest, layout, tags: ['1.0'], platforms: ['linux/amd64'] } as unknown as BuildReport;
});

afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true });
});

describe('type=oci', () => {
  test('a tarball holding exactly the layout files, byte for byte, relative to the workspace', async () => {
    const r = await run([{ type: 'oci', dest: 'out/image.tar', tar: true, line: 1 }]);
    expect(r.error).toBeUndefined();
    expect(r.exported).toEqual([path.join(work, 'out/image.tar')]);
    const entries = await tarEntries(path.join(work, 'out/image.tar'));
    const blobs = await fs.readdir(path.join(layout, 'blobs/sha256'));
    expect([...entries.keys()].sort()).toEqual(['index.json', 'oci-layout', ...blobs.map((b) => `blobs/sha256/${b}`)].sort());
    for (const [name, bytes] of entries) expect(bytes.equals(await fs.readFile(path.join(layout, name)))).toBe(true);
    expect((await fs.readdir(path.join(work, 'out'))).filter((n) => n.includes('.tmp-'))).toEqual([]);
  });

  test('tar=false: a copy of the layout folder, replacing an earlier layout there', async () => {
    const dest = path.join(work, 'copy');
    await fs.mkdir(dest);
    await fs.writeFile(path.join(dest, 'oci-layout'), '{}');
    const r = await run([{ type: 'oci', dest: 'copy', tar: false, line: 2 }]);
    expect(r.error).toBeUndefined();
    expect(await fs.readFile(path.join(dest, 'index.json'), 'utf8')).toBe(await fs.readFile(path.join(layout, 'index.json'), 'utf8'));
  });

  test.each([
    [
      'a folder of other files for tar=false',
      false,
      async (d: string) => {
        await fs.mkdir(d);
        await fs.writeFile(path.join(d, 'notes.txt'), 'mine');
      },
      /holding other files/,
    ],
    ['a folder for tar=true', true, (d: string) => fs.mkdir(d), /is a folder, and tar=true writes a file/],
    ['a file for tar=false', false, (d: string) => fs.writeFile(d, 'x'), /is a file, and tar=false writes a folder/],
    ['a symbolic link', true, (d: string) => fs.symlink('/etc/passwd', d), /symbolic link/],
  ] as Array<[string, boolean, (d: string) => Promise<unknown>, RegExp]>)(
    'refused: %s, naming outputs and its line; nothing written',
    async (_what, tarOut, make, message) => {
      const name = `dest-${Math.random().toString(36).slice(2)}`;
      const dest = path.join(work, name);
      await make(dest);
      const before = await fs.readdir(work);
      const kind = async () => {
        const st = await fs.lstat(dest);
        return { link: st.isSymbolicLink(), dir: st.isDirectory(), mtime: st.mtimeMs, size: st.size };
      };
      const was = await kind();
      const r = await run([{ type: 'oci', dest: name, tar: tarOut, line: 3 }]);
      expect(r.error?.input).toBe('outputs');
      expect(r.error?.line).toBe(3);
      expect(r.error?.reason).toMatch(message);
      expect(await fs.readdir(work)).toEqual(before);
      // The user's file, folder or link is as it was.
      expect(await kind()).toEqual(was);
    },
  );
});
