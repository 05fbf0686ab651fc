/**
 * The default-EBS-key check against the EC2 emulator through the real
 * @aws-sdk/client-ec2, on images that distributeAmi really copied: a copy
 * made without a KMS key while the default is aws/ebs is found for certain, a
 * copy under a customer managed key is not, the source image is "unverified"
 * unless KMS is asked, and a customer managed EBS default is not flagged.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { ModifyEbsDefaultKmsKeyIdCommand } from '@aws-sdk/client-ec2';
import type { Ec2ClientFactory } from '../../shared/src/aws/ec2-client.js';
import { distributeAmi } from '../../shared/src/distribute/machine/ami-distribute.js';
import { inspectSharingKeys, sharingKeyWarning, type KeyManagerLookup } from '../../shared/src/distribute/machine/sharing-keys.js';
import { isPipelineError, PipelineError } from '../../shared/src/errors.js';
import type { Ec2Emulator } from '../emulators/ec2/server.js';
import { startEc2WithClients } from '../support/ami-emulators.js';
import { customerKmsKey, defaultKmsKey } from '../emulators/ec2/state.js';

const SRC = 'us-east-1';
const PLAIN = 'eu-west-1'; // copied without a KMS key
const CMK = 'ap-southeast-2'; // copied under a customer managed key
const RETRY = { attempts: 6, baseDelayMs: 5, maxDelayMs: 40, budgetMs: 30_000 };

let emu: Ec2Emulator;
let clients: Ec2ClientFactory;

beforeEach(async () => ({ emu, clients } = await startEc2WithClients({ copyDelayMs: 40 })));
afterEach(() => emu.stop());

async function distribute(regions: string[], kmsKeyIds: Record<string, string> = {}, encrypted = true): Promise<Record<string, string>> {
  const src = emu.addImage(SRC, { name: 'app-20261130', encrypted, extraVolumes: 1 });
  const res = await distributeAmi({
    amiId: src.id,
    sourceRegion: SRC,
    regions,
    kmsKeyIds,
    clients,
    retry: RETRY,
    waiter: { minDelayMs: 10, maxDelayMs: 50, notFoundGraceMs: 2000 },
    maxWaitMs: 10_000,
  });
  return res.amis;
}

const inspect = (amis: Record<string, string>, region: string, kmsKeyIds: Record<string, string> = {}, keyManager?: KeyManagerLookup) =>
  inspectSharingKeys({
    client: clients(region),
    region,
    imageId: amis[region] as string,
    origin: region === SRC ? 'source' : 'copy',
    ...(kmsKeyIds[region] !== undefined ? { copyKmsKeyId: kmsKeyIds[region] } : {}),
    ...(keyManager !== undefined ? { keyManager } : {}),
    call: { retry: RETRY },
  });

describe('inspectSharingKeys', () => {
  test('finds the default key on a copy made without a KMS key, and not the customer key on the other copy', async () => {
    const kms = { [CMK]: customerKmsKey(CMK, 'images') };
    const amis = await distribute([PLAIN, CMK], kms);

    const plain = await inspect(amis, PLAIN, kms);
    expect(plain).toHaveLength(2); // root and data volume
    for (const f of plain) {
      expect(f).toMatchObject({ region: PLAIN, imageId: amis[PLAIN], origin: 'copy', kmsKeyId: defaultKmsKey(PLAIN), certainty: 'certain' });
      expect(f.why).toContain('copied without a KMS key');
    }
    expect(emu.snapshot(PLAIN, plain[0]!.snapshotId)?.kmsKeyId).toBe(defaultKmsKey(PLAIN));

    expect(await inspect(amis, CMK, kms)).toEqual([]);
    // The copy under a customer key needed no look at the EBS default.
    expect(emu.callsTo('GetEbsDefaultKmsKeyId', CMK)).toHaveLength(0);
    expect(emu.callsTo('GetEbsDefaultKmsKeyId', PLAIN)).toHaveLength(1);
  });

  test('the source image under aws/ebs is unverified from EC2 alone, certain with a KMS lookup', async () => {
    const amis = await distribute([]);
    const alone = await inspect(amis, SRC);
    expect(alone.map((f) => f.certainty)).toEqual(['unverified', 'unverified']);
    expect(alone[0]!.why).toContain("the region's default EBS key is the AWS managed aws/ebs");

    const asked: string[] = [];
    const kmsLookup: KeyManagerLookup = (region, keyId) => {
      asked.push(`${region} ${keyId}`);
      return Promise.resolve(keyId === defaultKmsKey(region) ? 'AWS' : 'CUSTOMER');
    };
    const withKms = await inspect(amis, SRC, {}, kmsLookup);
    expect(withKms.map((f) => [f.certainty, f.why])).toEqual([
      ['certain', 'KMS reports it as an AWS managed key'],
      ['certain', 'KMS reports it as an AWS managed key'],
    ]);
    expect(asked).toEqual([`${SRC} ${defaultKmsKey(SRC)}`]); // one key, asked once
  });

  test('a customer managed EBS default (ModifyEbsDefaultKmsKeyId) is not flagged', async () => {
    const cmk = customerKmsKey(PLAIN, 'ebs-default');
    await clients(PLAIN).send(new ModifyEbsDefaultKmsKeyIdCommand({ KmsKeyId: cmk }));
    const amis = await distribute([PLAIN]);
    const snaps = emu.images(PLAIN)[0]!.blockDevices.map((b) => emu.snapshot(PLAIN, b.snapshotId)?.kmsKeyId);
    expect(snaps).toEqual([cmk, cmk]);
    expect(await inspect(amis, PLAIN)).toEqual([]);
  });

  test('an unencrypted image has nothing to find and asks for no key', async () => {
    const amis = await distribute([PLAIN], {}, false);
    expect(await inspect(amis, PLAIN)).toEqual([]);
    expect(emu.callsTo('GetEbsDefaultKmsKeyId')).toHaveLength(0);
  });

  test('a refused GetEbsDefaultKmsKeyId names the IAM permission', async () => {
    const amis = await distribute([PLAIN]);
    emu.deny({ action: 'GetEbsDefaultKmsKeyId' });
    const err = await inspect(amis, PLAIN).catch((e: unknown) => e);
    expect(isPipelineError(err, 'AUTH')).toBe(true);
    expect((err as PipelineError).describe()).toContain('the credentials lack the IAM permission ec2:GetEbsDefaultKmsKeyId');
  });
});

describe('sharingKeyWarning on real findings', () => {
  test('warns with the fix, or fails naming kms-key-ids when strict', async () => {
    const amis = await distribute([PLAIN]);
    const findings = [...(await inspect(amis, SRC)), ...(await inspect(amis, PLAIN))];
    const warning = sharingKeyWarning(findings, { strict: false, sharedWith: ['123456789012'] });
    expect(warning).toContain('sharing with 123456789012: 4 snapshot(s) use the AWS managed EBS key (alias aws/ebs)');
    expect(warning).toContain(`add a line per region to kms-key-ids, e.g. ${PLAIN}=arn:aws:kms:${PLAIN}:<account>:key/<key-id>`);
    expect(warning).toContain(`the source image in ${SRC} is shared as it was built`);

    const err = (() => {
      try {
        sharingKeyWarning(findings, { strict: true, sharedWith: ['123456789012'] });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(isPipelineError(err, 'INPUT')).toBe(true);
    expect((err as PipelineError).input).toBe('kms-key-ids');
    expect((err as PipelineError).hint).toContain('strict-sharing: false makes this a warning');
  });
});
