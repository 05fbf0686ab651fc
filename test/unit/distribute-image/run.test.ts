import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { memoryIO } from '../../../shared/src/action/io.js';
import { main } from '../../../shared/src/action/run-action.js';
import type { DestinationReport, DistributeResult } from '../../../shared/src/distribute/distribute.js';
import type { DistributeAmiResult } from '../../../shared/src/distribute/machine/ami-distribute.js';
import { PipelineError } from '../../../shared/src/errors.js';
import { distributeImage, outputsOf, refsOf, ssmParametersOutput } from '../../../distribute-image/src/run.js';
import { inputEnv } from '../../../scripts/local/run-bundle.js';

const D = `sha256:${'a'.repeat(64)}` as DistributeResult['digest'];
const dest = (destination: string, extra: Partial<DestinationReport> = {}): DestinationReport => ({
  destination,
  digest: D,
  refs: [`${destination}:1.0`, `${destination}@${D}`],
  bytesSent: 10,
  blobsUploaded: 1,
  blobsSkipped: 0,
  blobsMounted: 0,
  manifestsPushed: 1,
  ms: 5,
  ...extra,
});

describe('outputs and verdict of a container push', () => {
  const failed = new PipelineError('REGISTRY', 'ghcr.io/a/b: denied', { hint: 'check the token' });
  const result: DistributeResult = { digest: D, destinations: [dest('reg.lan/a/app'), dest('ghcr.io/a/b', { error: failed })] };

  test('refs name only the destinations that succeeded; digest is the image', () => {
    expect(refsOf(result)).toEqual([
      { ref: 'reg.lan/a/app:1.0', digest: D },
      { ref: `reg.lan/a/app@${D}`, digest: D },
    ]);
    expect(outputsOf({ kind: 'container', result })).toEqual({ digest: D, refs: JSON.stringify(refsOf(result)), attestations: '[]' });
  });

  test('attestations: each referrer with its subject, type, predicate type, signed and destination (file and outcome stay in the log)', () => {
    const R = `sha256:${'c'.repeat(64)}` as DistributeResult['digest'];
    const withAttestations: DistributeResult = {
      ...result,
      attestations: [
        {
          digest: R,
          subject: D,
          artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
          predicateType: 'https://spdx.dev/Document',
          signed: true,
          destination: 'reg.lan/a/app',
          file: 'sbom.spdx.json',
          outcome: 'present',
        },
      ],
    };
    expect(JSON.parse(outputsOf({ kind: 'container', result: withAttestations }).attestations as string)).toEqual([
      {
        digest: R,
        subject: D,
        artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
        predicateType: 'https://spdx.dev/Document',
        signed: true,
        destination: 'reg.lan/a/app',
      },
    ]);
  });

  test('one failed destination is the verdict; all good is none', () => {
    expect(distributeImage.verdict?.({ kind: 'container', result })).toBe(failed);
    expect(distributeImage.verdict?.({ kind: 'container', result: { digest: D, destinations: [dest('reg.lan/a/app')] } })).toBeUndefined();
  });

  test('several failed destinations are named together', () => {
    const two: DistributeResult = {
      digest: D,
      destinations: [dest('x.io/a', { error: failed }), dest('y.io/b', { error: new PipelineError('REGISTRY', 'timeout') })],
    };
    const message = distributeImage.verdict?.({ kind: 'container', result: two })?.message ?? '';
    expect(message.split('\n')[0]).toBe('2 of 2 destinations failed (their tags were not moved):');
    expect(message).toContain('\nx.io/a: ghcr.io/a/b: denied');
    expect(message).toContain('\ny.io/b: timeout');
  });

  test('an AMI distribution: amis only, never a verdict', () => {
    const ami = { amis: { 'us-east-1': 'ami-1', 'eu-west-1': 'ami-2' }, rows: [], family: 'app', name: 'app-1' } satisfies DistributeAmiResult;
    expect(outputsOf({ kind: 'machine', result: ami })).toEqual({ amis: '{"us-east-1":"ami-1","eu-west-1":"ami-2"}' });
    expect(distributeImage.verdict?.({ kind: 'machine', result: ami })).toBeUndefined();
  });
});

describe('the ssm-parameters output', () => {
  const row = (region: string, version: number, account?: string) => ({
    region,
    ...(account !== undefined ? { account } : {}),
    name: '/images/app/latest',
    value: 'ami-0123456789abcdef0',
    version,
    dataType: 'aws:ec2:image' as const,
    outcome: 'updated' as const,
  });
  test('region -> {name, version}; other accounts listed under their region', () => {
    expect(ssmParametersOutput([row('us-east-1', 3), row('eu-west-1', 1)])).toEqual({
      'us-east-1': { name: '/images/app/latest', version: 3 },
      'eu-west-1': { name: '/images/app/latest', version: 1 },
    });
    expect(ssmParametersOutput([row('us-east-1', 3), row('us-east-1', 7, '444455556666')])).toEqual({
      'us-east-1': { name: '/images/app/latest', version: 3, accounts: { '444455556666': 7 } },
    });
  });
  test('a publishing failure keeps amis and fails the step after them', () => {
    const publishError = new PipelineError('AUTH', 'AWS refused ssm:PutParameter in us-east-1');
    const ami = { amis: { 'us-east-1': 'ami-1' }, rows: [], family: 'app', name: 'app-1', publishError } satisfies DistributeAmiResult;
    expect(outputsOf({ kind: 'machine', result: ami })).toEqual({ amis: '{"us-east-1":"ami-1"}' });
    expect(distributeImage.verdict?.({ kind: 'machine', result: ami })).toBe(publishError);
  });
  test('set only when a parameter was published, next to amis', () => {
    const ami = { amis: { 'us-east-1': 'ami-1' }, rows: [], family: 'app', name: 'app-1', ssmParameters: [row('us-east-1', 2)] } satisfies DistributeAmiResult;
    expect(outputsOf({ kind: 'machine', result: ami })).toEqual({
      amis: '{"us-east-1":"ami-1"}',
      'ssm-parameters': '{"us-east-1":{"name":"/images/app/latest","version":2}}',
    });
  });
});

describe('distribute-image through main() with memoryIO', () => {
  test('registry passwords and the GitHub token are masked before the push starts', async () => {
    const io = memoryIO();
    const missing = path.join(os.tmpdir(), `no-layout-${process.pid}-${Date.now()}`);
    await main(
      distributeImage,
      inputEnv({
        image: missing,
        destinations: '127.0.0.1:9/a/app',
        'registry-auth': '- registry: 127.0.0.1:9\n  username: u\n  password: pw-1\n',
        'github-token': 'ghs_token',
      }),
      io,
    );
    expect(io.recorded.masked).toEqual(['pw-1', 'ghs_token']);
    expect(io.recorded.failed).toContain(missing);
    expect(io.recorded.outputs).toEqual({});
  });

  test('a malformed destination fails before anything runs, naming the input and line', async () => {
    const io = memoryIO();
    await main(distributeImage, inputEnv({ image: 'out', destinations: 'reg.lan/ok/app\nreg.lan/Bad/App' }), io);
    expect(io.recorded.failed).toContain("input 'destinations' line 2");
    expect(io.recorded.summary).toBe('');
  });

  test('an AMI distribution has no registry secrets to mask', () => {
    const inputs = distributeImage.getInputs(inputEnv({ 'ami-id': 'ami-0123456789abcdef0', 'source-region': 'us-east-1', 'github-token': 'ghs_unused' }));
    expect(inputs.kind).toBe('machine');
    expect([...(distributeImage.secretsOf?.(inputs) ?? [])]).toEqual([]);
  });
});
