import * as core from '@actions/core';
import { runnerIO } from '../../shared/src/action/io.js';
import { runAction } from '../../shared/src/action/run-action.js';
import { checkForUpdates } from '../../shared/src/updates/check.js';
import { getInputs } from './context.js';

await runAction('check-updates', runnerIO(), async () => {
  const inputs = getInputs(process.env);
  for (const e of inputs.registryAuth) core.setSecret(e.password);
  if (inputs.githubToken !== '') core.setSecret(inputs.githubToken);
  const result = await checkForUpdates(inputs.image, {
    auth: { registryAuth: inputs.registryAuth, githubToken: inputs.githubToken, mask: (s) => core.setSecret(s) },
    insecureRegistries: inputs.insecureRegistries,
    packageIndexUrls: inputs.packageIndexUrls,
  });
  const pk = result.packages;
  const updates = pk.kind === 'checked' ? pk.updates : [];
  const packageNote = pk.kind === 'skipped' ? pk.reason : `checked ${pk.installed} installed ${pk.family} packages of the ${pk.platform} image against ${pk.indexes.length} package index${pk.indexes.length === 1 ? '' : 'es'}: ${updates.length} with updates`;
  core.setOutput('rebuild-needed', String(result.rebuild));
  core.setOutput('reason', result.reasons.join('\n'));
  core.setOutput('bases', JSON.stringify(result.verdicts.map((v) => ({ name: v.base.name, digest: v.base.digest, verdict: v.kind, ...(v.kind === 'moved' ? { now: v.now } : {}) }))));
  core.setOutput('digest', result.digest ?? '');
  core.setOutput('packages', JSON.stringify(updates));
  core.setOutput('package-check', packageNote);
  core.info(`${inputs.image}: ${result.rebuild ? 'rebuild needed' : 'up to date'}`);
  for (const r of result.reasons) core.info(`  ${r}`);
  core.info(`  ${packageNote}`);
  await core.summary
    .addHeading(`Update check: ${result.rebuild ? 'rebuild needed' : 'up to date'}`, 3)
    .addTable([
      [{ data: 'base', header: true }, { data: 'recorded digest', header: true }, { data: 'verdict', header: true }],
      ...result.verdicts.map((v) => [v.base.name, `\`${v.base.digest}\``, v.kind === 'moved' ? `moved to \`${v.now}\`` : v.kind]),
    ])
    .addList(result.reasons)
    .addRaw(`<p>${packageNote}</p>`, true);
  if (updates.length > 0) {
    core.summary.addTable([
      [{ data: 'package', header: true }, { data: 'installed', header: true }, { data: 'available', header: true }],
      ...updates.map((u) => [u.name, u.installed, u.available]),
    ]);
  }
  await core.summary.write();
});
