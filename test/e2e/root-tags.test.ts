/**
 * The all-in-one action in process (main(imagePipeline), inputs from INPUT_*)
 * with real buildah and a loopback registry: full references in `tags` next
 * to `destinations` (they used to fail the step: distribute-image's tags take
 * plain tags only). A reference is pushed as written, to its repository with
 * its tag only; an untagged destination gets the image's tags (the layout's,
 * the reference's tag included); a pull request pushes neither.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { memoryIO, type Recorded } from '../../shared/src/action/io.js';
import { main } from '../../shared/src/action/run-action.js';
import { imagePipeline } from '../../src/run.js';
import { inputEnv } from '../../scripts/local/run-bundle.js';
import { startBuildFixture, stopBuildFixture } from '../support/build-fixture.js';
import type { Registry } from '../support/registry.js';
import { skopeoDigest } from '../support/skopeo.js';

let work: string;
let ctx: string;
let registry: Registry;

/** One root step, in process, on its own RUNNER_TEMP. */
async function step(inputs: Record<string, string>, event = 'push'): Promise<Recorded> {
  const runnerTemp = await fs.mkdtemp(path.join(work, 'runner-'));
  const io = memoryIO();
  const env = {
    ...inputEnv({ context: ctx, builder: 'buildah', 'fail-on': 'never', cache: 'off', ...inputs }),
    RUNNER_TEMP: runnerTemp,
    GITHUB_WORKSPACE: work,
    SOURCE_DATE_EPOCH: '1714564800',
    STORAGE_DRIVER: 'vfs',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REPOSITORY: 'acme/app',
    // Tests talk only to loopback: the repository facts' API call (build.ts) must not reach api.github.com.
    GITHUB_API_URL: 'http://127.0.0.1:1',
    GITHUB_REF: event === 'pull_request' ? 'refs/pull/7/merge' : 'refs/heads/main',
    GITHUB_EVENT_NAME: event,
  };
  await main(imagePipeline, env, io);
  return io.recorded;
}

const DOCKERFILE = 'FROM scratch\nCOPY busybox /bin/busybox\nUSER 1000\n';
beforeAll(async () => ({ work, ctx, registry } = await startBuildFixture('root-tags-e2e-', { Dockerfile: DOCKERFILE })), 60_000);

afterAll(() => stopBuildFixture(work, registry));

describe('root action: full references in tags with destinations', () => {
  test('the reference is pushed as written; the destination gets the image tags', async () => {
    const reference = `${registry.host}/team/ref:1`;
    const destination = `${registry.host}/team/app`;
    const r = await step({ tags: `${reference}\nv2`, destinations: destination });
    expect(r.failed).toBeUndefined();
    const digest = r.outputs.digest as string;
    expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(await skopeoDigest(reference)).toBe(digest);
    // Only the tag written with it: v2 is the destinations' tag, not the reference's repository's.
    await expect(skopeoDigest(`${registry.host}/team/ref:v2`)).rejects.toThrow();
    for (const t of ['1', 'v2']) expect(await skopeoDigest(`${destination}:${t}`)).toBe(digest);
    const refs = (JSON.parse(r.outputs.refs as string) as Array<{ ref?: string; reference?: string }>).map((x) => x.ref ?? x.reference);
    expect(refs).toEqual(expect.arrayContaining([reference, `${destination}:1`, `${destination}:v2`]));
    expect(r.outputs.tags).toBe(reference);
  }, 240_000);

  test('a reference alone is the destination; on a pull request nothing is pushed', async () => {
    const reference = `${registry.host}/solo/app:7`;
    const pr = await step({ tags: reference }, 'pull_request');
    expect(pr.failed).toBeUndefined();
    expect(pr.log[0]?.message).toBe('distribute: no (pull requests build and test only)');
    await expect(skopeoDigest(reference)).rejects.toThrow();
    const r = await step({ tags: reference });
    expect(r.failed).toBeUndefined();
    expect(await skopeoDigest(reference)).toBe(r.outputs.digest);
  }, 240_000);
});
