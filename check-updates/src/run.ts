/**
 * check-updates: whether a published image needs a rebuild (a base moved, a
 * package has an update), through the ActionIO. The check itself is
 * shared/src/updates; the summary report/summary/updates.ts.
 */
import type { ActionIO } from '../../shared/src/action/io.js';
import type { Action } from '../../shared/src/action/run-action.js';
import { connectOptions, connectSecrets } from '../../shared/src/registry/client/connect-inputs.js';
import { packageCheckNote, updatesSummary } from '../../shared/src/report/summary/updates.js';
import type { UpdateCheck } from '../../shared/src/updates/check.js';
import { loadDbs } from '../../shared/src/compliance/vulnerabilities/db-inputs.js';
import type { PackageFilter } from '../../shared/src/compliance/vulnerabilities/package-filter.js';
import { getInputs, type Inputs } from './context.js';
import { workspaceFile } from '../../shared/src/action/workspace-path.js';
import type { SignaturePolicy } from '../../shared/src/compliance/signatures.js';
import { PipelineError } from '../../shared/src/errors.js';

export type Outputs = UpdateCheck;

/*
 * What a run needs is loaded when the run needs it (issue 17 item 3, as in build-image/src/run.ts): refusing a
 * bad input need not parse the update check (registry client, layer reader, package indexes) nor, without
 * base-signature-policy, the policy reader (ajv) and signature verification (sigstore). ncc makes each import()
 * a chunk file; test/unit/check-updates/startup.test.ts fails if they are imported statically again.
 */
type CheckForUpdates = (typeof import('../../shared/src/updates/check.js'))['checkForUpdates'];
/** Lazy: the update check itself, once inputs are valid. */
const loadUpdateCheck = (): Promise<typeof import('../../shared/src/updates/check.js')> => import('../../shared/src/updates/check.js');
/** Lazy: the policy reader and the signatures section's resolution, only with base-signature-policy. */
async function loadSignaturePolicy(): Promise<
  typeof import('../../shared/src/compliance/policy-load.js') & typeof import('../../shared/src/compliance/signatures-policy.js')
> {
  const [load, signatures] = await Promise.all([
    import('../../shared/src/compliance/policy-load.js'),
    import('../../shared/src/compliance/signatures-policy.js'),
  ]);
  return { ...load, ...signatures };
}

/** `stub` replaces the update check (loaded otherwise): tests pass one to see outputs and summary of a given result. */
export async function run(inputs: Inputs, io: ActionIO, stub?: CheckForUpdates): Promise<Outputs> {
  const check = stub ?? (await loadUpdateCheck()).checkForUpdates;
  // Read once the image's release is known (the check calls it after reading the image's os-release), through
  // the one reader with the release and package filters test-image uses: the tracker's other releases are never
  // kept, its entries of packages the image does not have never parsed.
  const db = inputs.vulnerabilityDb;
  const advisories =
    db.entries.length === 0
      ? undefined
      : async (releases: ReadonlySet<string> | undefined, packages?: PackageFilter) => {
          const dbs = await loadDbs(db.entries, {
            scope: { workspace: db.workspace, allowOutside: true },
            cacheDir: db.cache,
            log: (l) => io.info(l),
            warn: (l) => io.warning(l),
            ...(releases === undefined ? {} : { releases }),
            ...(packages === undefined ? {} : { packages }),
          });
          const list = dbs.flatMap((d) => d.advisories);
          const kept = releases === undefined ? 'every release' : `release ${[...releases].join('/')}`;
          io.info(`${list.length} advisories read from ${db.entries.length} vulnerability database(s) (${kept})`);
          return list;
        };
  const baseSignatures = inputs.baseSignaturePolicy === undefined ? undefined : await baseSignaturePolicy(inputs.baseSignaturePolicy);
  const result = await check(inputs.image, {
    // Credentials found later (ECR tokens, config.json entries) are masked as they are found.
    ...connectOptions(inputs.connect, { mask: (s) => io.mask(s) }),
    packageIndexUrls: inputs.packageIndexUrls,
    rebuildOn: inputs.rebuildOn,
    ...(advisories === undefined ? {} : { advisories }),
    ...(baseSignatures === undefined ? {} : { baseSignatures }),
  });
  for (const u of result.unverifiedBases ?? []) {
    io.warning(
      `Base ${u.name} moved to ${u.digest}, which does not verify under base-signature-policy; no rebuild is proposed onto it. ${u.problems.join(' ')}`,
    );
  }
  io.info(`${inputs.image}: ${result.rebuild ? 'rebuild needed' : 'up to date'}`);
  for (const r of result.reasons) io.info(`  ${r}`);
  io.info(`  ${packageCheckNote(result.packages)}`);
  await io.summary(updatesSummary(result));
  return result;
}

/** The policy file (inside the workspace) and its signatures section, ready to verify with. */
async function baseSignaturePolicy(p: { file: string; workspace: string }): Promise<SignaturePolicy> {
  const file = await workspaceFile('base-signature-policy', p.file, { workspace: p.workspace });
  const { loadPolicy, resolveSignaturePolicy } = await loadSignaturePolicy();
  const loaded = await loadPolicy(file, p.file);
  const section = loaded.policy.signatures;
  if (section === undefined) {
    throw new PipelineError('INPUT', `expected the policy file '${p.file}' to have a signatures section, got none`, {
      input: 'base-signature-policy',
      hint: 'Add signatures: with keys or keyless (identity, issuer, trustedRoot) for who signs your base images.',
    });
  }
  return resolveSignaturePolicy(section, { policyFile: file, workspace: p.workspace });
}

export function outputsOf(result: Outputs): Record<string, string> {
  const pk = result.packages;
  return {
    'rebuild-needed': String(result.rebuild),
    reason: result.reasons.join('\n'),
    bases: JSON.stringify(
      result.verdicts.map((v) => ({ name: v.base.name, digest: v.base.digest, verdict: v.kind, ...(v.kind === 'moved' ? { now: v.now } : {}) })),
    ),
    digest: result.digest ?? '',
    packages: JSON.stringify(pk.kind === 'checked' ? pk.updates : []),
    'package-check': packageCheckNote(pk),
    'security-fixes': JSON.stringify(
      (pk.kind === 'checked' ? (pk.securityFixes ?? []) : []).map((f) => ({
        id: f.id,
        package: f.package,
        installed: f.installed,
        fixed: f.fixed,
        available: f.available,
        ...(f.replacement === undefined ? {} : { replacement: f.replacement }),
      })),
    ),
  };
}

export const checkUpdates: Action<Inputs, Outputs> = {
  name: 'check-updates',
  getInputs,
  secretsOf: (i) => connectSecrets(i.connect),
  run: (i, io) => run(i, io),
  outputsOf,
};
export const action = checkUpdates;
