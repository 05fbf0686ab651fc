/** The local runner (scripts/local/run-pipeline.ts, `npm run pipeline`): the bundles chained as a workflow chains them. */
import { describe, expect, it } from '@jest/globals';
import { attachInputs, buildInputs, chainInputs, throwawaySigning } from '../../../../scripts/local/run-pipeline.js';
import { PIPELINE_DEFAULT_FLAVOR, PIPELINE_DEFAULT_TAGS } from '../../../../shared/src/github/tags.js';
import { loadSigningKey } from '../../../../shared/src/attest/keys.js';

describe('buildInputs', () => {
  it("no tags: the pipeline's default spec and flavor, as the reusable workflow passes them", () => {
    expect(buildInputs({ context: 'c' })).toEqual({ context: 'c', tags: PIPELINE_DEFAULT_TAGS.join('\n'), flavor: 'latest=false' });
    expect(PIPELINE_DEFAULT_FLAVOR).toEqual(['latest=false']);
    expect(buildInputs({ tags: ' ', flavor: 'latest=true' })).toEqual({ tags: PIPELINE_DEFAULT_TAGS.join('\n'), flavor: 'latest=true' });
  });

  it("the caller's tags stay as given", () => {
    expect(buildInputs({ tags: 'v1', context: 'c' })).toEqual({ tags: 'v1', context: 'c' });
  });
});

describe('chainInputs', () => {
  it("feeds build's layout output to test and distribute as their image input", () => {
    const next = chainInputs({ build: {}, test: { policy: 'p' }, distribute: { destinations: 'd' }, push: true }, { layout: '/tmp/l', digest: 'sha256:x' });
    expect(next).toEqual({ test: { policy: 'p', image: '/tmp/l' }, distribute: { destinations: 'd', image: '/tmp/l' } });
  });
  it('refuses a build without a layout output', () => {
    expect(() => chainInputs({ build: {}, test: {}, distribute: {}, push: true }, {})).toThrow('without a layout output');
  });
});

describe('attachInputs', () => {
  it("attaches the build's provenance and the test's SBOMs after the caller's own, reading them from RUNNER_TEMP", () => {
    expect(
      attachInputs({ destinations: 'd', attach: 'mine.json' }, { provenance: '/rt/p.json' }, { sbom: '/rt/s.spdx.json', 'sbom-cyclonedx': '/rt/s.cdx.json' }),
    ).toEqual({
      destinations: 'd',
      attach: 'mine.json\n/rt/p.json\n/rt/s.spdx.json\n/rt/s.cdx.json',
      'allow-outside-workspace': 'true',
    });
  });
  it('leaves the inputs alone when nothing was written', () => {
    const d = { destinations: 'd' };
    expect(attachInputs(d, { provenance: '' }, {})).toBe(d);
  });
});

describe('throwawaySigning', () => {
  it('signs with a fresh P-256 key pair whose public half is returned for verifying', () => {
    const a = throwawaySigning({ destinations: 'd' });
    expect(a.inputs.sign).toBe('key');
    expect(loadSigningKey(a.inputs['signing-key'] as string, { publicKey: a.publicKeyPem as string }).publicKeyPem).toBe(a.publicKeyPem);
    // A new pair every run.
    expect(throwawaySigning({ destinations: 'd' }).publicKeyPem).not.toBe(a.publicKeyPem);
  });
  it("keeps the caller's choice of signing, and then verifies nothing itself", () => {
    expect(throwawaySigning({ sign: 'none' })).toEqual({ inputs: { sign: 'none' } });
    expect(throwawaySigning({ 'signing-key': 'k' })).toEqual({ inputs: { 'signing-key': 'k' } });
  });
});
