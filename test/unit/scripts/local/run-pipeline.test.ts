/** The local runner (scripts/local/run-pipeline.ts, `npm run pipeline`): the bundles chained as a workflow chains them. */
import { describe, expect, it } from '@jest/globals';
import { chainInputs } from '../../../../scripts/local/run-pipeline.js';

describe('chainInputs', () => {
  it("feeds build's layout output to test and distribute as their image input", () => {
    const next = chainInputs({ build: {}, test: { policy: 'p' }, distribute: { destinations: 'd' }, push: true }, { layout: '/tmp/l', digest: 'sha256:x' });
    expect(next).toEqual({ test: { policy: 'p', image: '/tmp/l' }, distribute: { destinations: 'd', image: '/tmp/l' } });
  });
  it('refuses a build without a layout output', () => {
    expect(() => chainInputs({ build: {}, test: {}, distribute: {}, push: true }, {})).toThrow('without a layout output');
  });
});
