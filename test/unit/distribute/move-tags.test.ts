/**
 * moveTags against a recording fake client: a destination that fails while
 * its tags move (its referrers confirmation runs beside them, attach.ts)
 * gets no further tag, so an error saying its tags were not moved stays true.
 */
import { expect, test } from '@jest/globals';
import { PipelineError } from '../../../shared/src/errors.js';
import { digestBytes } from '../../../shared/src/oci/digest.js';
import { MediaType } from '../../../shared/src/oci/media-types.js';
import type { ImageSource } from '../../../shared/src/oci/source.js';
import { moveTags } from '../../../shared/src/distribute/move-tags.js';
import { markFailed, startRun } from '../../../shared/src/distribute/push-run.js';
import type { RegistryClient } from '../../../shared/src/registry/client/client.js';

const bytes = Buffer.from('{"schemaVersion":2}');
const root = { mediaType: MediaType.OciManifest, digest: digestBytes(bytes), size: bytes.length };
const source = { readBlob: async () => bytes } as unknown as ImageSource;

function fakeClient(onHead: (tag: string) => void): { client: RegistryClient; put: string[] } {
  const put: string[] = [];
  const at = new Map<string, string>();
  const client = {
    headManifest: async (_repo: string, tag: string) => {
      onHead(tag);
      const d = at.get(tag);
      return d === undefined ? undefined : { digest: d, mediaType: root.mediaType, size: root.size };
    },
    putManifest: async (_repo: string, tag: string) => {
      put.push(tag);
      at.set(tag, root.digest);
      return root.digest;
    },
  } as unknown as RegistryClient;
  return { client, put };
}

test('a destination failing between two tags gets no further tag; the healthy one gets all', async () => {
  const failing = fakeClient(() => undefined);
  const healthy = fakeClient(() => undefined);
  const run = startRun({
    source,
    root,
    destinations: [
      { registry: 'a.example', repository: 'app', tags: ['1', '2', '3'] },
      { registry: 'b.example', repository: 'app', tags: ['1', '2', '3'] },
    ],
    clients: (registry) => (registry === 'a.example' ? failing.client : healthy.client),
  });
  const [a] = run.targets;
  // The confirmation of a's referrers fails once its first tag is in place.
  const original = failing.client.putManifest.bind(failing.client);
  failing.client.putManifest = async (...args: Parameters<RegistryClient['putManifest']>) => {
    const r = await original(...args);
    markFailed(run, a!, new PipelineError('REGISTRY', 'confirming the referrers failed'));
    return r;
  };
  await moveTags(run);
  expect(failing.put).toEqual(['1']);
  expect(healthy.put).toEqual(['1', '2', '3']);
  expect(a!.report.error?.message).toContain('confirming the referrers failed');
});
