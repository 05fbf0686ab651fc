/**
 * test-image: check the image (a container through shared/src/compliance, or
 * machine images through the EC2 API), write the reports (shared/src/report),
 * annotate, summarise, and return the outputs. The step fails by `verdict`
 * only after all of that, so every report exists even for a failing image.
 */
import * as path from 'node:path';
import type { Action } from '../../shared/src/action/run-action.js';
import type { ActionIO } from '../../shared/src/action/io.js';
import { workspaceFile } from '../../shared/src/action/workspace-path.js';
import { PipelineError } from '../../shared/src/errors.js';
import { connectOptions } from '../../shared/src/registry/client/connect-inputs.js';
import { MiB, readBoundedFile } from '../../shared/src/read-bounded-file.js';
import type { VulnerabilityResult } from '../../shared/src/report/vulnerabilities.js';
import type { LoadedPolicy } from '../../shared/src/compliance/policy-types.js';
import { defaultPolicy } from '../../shared/src/compliance/policy-default.js';
import type { CheckResult } from '../../shared/src/compliance/check-image.js';
import { getInputs, type CommonInputs, type ContainerInputs, type Inputs, type MachineInputs } from './context.js';
import { outputsOf, type Outputs } from './outputs.js';
import type { Checked } from './reporting.js';
import { secretsOf } from './secrets.js';

/*
 * What a run needs is loaded when the run needs it (issue 17 item 3, as in build-image/src/run.ts): node parses
 * every statically imported module before the first line runs, so refusing a bad input, or checking a container,
 * would otherwise pay for the EC2 SDK, sigstore, the vulnerability matcher and the GitHub client it never uses.
 * The bundler (ncc) turns each import() below into a separate chunk file. test/unit/test-image/startup.test.ts
 * fails if the entry reaches these statically again.
 */
/** Lazy: the policy reader (ajv and the schema), once inputs are valid. */
const loadPolicyReader = (): Promise<typeof import('../../shared/src/compliance/policy-load.js')> => import('../../shared/src/compliance/policy-load.js');
/** Lazy: the container check (layer scan, rules, structure tests), only for a container image (the report reads CST_RULES from compliance/cst/rules.ts). */
const loadContainerCheck = (): Promise<typeof import('../../shared/src/compliance/check-image.js')> => import('../../shared/src/compliance/check-image.js');
/** Lazy: the machine-image check (the EC2 SDK, the machineImage policy and its report), only for AMIs. */
async function loadMachineCheck(): Promise<
  typeof import('../../shared/src/aws/ec2-client.js') &
    typeof import('../../shared/src/compliance/machine/ami-compliance.js') &
    typeof import('../../shared/src/compliance/machine/machine-policy.js') &
    typeof import('../../shared/src/report/machine-report.js')
> {
  // One after the other: two reach the EC2 SDK, and jest's ESM loader fails concurrent imports of one CommonJS package.
  const client = await import('../../shared/src/aws/ec2-client.js');
  const check = await import('../../shared/src/compliance/machine/ami-compliance.js');
  const policy = await import('../../shared/src/compliance/machine/machine-policy.js');
  const report = await import('../../shared/src/report/machine-report.js');
  return { ...client, ...check, ...policy, ...report };
}
/** Lazy: vulnerability matching and its findings (OpenVEX, package URLs), only when vulnerability-db names databases. */
async function loadVulnerabilityScan(): Promise<
  typeof import('../../shared/src/compliance/vulnerabilities/scan.js') & typeof import('../../shared/src/report/vulnerabilities.js')
> {
  // One after the other: both reach packageurl-js, and jest's ESM loader fails two concurrent imports of one CommonJS package.
  const scan = await import('../../shared/src/compliance/vulnerabilities/scan.js');
  const findings = await import('../../shared/src/report/vulnerabilities.js');
  return { ...scan, ...findings };
}
/** Lazy: signature verification (sigstore), only for a policy with a signatures: section. */
const loadSignatureCheck = (): Promise<typeof import('./signatures.js')> => import('./signatures.js');
/** Lazy: the reports (anchoring, SARIF, JUnit, SBOM formats, the summary), once inputs are valid. */
const loadReporting = (): Promise<typeof import('./reporting.js')> => import('./reporting.js');
/** Lazy: the check run (the GitHub client), only with github-token on a runner. */
const loadCheckRun = (): Promise<typeof import('../../shared/src/report/check-run.js')> => import('../../shared/src/report/check-run.js');

/** Paths in annotations and SARIF are relative to the repository root. */
const display = (inputs: CommonInputs, p: string): string => path.relative(inputs.workspace, path.resolve(inputs.workspace, p)).replace(/\\/g, '/');

/** A repository file an input names, confined to the workspace unless allow-outside-workspace. */
const repoFile = (inputs: CommonInputs, input: string, value: string): Promise<string> =>
  workspaceFile(input, value, { workspace: inputs.workspace, allowOutside: inputs['allow-outside-workspace'] === true });

/** The Dockerfile findings point into: bounded (it comes from the repository), absent is fine. */
async function readDockerfile(p: string, shown: string): Promise<string | undefined> {
  try {
    return await readBoundedFile(p, {
      what: `the Dockerfile '${shown}'`,
      maxBytes: MiB,
      input: 'dockerfile',
      hint: "Point the 'dockerfile' input at the Dockerfile that built the image.",
    });
  } catch (e) {
    if (e instanceof PipelineError && e.code === 'NOT_FOUND') return undefined;
    throw e;
  }
}

/** A container image: scan the layers, run the rules and the structure tests, anchor findings in the Dockerfile and the policy. */
export async function containerReport(inputs: ContainerInputs, io: ActionIO): Promise<Checked> {
  const policyFile = inputs.policy === undefined ? undefined : display(inputs, inputs.policy);
  // The policy reader (YAML, generated schema validators, the regex engine) only when a policy is given (issue 17 item 3).
  const [policy, { checkImage }, { anchorFindings, buildReport, documentTime }] = await Promise.all([
    inputs.policy === undefined || policyFile === undefined
      ? defaultPolicy()
      : loadPolicyReader().then(async ({ loadPolicy }) => loadPolicy(await repoFile(inputs, 'policy', inputs.policy as string), policyFile)),
    loadContainerCheck(),
    loadReporting(),
  ]);

  // Relative layout and archive paths are relative to the working directory, the workspace on a runner.
  const check = await io.group('Scan the image', () =>
    checkImage({
      image: inputs.image,
      policy,
      rules: inputs.rules,
      ...(inputs.platform === undefined ? {} : { platform: inputs.platform }),
      commandNetwork: inputs['command-network'],
      commandPrivileges: inputs['command-privileges'],
      allowOutsideWorkspace: inputs['allow-outside-workspace'] === true,
      workspace: inputs.workspace,
      connect: connectOptions(inputs.connect, { mask: (secret) => io.mask(secret) }),
      log: (l) => io.info(l),
    }),
  );

  const dockerfilePath = inputs.dockerfile ?? 'Dockerfile';
  const dockerfileFile = await repoFile(inputs, 'dockerfile', dockerfilePath);
  const dockerfileText = await readDockerfile(dockerfileFile, display(inputs, dockerfileFile));
  if (inputs.dockerfile !== undefined && dockerfileText === undefined)
    io.warning(`dockerfile '${inputs.dockerfile}' does not exist; findings point at the policy file instead.`);
  const testLines = new Map(check.tests.map((t) => [t.name, t.line]));
  const findings = anchorFindings(check.findings, check.view, {
    ...(dockerfileText === undefined ? {} : { dockerfile: { file: display(inputs, dockerfilePath), text: dockerfileText } }),
    ...(policyFile === undefined ? {} : { policyFile }),
    policyTestLine: (name) => testLines.get(name),
  });
  const scanned = await vulnerabilities(inputs, check, policy, io);
  const signed =
    policy.policy.signatures === undefined
      ? undefined
      : await (
          await loadSignatureCheck()
        ).signatureCheck(inputs, policy, inputs.policy === undefined ? undefined : await repoFile(inputs, 'policy', inputs.policy), io);
  const report = buildReport(check, findings, {
    failOn: inputs['fail-on'],
    ...(policyFile === undefined ? {} : { policyFile }),
    ...(scanned === undefined ? {} : { vulnerabilities: scanned.result }),
    ...(signed === undefined ? {} : { signatures: signed }),
  });
  return {
    report,
    ...(scanned === undefined || scanned.staleFails.length === 0 ? {} : { staleDatabases: scanned.staleFails }),
    fallbackFile: policyFile ?? (dockerfileText !== undefined ? display(inputs, dockerfilePath) : 'Dockerfile'),
    notices: check.notices,
    sbom: { sbom: check.sbom, created: documentTime(inputs.sourceDateEpoch, check.view.config.created) },
  };
}

/** With vulnerability-db: the SBOM's packages matched against the databases, through the policy's one filter. */
async function vulnerabilities(
  inputs: ContainerInputs,
  check: CheckResult,
  policy: LoadedPolicy,
  io: ActionIO,
): Promise<{ result: VulnerabilityResult; staleFails: string[] } | undefined> {
  const dbs = inputs['vulnerability-db'];
  if (dbs === undefined) return undefined;
  const settings = policy.policy.compliance?.vulnerabilities ?? {};
  const { scanVulnerabilities, unratedNotice, vulnerabilityFindings } = await loadVulnerabilityScan();
  const scan = await io.group('Match vulnerabilities', () =>
    scanVulnerabilities(check.sbom, dbs.entries, settings, {
      scope: { workspace: inputs.workspace, allowOutside: inputs['allow-outside-workspace'] === true },
      cacheDir: dbs.cache,
      log: (l) => io.info(l),
      warn: (l) => io.warning(l),
      ...(inputs.vex === undefined ? {} : { vex: { entries: inputs.vex.entries, cacheDir: inputs.vex.cache } }),
    }),
  );
  for (const s of scan.stale) io.warning(`${s}${settings.failOnStaleDb === true ? ' (failOnStaleDb: the step fails)' : ''}.`);
  const result = vulnerabilityFindings(scan.matches, settings, policy.policy.compliance?.ignore ?? [], new Date(), {
    statements: scan.vex,
    image: { digest: check.sbom.image.digest },
  });
  io.info(
    `Vulnerabilities: ${scan.matches.length} matched in ${scan.databases} database(s) of ${scan.advisories} advisories; ${result.findings.length} at or above ${result.summary.failOn}, ${result.suppressed.length} ignored.`,
  );
  const unrated = unratedNotice(result.summary);
  if (unrated !== undefined) io.warning(`${unrated}.`);
  return { result, staleFails: settings.failOnStaleDb === true ? scan.stale : [] };
}

/** Machine images (each regional copy): their properties through the EC2 API against the policy's machineImage section. */
export async function amiReport(inputs: MachineInputs, io: ActionIO): Promise<Checked> {
  if (inputs.policy === undefined) {
    throw new PipelineError('INPUT', 'checking a machine image needs a policy with a machineImage section', {
      input: 'policy',
      hint: 'Set policy to a file with machineImage: (see examples/ami/image-policy.yml).',
    });
  }
  const policyFile = display(inputs, inputs.policy);
  const [{ loadPolicy }, { validateMachineImagePolicy, checkMachineImage, ec2ClientFactory, machineReport }] = await Promise.all([
    loadPolicyReader(),
    loadMachineCheck(),
  ]);
  const loaded = await loadPolicy(await repoFile(inputs, 'policy', inputs.policy), policyFile);
  if (loaded.machineImage === undefined) {
    throw new PipelineError('POLICY', `${policyFile} has no machineImage section`, {
      input: 'policy',
      file: policyFile,
      hint: 'Add machineImage: with the properties the AMI must have (see examples/ami/image-policy.yml).',
    });
  }
  const machinePolicy = validateMachineImagePolicy(loaded.machineImage, { file: policyFile, lineOf: (p) => loaded.lineOf(['machineImage', ...p]) });
  const result = await io.group(`Check ${inputs.targets.map((t) => `${t.imageId} (${t.region})`).join(', ')}`, () =>
    checkMachineImage(ec2ClientFactory(inputs.endpoint === undefined ? {} : { endpoint: inputs.endpoint }), { images: inputs.targets, policy: machinePolicy }),
  );
  const line = loaded.lineOf(['machineImage']);
  const report = machineReport(result, {
    failOn: inputs['fail-on'],
    policyFile,
    ...(line === undefined ? {} : { policyLine: line }),
    ignores: loaded.policy.compliance?.ignore ?? [],
  });
  return { report, fallbackFile: policyFile, notices: [] };
}

/** With github-token on a runner: a check run carrying every annotation, notes included. */
async function checkRun(inputs: CommonInputs, checked: Checked, summary: string, io: ActionIO): Promise<void> {
  if (inputs.checkRun === undefined) return;
  const { createCheckRun } = await loadCheckRun();
  const { toAnnotations } = await loadReporting();
  const run = await createCheckRun(
    inputs.checkRun,
    checked.report,
    toAnnotations(checked.report.findings, { includeNotes: true }),
    summary,
    checked.fallbackFile,
  );
  io.info(`Check run ${run.id} created with ${toAnnotations(checked.report.findings).length} annotations in ${run.requests} request(s).`);
}

export async function run(inputs: Inputs, io: ActionIO): Promise<Outputs> {
  const checked = inputs.kind === 'machine' ? await amiReport(inputs, io) : await containerReport(inputs, io);
  const { report } = checked;
  const { annotate, sbomFiles, summaryOf, writeReportFiles } = await loadReporting();
  await writeReportFiles(report, inputs);
  const sbom = inputs.kind === 'container' && checked.sbom !== undefined ? await sbomFiles(inputs, checked.sbom, io) : {};
  annotate(checked, io);
  const summary = summaryOf(checked, sbom);
  await io.summary(summary);
  await checkRun(inputs, checked, summary, io);
  const c = report.counts;
  io.info(
    `test-image ${report.result}: ${c.error} errors, ${c.warning} warnings, ${c.note} notes, ${c.tests - c.testsFailed}/${c.tests} structure tests passed.`,
  );
  return {
    result: report.result,
    findings: report.findings.length,
    sarif: inputs.sarif,
    junit: inputs.junit,
    report: inputs.report,
    ...sbom,
    ...(report.vulnerabilities === undefined ? {} : { vulnerabilities: report.vulnerabilities.rows.length }),
    ...(checked.staleDatabases === undefined ? {} : { staleDatabases: checked.staleDatabases }),
    details: report,
  };
}

/** The policy's verdict, after the reports and outputs exist. */
export function verdict({ details: report, staleDatabases }: Outputs): PipelineError | undefined {
  if (report.result !== 'failed' && staleDatabases !== undefined && staleDatabases.length > 0)
    return new PipelineError('POLICY', `${staleDatabases.join('; ')} (compliance.vulnerabilities.failOnStaleDb)`, {
      input: 'vulnerability-db',
      hint: 'Refresh the database (download it again in the workflow), or raise maxDbAge in the policy.',
    });
  if (report.result !== 'failed') return undefined;
  return new PipelineError(
    'POLICY',
    `the image failed its tests: ${report.counts.error} errors, ${report.counts.warning} warnings, ${report.counts.note} notes (fail-on: ${report.failOn})`,
    { hint: 'See the annotations, the job summary or the SARIF report for each finding and its fix.' },
  );
}

export const testImage: Action<Inputs, Outputs> = {
  name: 'test-image',
  getInputs,
  secretsOf,
  run,
  outputsOf,
  verdict,
};
export const action = testImage;
export { outputsOf, type Outputs } from './outputs.js';
export { secretsOf } from './secrets.js';
