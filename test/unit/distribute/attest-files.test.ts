import { afterAll, beforeAll, expect, test } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { readAttachFiles } from '../../../shared/src/distribute/attest-inputs.js';

let ws: string;
let outside: string;
beforeAll(async () => {
  ws = await fs.mkdtemp(path.join(os.tmpdir(), 'attach-ws-'));
  outside = await fs.mkdtemp(path.join(os.tmpdir(), 'attach-rt-'));
  await fs.writeFile(path.join(ws, 'a.json'), '{"a":1}');
  await fs.writeFile(path.join(outside, 'sbom.json'), '{"b":2}');
  await fs.symlink(path.join(outside, 'sbom.json'), path.join(ws, 'link.json'));
});
afterAll(async () => {
  await Promise.all([ws, outside].map((d) => fs.rm(d, { recursive: true, force: true })));
});

test("attach paths are read inside the workspace, then the run's own generated files wherever they are", async () => {
  const files = await readAttachFiles(['a.json'], { workspace: ws }, [path.join(outside, 'sbom.json')]);
  expect(files).toEqual([
    { name: 'a.json', text: '{"a":1}' },
    { name: path.join(outside, 'sbom.json'), text: '{"b":2}' },
  ]);
});

test('an attach path leaving the workspace (directly or by a link) is refused naming the input, unless allowed', async () => {
  await expect(readAttachFiles([path.join(outside, 'sbom.json')], { workspace: ws })).rejects.toMatchObject({ code: 'UNSAFE_PATH', input: 'attach' });
  await expect(readAttachFiles(['link.json'], { workspace: ws })).rejects.toMatchObject({ code: 'UNSAFE_PATH', input: 'attach' });
  expect(await readAttachFiles(['link.json'], { workspace: ws, allowOutside: true })).toEqual([{ name: 'link.json', text: '{"b":2}' }]);
  await expect(readAttachFiles(['missing.json'], { workspace: ws })).rejects.toMatchObject({ code: 'NOT_FOUND', input: 'attach' });
});
