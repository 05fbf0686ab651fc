/**
 * distribute-image's outputs, named as in action.yml, from its typed result. Apart from run.ts so the
 * all-in-one action can name them (src/run.ts outputsOf) without loading the push (issue 17 item 3: start-up).
 */
import type { DistributeResult } from '../../shared/src/distribute/distribute.js';
import type { AttestationReport } from '../../shared/src/distribute/attach.js';
import type { DistributeAmiResult } from '../../shared/src/distribute/machine/ami-distribute.js';
import type { SsmParameterRow } from '../../shared/src/distribute/machine/ssm-parameters.js';
import { launchTemplateVersionsOutput } from '../../shared/src/distribute/machine/launch-template-targets.js';
import type { PipelineError } from '../../shared/src/errors.js';

/** `github`: with github-attestations, GitHub's id per stored bundle, or why storing failed (the push stands either way). */
export type Outputs =
  | { kind: 'container'; result: DistributeResult; github?: { ids: Map<string, number>; error?: PipelineError } }
  | { kind: 'machine'; result: DistributeAmiResult };

/** Every reference pushed (tags and digest references) of the destinations that succeeded: the `refs` output. */
export const refsOf = (result: DistributeResult): { ref: string; digest: string }[] =>
  result.destinations.filter((d) => d.error === undefined).flatMap((d) => d.refs.map((ref) => ({ ref, digest: d.digest })));

/** The `attestations` output: what each destination holds, per referrer. */
export const attestationsOf = (
  result: DistributeResult,
  githubIds: ReadonlyMap<string, number> = new Map(),
): Array<Omit<AttestationReport, 'file' | 'outcome' | 'bundle'> & { githubAttestationId?: number }> =>
  (result.attestations ?? []).map(({ digest, subject, artifactType, predicateType, signed, destination, bundle }) => {
    const id = bundle === undefined ? undefined : githubIds.get(bundle);
    return { digest, subject, artifactType, predicateType, signed, destination, ...(id !== undefined ? { githubAttestationId: id } : {}) };
  });

/**
 * The `ssm-parameters` output: region -> {name, version} in the job's own
 * account; parameters written in other accounts (ssm-role-arn) are listed
 * under the region's `accounts`, account id -> version.
 */
export function ssmParametersOutput(rows: readonly SsmParameterRow[]): Record<string, { name: string; version: number; accounts?: Record<string, number> }> {
  const out: Record<string, { name: string; version: number; accounts?: Record<string, number> }> = {};
  for (const r of rows) if (r.account === undefined) out[r.region] = { name: r.name, version: r.version };
  for (const r of rows) {
    const own = out[r.region];
    if (r.account !== undefined && own !== undefined) own.accounts = { ...own.accounts, [r.account]: r.version };
  }
  return out;
}

export function outputsOf(o: Outputs): Record<string, string> {
  if (o.kind === 'machine') {
    return {
      amis: JSON.stringify(o.result.amis),
      ...(o.result.ssmParameters !== undefined ? { 'ssm-parameters': JSON.stringify(ssmParametersOutput(o.result.ssmParameters)) } : {}),
      ...(o.result.launchTemplateVersions !== undefined
        ? { 'launch-template-versions': JSON.stringify(launchTemplateVersionsOutput(o.result.launchTemplateVersions)) }
        : {}),
    };
  }
  return { digest: o.result.digest, refs: JSON.stringify(refsOf(o.result)), attestations: JSON.stringify(attestationsOf(o.result, o.github?.ids)) };
}
