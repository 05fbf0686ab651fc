/**
 * Issue 17 item 3: the test stage of the all-in-one action (and test-image itself) runs with the default policy
 * unless `policy` is given, and then never loads the policy reader (policy-load.ts: the YAML reader, ~275 KB of
 * generated schema validators, the regex engine; ~3 MB of the root action's peak RSS at run start). The reader
 * is replaced here by a module whose loading is recorded: a run without a policy must not load it, a run with
 * one must. Both runs stop at the image (a layout that does not exist), after the policy is settled.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it, jest } from '@jest/globals';

const loaded: string[] = [];
const actual = await import('../../../shared/src/compliance/policy-load.js');
jest.unstable_mockModule('../../../shared/src/compliance/policy-load.js', () => {
  loaded.push('policy-load');
  return actual;
});
const { containerReport } = await import('../../../test-image/src/run.js');
const { getInputs } = await import('../../../test-image/src/context.js');
const { memoryIO } = await import('../../../shared/src/action/io.js');

const image = path.join(os.tmpdir(), 'no-such-layout-default-policy-load');
const env = (extra: Record<string, string>): Record<string, string> => ({
  GITHUB_WORKSPACE: os.tmpdir(),
  INPUT_IMAGE: image,
  ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
});

describe('test-image run: the policy reader is loaded only for a policy input', () => {
  it('without `policy`: the run reaches the image and has not loaded policy-load.ts', async () => {
    const inputs = getInputs(env({}));
    if (inputs.kind !== 'container') throw new Error('expected a container input');
    await expect(containerReport(inputs, memoryIO())).rejects.toThrow(/no-such-layout-default-policy-load|does not exist|not found/i);
    expect(loaded).toEqual([]);
  });

  it('with `policy`: the reader is loaded (so the check above can fail)', async () => {
    const inputs = getInputs(env({ policy: 'no-such-policy.yml' }));
    if (inputs.kind !== 'container') throw new Error('expected a container input');
    await expect(containerReport(inputs, memoryIO())).rejects.toThrow();
    expect(loaded).toEqual(['policy-load']);
  });
});
