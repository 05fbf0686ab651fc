/**
 * test-image: read inputs, test the image (shared/src/compliance), write the
 * reports (shared/src/report), set outputs, and only then fail the step when
 * fail-on says so, so every report exists even for a failing image.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import * as core from '@actions/core';
import { checkImage } from '../../shared/src/compliance/check-image.js';
import { defaultPolicy, loadPolicy } from '../../shared/src/compliance/policy-load.js';
import { PipelineError } from '../../shared/src/errors.js';
import { MiB, readBoundedFile } from '../../shared/src/read-bounded-file.js';
import { runnerIO } from '../../shared/src/action/io.js';
import { runAction } from '../../shared/src/action/run-action.js';
import { workspaceFile } from '../../shared/src/action/workspace-path.js';
import { anchorFindings } from '../../shared/src/report/anchors.js';
import { toAnnotations } from '../../shared/src/report/annotations.js';
import { createCheckRun } from '../../shared/src/report/check-run.js';
import { toJUnit } from '../../shared/src/report/junit.js';
import { buildReport } from '../../shared/src/report/report.js';
import { toSarif } from '../../shared/src/report/sarif.js';
import { markdownText } from '../../shared/src/report/markdown.js';
import { toSummary } from '../../shared/src/report/summary/test.js';
import { checkMachineImage } from '../../shared/src/compliance/machine/ami-compliance.js';
import { machineReport } from '../../shared/src/report/machine-report.js';
import { ec2ClientFactory } from '../../shared/src/aws/ec2-client.js';
import { validateMachineImagePolicy } from '../../shared/src/compliance/machine/machine-policy.js';
import type { Report } from '../../shared/src/report/report.js';
import { getInputs, getMachineInputs, isMachineCheck, type CommonInputs } from './context.js';

const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
/** Paths in annotations and SARIF are relative to the repository root. */
const display = (p: string): string => path.relative(workspace, path.resolve(workspace, p)).replace(/\\/g, '/');

/** A repository file an input names, confined to the workspace unless allow-outside-workspace (shared/src/github/workspace-path.ts). */
const repoFile = (input: string, value: string, inputs: CommonInputs): Promise<string> => workspaceFile(input, value, { workspace, allowOutside: inputs['allow-outside-workspace'] === true });

/** The Dockerfile findings point into: bounded (it comes from the repository), absent is fine. */
async function readDockerfile(p: string): Promise<string | undefined> {
  try {
    return await readBoundedFile(p, { what: `the Dockerfile '${display(p)}'`, maxBytes: MiB, input: 'dockerfile', hint: "Point the 'dockerfile' input at the Dockerfile that built the image." });
  } catch (e) {
    if (e instanceof PipelineError && e.code === 'NOT_FOUND') return undefined;
    throw e;
  }
}

async function writeFile(p: string, text: string): Promise<void> {
  await fs.mkdir(path.dirname(p), { recursive: true });
  await fs.writeFile(p, text);
}

/** A container image: scan the layers, run the rules and the structure tests. */
async function containerReport(): Promise<{ inputs: CommonInputs; report: Report; fallbackFile: string; notices?: string[] }> {
  const inputs = getInputs(process.env);
  if (inputs['github-token'] !== undefined) core.setSecret(inputs['github-token']);
  const policyFile = inputs.policy === undefined ? undefined : display(inputs.policy);
  const policy = inputs.policy === undefined || policyFile === undefined ? defaultPolicy() : await loadPolicy(await repoFile('policy', inputs.policy, inputs), policyFile);

  // Relative layout and archive paths are relative to the working directory, the workspace on a runner.
  const check = await core.group('Scan the image', () => checkImage({ image: inputs.image, policy, rules: inputs.rules, ...(inputs.platform === undefined ? {} : { platform: inputs.platform }), commandNetwork: inputs['command-network'], commandPrivileges: inputs['command-privileges'], allowOutsideWorkspace: inputs['allow-outside-workspace'] === true, workspace, log: (l) => core.info(l) }));

  const dockerfilePath = inputs.dockerfile ?? 'Dockerfile';
  const dockerfileText = await readDockerfile(await repoFile('dockerfile', dockerfilePath, inputs));
  if (inputs.dockerfile !== undefined && dockerfileText === undefined) core.warning(`dockerfile '${inputs.dockerfile}' does not exist; findings point at the policy file instead.`);
  const testLines = new Map(check.tests.map((t) => [t.name, t.line]));
  const findings = anchorFindings(check.findings, check.view, {
    ...(dockerfileText === undefined ? {} : { dockerfile: { file: display(dockerfilePath), text: dockerfileText } }),
    ...(policyFile === undefined ? {} : { policyFile }),
    policyTestLine: (name) => testLines.get(name),
  });
  const report = buildReport(check, findings, { failOn: inputs['fail-on'], ...(policyFile === undefined ? {} : { policyFile }) });
  return { inputs, report, fallbackFile: policyFile ?? (dockerfileText !== undefined ? display(dockerfilePath) : 'Dockerfile'), notices: check.notices };
}

/** A machine image (each regional copy): its properties through the EC2 API against the policy's machineImage section. */
async function amiReport(): Promise<{ inputs: CommonInputs; report: Report; fallbackFile: string; notices?: string[] }> {
  const inputs = getMachineInputs(process.env);
  if (inputs['github-token'] !== undefined) core.setSecret(inputs['github-token']);
  if (inputs.policy === undefined) {
    throw new PipelineError('INPUT', "checking a machine image needs a policy with a machineImage section", { input: 'policy', hint: 'Set policy to a file with machineImage: (see examples/ami/image-policy.yml).' });
  }
  const policyFile = display(inputs.policy);
  const loaded = await loadPolicy(await repoFile('policy', inputs.policy, inputs), policyFile);
  if (loaded.machineImage === undefined) {
    throw new PipelineError('POLICY', `${policyFile} has no machineImage section`, { input: 'policy', file: policyFile, hint: 'Add machineImage: with the properties the AMI must have (see examples/ami/image-policy.yml).' });
  }
  const machinePolicy = validateMachineImagePolicy(loaded.machineImage, { file: policyFile, lineOf: (p) => loaded.lineOf(['machineImage', ...p]) });
  const result = await core.group(`Check ${inputs.targets.map((t) => `${t.imageId} (${t.region})`).join(', ')}`, () =>
    checkMachineImage(ec2ClientFactory(inputs.endpoint === undefined ? {} : { endpoint: inputs.endpoint }), { images: inputs.targets, policy: machinePolicy }),
  );
  const line = loaded.lineOf(['machineImage']);
  const report = machineReport(result, { failOn: inputs['fail-on'], policyFile, ...(line === undefined ? {} : { policyLine: line }), ignores: loaded.policy.compliance?.ignore ?? [] });
  return { inputs, report, fallbackFile: policyFile };
}

await runAction('test-image', runnerIO(), async () => {
  const { inputs, report, fallbackFile, notices = [] } = isMachineCheck(process.env) ? await amiReport() : await containerReport();
  await writeFile(inputs.report, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(inputs.sarif, `${JSON.stringify(toSarif(report, fallbackFile), null, 2)}\n`);
  await writeFile(inputs.junit, toJUnit(report));

  const annotations = toAnnotations(report.findings);
  for (const a of annotations) {
    const props: core.AnnotationProperties = { title: a.title };
    if (a.file !== undefined) props.file = a.file;
    if (a.line !== undefined) props.startLine = a.line;
    if (a.level === 'error') core.error(a.message, props);
    else if (a.level === 'warning') core.warning(a.message, props);
    else core.notice(a.message, props);
  }
  for (const f of report.findings.filter((x) => x.severity === 'note')) core.info(`note ${f.ruleId}: ${f.message}`);
  // What the command tests were allowed beyond the sandbox (network, privileges, mounts) is part of the verdict's context.
  for (const n of notices) core.notice(n);
  const summary = toSummary(report) + notices.map((n) => `\n> ${markdownText(n)}\n`).join('');
  if (process.env.GITHUB_STEP_SUMMARY !== undefined && process.env.GITHUB_STEP_SUMMARY !== '') await core.summary.addRaw(summary).write();

  const token = inputs['github-token'];
  const repo = process.env.GITHUB_REPOSITORY;
  const sha = process.env.GITHUB_SHA;
  if (token !== undefined && repo !== undefined && sha !== undefined && repo.includes('/')) {
    const [owner, name] = repo.split('/') as [string, string];
    const run = await createCheckRun({ token, owner, repo: name, headSha: sha, ...(process.env.GITHUB_API_URL === undefined ? {} : { baseUrl: process.env.GITHUB_API_URL }) }, report, toAnnotations(report.findings, { includeNotes: true }), summary, fallbackFile);
    core.info(`Check run ${run.id} created with ${annotations.length} annotations in ${run.requests} request(s).`);
  }

  core.setOutput('result', report.result);
  core.setOutput('findings', String(report.findings.length));
  core.setOutput('sarif', inputs.sarif);
  core.setOutput('junit', inputs.junit);
  core.setOutput('report', inputs.report);
  core.info(`test-image ${report.result}: ${report.counts.error} errors, ${report.counts.warning} warnings, ${report.counts.note} notes, ${report.counts.tests - report.counts.testsFailed}/${report.counts.tests} structure tests passed.`);
  if (report.result === 'failed') {
    throw new PipelineError('POLICY', `the image failed its tests: ${report.counts.error} errors, ${report.counts.warning} warnings, ${report.counts.note} notes (fail-on: ${report.failOn})`, { hint: 'See the annotations, the job summary or the SARIF report for each finding and its fix.' });
  }
});
