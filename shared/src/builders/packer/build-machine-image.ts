/**
 * build-image for machine images: install (or find) Packer, `packer init`
 * when the template needs plugins and Packer can, `packer validate`, then
 * `packer build -machine-readable` with the variables given, streaming
 * progress and reading the artifacts (and the manifest file, when the
 * template has a manifest post-processor) into `amis` and `ami-id`.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { PipelineError } from '../../errors.js';
import { run } from '../../process.js';
import { installPacker, type InstalledPacker } from './packer-install.js';
import { amiOutputs, ArtifactCollector, parseMachineReadableLine, parseManifest, type ManifestBuild, type PackerArtifact } from './packer-output.js';
import { compareVersions } from './packer-release.js';
import { declaresRequiredPlugins, manifestOutputs, readTemplate } from './packer-template.js';

export interface BuildMachineImageOptions {
  /** A *.pkr.hcl / *.pkr.json file, a folder of them, or a legacy *.json template. */
  template: string;
  /** Exact version to install, `latest`, or `system` (default) for the packer on PATH. */
  packerVersion?: string;
  packerSha256?: string;
  /** `packer-pgp-key`: the key that signs SHA256SUMS (armored text or a path); default HashiCorp's pinned key. */
  packerPgpKey?: string;
  /** Release site (default https://releases.hashicorp.com). */
  releasesUrl?: string;
  /** `-var name=value` each. Values are never logged. */
  variables?: Readonly<Record<string, string>>;
  varFiles?: readonly string[];
  /** `-only` builds. */
  only?: readonly string[];
  /** The manifest file, when the template's own output path cannot be known in advance. */
  manifest?: string;
  /** Region whose AMI becomes `ami-id`; default the first one Packer lists (regions sort alphabetically). */
  amiRegion?: string;
  /** Progress from Packer, one message at a time. */
  onProgress?: (p: BuildProgress) => void;
  /** Our own steps. */
  log?: (line: string) => void;
  env?: NodeJS.ProcessEnv;
}

export interface BuildProgress {
  /** `say`, `message`, `error`, or `raw` for a line that is not machine-readable. */
  level: string;
  text: string;
  target: string;
}

export interface BuildMachineImageResult {
  packer: InstalledPacker;
  template: string;
  initRan: boolean;
  artifacts: PackerArtifact[];
  manifest?: { file: string; builds: ManifestBuild[] };
  /** region -> AMI id (the `amis` output); empty when no AMI builder ran. */
  amis: Record<string, string>;
  /** The first AMI (the `ami-id` output). */
  amiId?: string;
  durationMs: number;
  summary: MachineBuildSummary;
}

export interface MachineBuildSummary {
  title: string;
  packerVersion: string;
  packerSource: InstalledPacker['source'];
  template: string;
  builds: { target: string; builderId: string; artifactId: string }[];
  amis: Record<string, string>;
  seconds: number;
}

const MR_ENV = { CHECKPOINT_DISABLE: '1', PACKER_NO_COLOR: '1' };

export async function buildMachineImage(o: BuildMachineImageOptions): Promise<BuildMachineImageResult> {
  const started = Date.now();
  const log = o.log ?? (() => undefined);
  const progress = o.onProgress ?? (() => undefined);
  const template = await readTemplate(o.template);
  const packer = await installPacker({
    version: o.packerVersion ?? 'system',
    ...(o.releasesUrl !== undefined ? { baseUrl: o.releasesUrl } : {}),
    ...(o.packerSha256 !== undefined ? { sha256: o.packerSha256 } : {}),
    ...(o.packerPgpKey !== undefined ? { pgpKey: o.packerPgpKey } : {}),
    log,
  });
  const env = { ...(o.env ?? process.env), ...MR_ENV };
  const varArgs = [
    ...Object.entries(o.variables ?? {}).flatMap(([k, v]) => {
      if (!/^[A-Za-z_][\w-]*$/.test(k)) throw new PipelineError('INPUT', `'${k}' is not a Packer variable name`, { input: 'packer-vars' });
      return ['-var', `${k}=${v}`];
    }),
    ...(o.varFiles ?? []).map((f) => `-var-file=${path.resolve(f)}`),
    ...((o.only ?? []).length > 0 ? [`-only=${(o.only ?? []).join(',')}`] : []),
  ];
  const shownVars = Object.keys(o.variables ?? {}).map((k) => `-var ${k}=***`);

  let initRan = false;
  const needsPlugins = declaresRequiredPlugins(template);
  if (needsPlugins) {
    if (compareVersions(packer.version, '1.7.0') >= 0) {
      log(`packer init ${template.path}`);
      const init = await run(packer.path, ['init', template.path], { cwd: template.dir, env, onLine: (text) => progress({ level: 'raw', text, target: '' }) });
      if (init.code !== 0) throw packerFailure('init', init.code, init.stderr || init.stdout, template.path);
      initRan = true;
    } else {
      log(`Packer ${packer.version} has no 'packer init' (1.7+); the template's required_plugins must already be installed`);
    }
  }

  log(`packer validate ${[...shownVars, template.path].join(' ')}`);
  const validate = await run(packer.path, ['validate', ...varArgs, template.path], { cwd: template.dir, env });
  if (validate.code !== 0) {
    const failure = packerFailure('validate', validate.code, validate.stdout + validate.stderr, template.path);
    if (needsPlugins && !initRan) {
      throw new PipelineError('BUILDER', failure.message, {
        ...(failure.file !== undefined ? { file: failure.file } : {}),
        ...(failure.line !== undefined ? { line: failure.line } : {}),
        hint: `The template declares required_plugins, which Packer ${packer.version} does not know: set packer-version to 1.7.0 or later so 'packer init' can install them.`,
      });
    }
    throw failure;
  }

  const manifestFiles = o.manifest !== undefined ? [path.resolve(o.manifest)] : manifestOutputs(template).map((f) => path.resolve(template.dir, f));
  const buildStart = Date.now();
  log(`packer build -machine-readable ${[...shownVars, template.path].join(' ')}`);
  const collector = new ArtifactCollector();
  const errors: string[] = [];
  const build = await run(packer.path, ['build', '-machine-readable', ...varArgs, template.path], {
    cwd: template.dir,
    env,
    onLine: (line, stream) => {
      const e = parseMachineReadableLine(line);
      if (e === undefined) {
        if (line.trim() !== '') progress({ level: stream === 'stderr' ? 'error' : 'raw', text: line, target: '' });
        return;
      }
      collector.add(e);
      if (e.kind === 'ui') {
        if (e.level === 'error') errors.push(e.text.trim());
        progress({ level: e.level, text: e.text, target: e.target });
      }
    },
  });
  if (build.code !== 0) throw packerFailure('build', build.code, errors.join('\n') || build.stderr || build.stdout, template.path);

  const artifacts = collector.artifacts();
  let manifest: BuildMachineImageResult['manifest'];
  for (const file of manifestFiles) {
    const st = await fs.stat(file).catch(() => undefined);
    // A manifest left from an earlier run is not this build's.
    if (st === undefined || st.mtimeMs < buildStart - 1000) continue;
    manifest = { file, builds: parseManifest(await fs.readFile(file, 'utf8'), file) };
    break;
  }
  const outs = amiOutputs([...artifacts.map((a) => a.id), ...(manifest?.builds.map((b) => b.artifactId) ?? [])]);
  for (const c of outs.conflicts) log(`two builds made AMIs in ${c.region}: keeping ${c.kept} in 'amis', not ${c.dropped}`);
  if (o.amiRegion !== undefined) {
    const chosen = outs.amis[o.amiRegion];
    if (chosen === undefined && Object.keys(outs.amis).length > 0) {
      throw new PipelineError('INPUT', `the build made no AMI in ${o.amiRegion} (it made: ${Object.keys(outs.amis).join(', ')})`, { input: 'ami-region' });
    }
    if (chosen !== undefined) outs.amiId = chosen;
  }
  const durationMs = Date.now() - started;
  const builds =
    artifacts.length > 0
      ? artifacts.map((a) => ({ target: a.target, builderId: a.builderId, artifactId: a.id }))
      : (manifest?.builds ?? []).map((b) => ({ target: `${b.builderType}.${b.name}`, builderId: b.builderType, artifactId: b.artifactId }));
  return {
    packer,
    template: template.path,
    initRan,
    artifacts,
    ...(manifest !== undefined ? { manifest } : {}),
    amis: outs.amis,
    ...(outs.amiId !== undefined ? { amiId: outs.amiId } : {}),
    durationMs,
    summary: {
      title:
        Object.keys(outs.amis).length > 0
          ? `Machine image built: ${Object.keys(outs.amis).length} region(s)`
          : 'Machine image build finished (no AMI artifacts)',
      packerVersion: packer.version,
      packerSource: packer.source,
      template: template.path,
      builds,
      amis: outs.amis,
      seconds: Math.round(durationMs / 100) / 10,
    },
  };
}

/**
 * A Packer failure as a PipelineError, pointing at the template file and
 * line when Packer names them (`on foo.pkr.hcl line 3:`).
 */
export function packerFailure(step: 'init' | 'validate' | 'build', code: number, output: string, templatePath: string): PipelineError {
  const text = output.replace(/\r/g, '');
  const where = /\bon (\S+) line (\d+)[,:]/.exec(text);
  const firstError = /Error: ([^\n]+)/.exec(text)?.[1] ?? text.trim().split('\n').slice(-5).join(' ').slice(0, 500);
  const detail = text
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.includes('(source code not available)'))
    .slice(0, 12)
    .join('\n');
  const file = where !== null ? path.resolve(path.dirname(templatePath), where[1] as string) : templatePath;
  return new PipelineError('BUILDER', `packer ${step} failed (exit ${code}): ${firstError}\n${detail}`, {
    file: path.relative(process.cwd(), file) || file,
    ...(where !== null ? { line: Number(where[2]) } : {}),
    hint:
      step === 'init'
        ? 'Check required_plugins sources and versions, and that the runner can reach the plugin host.'
        : step === 'validate'
          ? 'Fix the template at the line shown.'
          : 'Read the Packer log above for the failing step.',
  });
}
