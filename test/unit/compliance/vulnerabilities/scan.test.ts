/** The scan's own check of the policy's maxDbAge (the loader's is the first; this is the backstop). */
import { describe, expect, it } from '@jest/globals';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { PipelineError } from '../../../../shared/src/errors.js';
import type { Sbom } from '../../../../shared/src/compliance/sbom/package.js';
import { scanVulnerabilities } from '../../../../shared/src/compliance/vulnerabilities/scan.js';

const sbom: Sbom = { image: { name: 'img', digest: 'sha256:0', platform: 'linux/amd64' }, packages: [] };
const opts = { scope: { workspace: tmpdir(), allowOutside: false }, cacheDir: path.join(tmpdir(), 'scan-test-cache') };

describe('scanVulnerabilities', () => {
  it('refuses a malformed maxDbAge with a policy error naming the field, the expected form and what it got', async () => {
    const err = await scanVulnerabilities(sbom, [], { maxDbAge: 'soon\n::error::x' }, opts).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PipelineError);
    expect((err as PipelineError).code).toBe('POLICY');
    expect((err as PipelineError).message).toContain(
      'compliance.vulnerabilities.maxDbAge: expected a positive number of hours, days or weeks (24h, 7d, 2w), got "soon ::error::x"',
    );
    expect((err as PipelineError).message).not.toContain('\n::error::');
  });

  it('reads 7d, 24h and 2w (no database, nothing stale)', async () => {
    for (const maxDbAge of ['7d', '24h', '2w']) expect((await scanVulnerabilities(sbom, [], { maxDbAge }, opts)).stale).toEqual([]);
  });
});
