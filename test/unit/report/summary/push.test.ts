import { expect, test } from '@jest/globals';
import { PipelineError } from '../../../../shared/src/errors.js';
import type { Digest } from '../../../../shared/src/oci/digest.js';
import { formatBytes } from '../../../../shared/src/bytes.js';
import { distributeSummary } from '../../../../shared/src/report/summary/push.js';
import { assertDistributed, type DistributeResult } from '../../../../shared/src/distribute/distribute.js';

const D = `sha256:${'d'.repeat(64)}` as Digest;
const base = { digest: D, bytesSent: 0, blobsUploaded: 0, blobsSkipped: 0, blobsMounted: 0, manifestsPushed: 0, ms: 0 };
const result: DistributeResult = {
  digest: D,
  destinations: [
    { ...base, destination: 'ghcr.io/a/app', refs: [`ghcr.io/a/app@${D}`, 'ghcr.io/a/app:1.0'], bytesSent: 5 * 1024 * 1024, blobsUploaded: 3, ms: 2500 },
    { ...base, destination: 'reg.example.com/a/app', refs: [], blobsSkipped: 2, ms: 100, error: new PipelineError('AUTH', 'reg.example.com refused HEAD | x') },
  ],
};

test('one row per destination with bytes, blob counts, time and result', () => {
  const md = distributeSummary(result);
  expect(md).toContain('| `ghcr.io/a/app` | `1.0` | `sha256:dddddddddddd…` | 5.0 MiB | 3 / 0 / 0 | 2.5 s | pushed |');
  expect(md).toContain('| `reg.example.com/a/app` | — |');
  expect(md).toContain('failed: reg.example.com refused HEAD \\| x');
});

test('formatBytes', () => {
  expect([formatBytes(0), formatBytes(1023), formatBytes(1536), formatBytes(3 * 1024 ** 3)]).toEqual(['0 B', '1023 B', '1.5 KiB', '3.0 GiB']);
});

test('assertDistributed: one failure is rethrown as is; several are listed', () => {
  expect(() => assertDistributed(result)).toThrow('reg.example.com refused');
  const two = { ...result, destinations: [result.destinations[1], { ...result.destinations[1], destination: 'b/c' }] } as DistributeResult;
  expect(() => assertDistributed(two)).toThrow(/2 of 2 destinations failed \(their tags were not moved\)/);
  expect(() => assertDistributed({ ...result, destinations: [result.destinations[0]] } as DistributeResult)).not.toThrow();
});

test('attachments: one row per referrer and destination, escaped; no table when nothing was attached', () => {
  expect(distributeSummary(result)).not.toContain('| attachment |');
  const P = `sha256:${'e'.repeat(64)}` as Digest;
  const R = `sha256:${'f'.repeat(64)}` as Digest;
  const md = distributeSummary({
    ...result,
    attestations: [
      {
        digest: R,
        subject: P,
        artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
        predicateType: 'https://spdx.dev/Document',
        signed: true,
        destination: 'ghcr.io/a/app',
        file: 'out/sbom|amd64.json',
        outcome: 'attached',
      },
      {
        digest: R,
        subject: D,
        artifactType: 'application/vnd.in-toto+json',
        predicateType: 'https://sigstore.dev/cosign/sign/v1',
        signed: false,
        destination: 'ghcr.io/a/app',
        outcome: 'present',
      },
    ],
  });
  expect(md).toContain('| attachment | predicate type | destination | refers to | signature | referrer | result |');
  expect(md).toContain(
    '| `out/sbom\\|amd64.json` | `https://spdx.dev/Document` | `ghcr.io/a/app` | `sha256:eeeeeeeeeeee…` | signed | `sha256:ffffffffffff…` | attached |',
  );
  expect(md).toContain(
    '| image signature | `https://sigstore.dev/cosign/sign/v1` | `ghcr.io/a/app` | image | unsigned | `sha256:ffffffffffff…` | already there |',
  );
});
