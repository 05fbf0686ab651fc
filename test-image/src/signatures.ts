/**
 * test-image's signature check: for a registry image and a policy with a
 * `signatures:` section, verify the image (the digest the reference names:
 * the index of a multi-platform image, as it was pushed and signed) with
 * compliance/signatures.ts and turn the problems into findings. A layout or
 * archive has no referrers: a notice says the check needs the pushed image.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { ActionIO } from '../../shared/src/action/io.js';
import type { Finding, RuleInfo } from '../../shared/src/compliance/finding.js';
import type { LoadedPolicy } from '../../shared/src/compliance/policy-types.js';
import { resolveSignaturePolicy } from '../../shared/src/compliance/signatures-policy.js';
import { SIGNATURE_RULES, signatureFindings, verifyImageSignatures } from '../../shared/src/compliance/signatures.js';
import { PipelineError } from '../../shared/src/errors.js';
import { parseImageLocation } from '../../shared/src/oci/location.js';
import { clientFactory } from '../../shared/src/registry/client/connect.js';
import { connectOptions } from '../../shared/src/registry/client/connect-inputs.js';
import { parseReference } from '../../shared/src/registry/reference.js';
import { unwrap } from '../../shared/src/result.js';
import type { ContainerInputs } from './context.js';

export async function signatureCheck(
  inputs: ContainerInputs,
  policy: LoadedPolicy,
  policyPath: string | undefined,
  io: ActionIO,
): Promise<{ findings: Finding[]; rules: RuleInfo[] } | undefined> {
  const section = policy.policy.signatures;
  if (section === undefined || policyPath === undefined) return undefined;
  const loc = unwrap(parseImageLocation(inputs.image, 'image'));
  const reference =
    loc.kind === 'registry' ? loc.reference : loc.kind === 'ambiguous' && !existsSync(path.resolve(inputs.workspace, loc.text)) ? loc.text : undefined;
  if (reference === undefined) {
    io.notice(
      `The policy's signatures section was not checked: '${inputs.image}' is a local layout or archive, which has no referrers. Check the pushed image (image: registry/repo@digest) after distribute-image.`,
    );
    return undefined;
  }
  const ref = unwrap(parseReference(reference));
  const trust = await resolveSignaturePolicy(section, {
    policyFile: policyPath,
    workspace: inputs.workspace,
    ...(inputs['allow-outside-workspace'] === true ? { allowOutside: true } : {}),
  });
  const client = clientFactory(connectOptions(inputs.connect, { mask: (s) => io.mask(s) }))(ref.registry);
  const digest = ref.digest ?? (await client.headManifest(ref.repository, ref.tag ?? 'latest', ['pull']))?.digest;
  if (digest === undefined) throw new PipelineError('NOT_FOUND', `${reference}: no such image to verify signatures of`, { input: 'image' });
  const report = await io.group('Verify signatures', () => verifyImageSignatures(client, ref.repository, digest, trust));
  for (const v of report.verified) {
    io.info(
      `Verified ${v.predicateType} (${v.referrer}) signed by ${v.signer.kind === 'key' ? `key ${v.signer.keyHint}` : `${v.signer.identity} (${v.signer.issuer})`}`,
    );
  }
  for (const u of report.unverified) io.info(`Not verified: ${u.referrer}${u.predicateType === undefined ? '' : ` (${u.predicateType})`}: ${u.reason}`);
  io.info(`Signatures of ${report.image} (${report.via}): ${report.verified.length} verified, ${report.problems.length} problem(s).`);
  const findings = signatureFindings(report);
  return { findings, rules: [...new Set(findings.map((f) => f.ruleId))].map((id) => SIGNATURE_RULES[id as keyof typeof SIGNATURE_RULES]) };
}
