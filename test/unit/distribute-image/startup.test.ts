/**
 * Issue 17 item 3: distribute-image's entry loads only what refusing an input or pushing a container image
 * needs. The AMI distribution (the EC2, SSM and STS SDKs), the signer (sigstore) and the GitHub attestations
 * client (@actions/github) are loaded by import() where used (distribute-image/src/run.ts); the inputs are
 * read with their SDK-free halves (ssm-parameter-names.ts, launch-template-targets.ts, ami-options.ts,
 * attest-inputs.ts). This fails if one of the heavy modules is imported statically again.
 */
import { describe, expect, it } from '@jest/globals';
import { entryGraph, matching } from '../../support/static-imports.js';

describe('distribute-image start-up: the static import graph of distribute-image/src/main.ts', () => {
  const { files, packages } = entryGraph('distribute-image/src/main.ts');

  it('reaches the entry, the inputs and the container push (the walker follows imports)', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'distribute-image/src/main.ts',
        'distribute-image/src/run.ts',
        'distribute-image/src/context.ts',
        'shared/src/distribute/push-image.ts',
        'shared/src/distribute/attest-inputs.ts',
      ]),
    );
    // The runner io's workflow-commands.ts (its delimiter), in place of @actions/core: the walker records bare specifiers.
    expect(packages).toContain('node:crypto');
  });

  it('reaches no AWS SDK, sigstore, OpenPGP, GitHub client or ajv package', () => {
    expect(packages.filter((p) => /^@aws-sdk\/|^@sigstore\/|^sigstore$|^openpgp$|^@actions\/(github|core|http-client)$|^undici$|^ajv$/.test(p))).toEqual([]);
  });

  it('reaches none of the AMI distribution, AWS client, signing or GitHub attestation modules', () => {
    const heavy = [
      /^shared\/src\/aws\/(ec2-client|ssm-client|sts-role)\.ts$/,
      /^shared\/src\/distribute\/machine\/(ami-distribute|ami-retention|ami-waiter|launch-templates|sharing-keys|ssm-parameters)\.ts$/,
      /^shared\/src\/attest\/sign\.ts$/,
      /^shared\/src\/distribute\/attest-signer\.ts$/,
      /^shared\/src\/distribute\/github-attestations\.ts$/,
    ];
    expect(matching(files, heavy)).toEqual([]);
  });
});
