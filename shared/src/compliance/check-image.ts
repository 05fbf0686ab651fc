/**
 * The whole test of one image: open it (layout, archive or registry), scan
 * its layers once, run the selected rules and the container-structure-test
 * suites, and return everything the reports need. No reporting here.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { PipelineError } from '../errors.js';
import { ContentReader } from '../layers/contents.js';
import type { FsIndex } from '../layers/fs-index.js';
import { scanImage } from '../layers/scan.js';
import { resolveImage, selectRoot, type PlatformImage } from '../oci/image.js';
import { OciLayout } from '../oci/layout.js';
import { parseImageLocation, type ImageLocation } from '../oci/location.js';
import { openImageSource, type RegistryOpener } from '../oci/open.js';
import type { ImageSource } from '../oci/source.js';
import { platformString } from '../oci/types.js';
import { run } from '../process.js';
import type { ConnectOptions } from '../registry/client/connect.js';
import { registryOpener } from '../registry/client/source.js';
import { withAuthFile } from '../registry/credentials/auth-file.js';
import { credentialResolver, NO_AUTH } from '../registry/credentials/credentials.js';
import { parseReference } from '../registry/reference.js';
import { usesPlainHttp } from '../registry/transport/scheme.js';
import { unwrap } from '../result.js';
import { binfmtHandlers, hostArchitecture, platformsLackingEmulation } from '../builders/emulation.js';
import { EMULATION_HINT } from '../builders/failure.js';
import { expansionEnv, runCommandTest, testEnv } from './cst/command-tests.js';
import { authFlags, formatRef, openRuntime, pullError, pullFlags, type Container, type ImageRef, type ScannedImage } from './cst/container-runtime.js';
import { checkPrivileges, describeRunSettings, resolveRunOptions, type CommandNetwork, type CommandPrivileges, type RunSettings } from './cst/run-options.js';
import { confinePath } from '../action/workspace-path.js';
import { fileContents, fileExistence, licenses, metadata } from './cst/static-tests.js';
import { applyIgnores, requiredFiles, ruleSettings, runRules, selectRules, toFinding, wantedFiles, type SelectedRule } from './engine.js';
import type { Finding, Suppressed, TestOutcome } from './finding.js';
import { CST_RULES } from './cst/rules.js';
import { loadRegexEngine, policyUsesRegex } from './cst/regex-engine.js';
import { imageSize, makeImageView, type ImageView } from './image-view.js';
import type { LoadedPolicy } from './policy-types.js';
import { catalog, keepsEveryLayer, MAX_DB_BYTES, mayHavePackages, packageDbPaths, rpmDbPath, sbomCapture } from './sbom/catalog.js';
import { languageDerive, settleLanguage } from './sbom/language.js';
import { loadPurl } from './sbom/purl.js';
import { loadSqlite, type Sqlite } from './sbom/rpmdb.js';
import type { Sbom } from './sbom/package.js';

/** Its home is cst/rules.ts (constants, for the reports without the scan); re-exported here for the rule reference. */
export { CST_RULES };

export interface CheckOptions {
  /** The `image` input: a layout path, oci-archive:, docker-archive:, or a registry reference. */
  image: string;
  policy: LoadedPolicy;
  /** The `rules` input, already split into items. */
  rules?: readonly string[];
  /** For expiring ignores; default now. */
  today?: Date;
  /** Platform to test in a multi-platform image; default this machine's (linux/amd64 -> amd64). */
  platform?: string;
  registry?: RegistryOpener;
  /** Auth and transport for a registry image (registry-auth, github-token, insecure-registries): see registry/client/connect-inputs.ts. */
  connect?: ConnectOptions;
  log?: (line: string) => void;
  /** Where command tests may reach: 'none' (default, their own empty network) or the runner's ('host'). */
  commandNetwork?: CommandNetwork;
  /** Whether the policy's privileged and capabilities are granted ('policy') or refused ('none', default). */
  commandPrivileges?: CommandPrivileges;
  /** allow-outside-workspace: true: bindMounts sources may lie outside the workspace. */
  allowOutsideWorkspace?: boolean;
  /** The step's environment, for containerRunOptions.envVars; default process.env. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Repository paths in the policy (containerRunOptions.envFile) resolve here and stay inside; default the working directory. */
  workspace?: string;
  /** Deadline of each command of a command test (setup, command, teardown); default 10 minutes. */
  commandTimeoutMs?: number;
  /** Loads sql.js for an image with an rpmdb.sqlite (called then only, at most once per check); default rpmdb.ts loadSqlite, which caches the compiled module. */
  loadSqlite?: () => Promise<Sqlite>;
}

export interface CheckedImage {
  name: string;
  digest: string;
  platform: string;
  layers: number;
  files: number;
  size: number;
}

export interface CheckResult {
  image: CheckedImage;
  rules: SelectedRule[];
  findings: Finding[];
  suppressed: Suppressed[];
  tests: TestOutcome[];
  view: ImageView;
  /** The packages the image holds (distribution databases), from the same scan as the rules. */
  sbom: Sbom;
  /** What the command tests were allowed beyond the default sandbox (network, privileges, mounts): for the log and the summary. */
  notices: string[];
}

const HOST_ARCH: Record<string, string> = { x64: 'amd64', arm64: 'arm64', arm: 'arm', ppc64: 'ppc64le', s390x: 's390x' };

function choosePlatform(images: readonly PlatformImage[], wanted?: string): PlatformImage {
  const arch = HOST_ARCH[process.arch] ?? process.arch;
  const pick =
    wanted !== undefined && wanted !== ''
      ? images.find((i) => platformString(i.platform) === wanted)
      : (images.find((i) => i.platform.os === 'linux' && i.platform.architecture === arch) ?? images[0]);
  if (pick === undefined) {
    throw new PipelineError('NOT_FOUND', `the image has no ${wanted ?? 'platform'} variant`, {
      input: 'image',
      hint: `It has: ${images.map((i) => platformString(i.platform)).join(', ') || 'no platform images'}.`,
    });
  }
  return pick;
}

/**
 * How buildah/podman/skopeo name the same image. containers/image only finds
 * OCI-typed manifests in a layout, so archives and registry images are handed
 * over in their own transport rather than rewritten.
 */
export function imageRef(location: ImageLocation, ref: string | undefined, insecureRegistries: readonly string[] = []): ImageRef {
  const withTag = (r: ImageRef & { transport: 'oci' | 'oci-archive' | 'docker-archive' }): ImageRef => (ref === undefined ? r : { ...r, tag: ref });
  switch (location.kind) {
    case 'layout':
      return withTag({ transport: 'oci', path: path.resolve(location.path) });
    case 'oci-archive':
      return withTag({ transport: 'oci-archive', path: path.resolve(location.path) });
    case 'docker-archive':
      return withTag({ transport: 'docker-archive', path: path.resolve(location.path) });
    case 'registry':
    case 'ambiguous': {
      const reference = location.kind === 'registry' ? location.reference : location.text;
      // The registry client's plain-HTTP rule (loopback, insecure-registries), so the runtime pulls the way the scan read.
      const parsed = parseReference(reference);
      return { transport: 'docker', reference, plainHttp: parsed.ok && usesPlainHttp(parsed.value.registry, insecureRegistries) };
    }
  }
}

export async function checkImage(opts: CheckOptions): Promise<CheckResult> {
  const log = opts.log ?? (() => undefined);
  // Privileges the step did not grant are refused before anything is opened or scanned.
  if ((opts.policy.policy.commandTests ?? []).length > 0) checkPrivileges(opts.policy.policy.containerRunOptions, opts.commandPrivileges);
  const location = unwrap(parseImageLocation(opts.image, 'image'));
  // The command tests' runtime is started when they run, not beside the scan: measured (bench/hello.ts, issue 17), its
  // spawns (buildah --version, the sandbox and overlay probes) slowed the scan on 2 cores by more than they saved.
  const opened = await openImageSource(location, { input: 'image', registry: opts.registry ?? registryOpener(opts.connect) });
  const src = opened.source;
  // Lower case only: buildah derives an image name from the layout path.
  const work = path.join(os.tmpdir(), `test-image-${randomBytes(6).toString('hex')}`);
  await fs.mkdir(work, { recursive: true });
  try {
    const root = await selectRoot(src, opened.ref);
    const resolved = await resolveImage(src, root);
    const image = choosePlatform(resolved.images, opts.platform);
    const policy = opts.policy.policy;
    const rules = selectRules(policy.compliance, opts.rules ?? []);
    const settings = ruleSettings(policy.compliance);
    const ruleWants = wantedFiles(rules);
    const contentPaths = new Set((policy.fileContentTests ?? []).map((t) => t.path));
    log(`Scanning ${src.name} (${platformString(image.platform)}, ${image.manifest.layers.length} layers)`);
    const index = await scanImage(src, image, {
      capture: (p, size) => contentPaths.has(p) || ruleWants(p, size) || sbomCapture(p, size),
      keepEveryLayer: keepsEveryLayer,
      derive: languageDerive,
      onLayer: (i, n) => log(`  layer ${i + 1}/${n}`),
    });
    // Java archives met before fflate was loaded (the first starts the load) are read now: fflate only for an image with one.
    await settleLanguage(index);
    // Files rules read through a link (e.g. /etc/passwd -> ../usr/share/...) were not kept by the scan: read them now.
    await new ContentReader(src, image, index).readMany(requiredFiles(rules));
    // Package databases past the scan's keep budget (or behind a link): read now, so the SBOM misses nothing.
    await new ContentReader(src, image, index, MAX_DB_BYTES).readMany(packageDbPaths(index));
    const view = makeImageView(src.name, image, index, root.annotations ?? {});
    const today = opts.today ?? new Date();
    const raw = runRules(view, rules, settings);
    const kind = location.kind === 'ambiguous' && src instanceof OciLayout ? ({ kind: 'layout', path: location.text } as const) : location;
    // A layout with several tags for one image needs one named, or buildah asks which.
    const layoutTag = kind.kind === 'layout' ? root.annotations?.['org.opencontainers.image.ref.name'] : undefined;
    // How the policy was read (a 1.0.0 suite converted) and what command tests were allowed: both shown with the verdict.
    const notices: string[] = [...(opts.policy.notices ?? [])];
    const tests = await runSuites(
      view,
      opts.policy,
      imageRef(kind, opened.ref ?? layoutTag, opts.connect?.insecureRegistries),
      work,
      log,
      reader(src, image, index),
      {
        opts,
        platform: platformString(image.platform),
        notices,
        scanned: { configDigest: image.manifest.config.digest, os: image.config.os, architecture: image.config.architecture },
      },
    );
    const testFindings = tests
      .filter((t) => !t.passed)
      .map((t) =>
        toFinding(CST_RULES[t.kind].id, 'error', {
          subject: { kind: 'policy', test: t.name },
          expected: 'the test to pass',
          got: t.failures.join('; '),
          message: `${CST_RULES[t.kind].title} '${t.name}' failed: ${t.failures.join('; ')}`,
        }),
      );
    const { findings, suppressed } = applyIgnores([...raw, ...testFindings], policy.compliance?.ignore ?? [], today);
    let files = 0;
    for (const _ of index.walk()) files++;
    // packageurl-js only for an image with packages (issue 17): catalog() names each package's purl synchronously.
    if (mayHavePackages(index)) await loadPurl();
    return {
      image: {
        name: src.name,
        digest: image.descriptor.digest,
        platform: platformString(image.platform),
        layers: image.manifest.layers.length,
        files,
        size: imageSize(view),
      },
      rules,
      findings,
      suppressed,
      tests,
      view,
      // sql.js is loaded only for an image with an rpmdb.sqlite.
      sbom: catalog(view, platformString(image.platform), {
        ...(rpmDbPath(index) === undefined ? {} : { sqlite: await (opts.loadSqlite ?? loadSqlite)() }),
        notice: (n) => notices.push(n),
      }),
      notices,
    };
  } finally {
    await src.close();
    await fs.rm(work, { recursive: true, force: true }).catch(() => undefined);
  }
}

const reader = (src: ImageSource, image: PlatformImage, index: FsIndex): ContentReader => new ContentReader(src, image, index);

/** Command tests of a foreign platform run under qemu: without a binfmt handler every one would fail with "exec format error". */
async function checkEmulation(platform: string, loaded: LoadedPolicy): Promise<void> {
  const missing = platformsLackingEmulation([platform], hostArchitecture(), true, await binfmtHandlers());
  if (missing.length === 0) return;
  throw new PipelineError(
    'EMULATION',
    `the policy's command tests run in the ${platform} image, and this machine has no emulator for it (no enabled qemu handler in /proc/sys/fs/binfmt_misc)`,
    {
      input: 'platform',
      ...(loaded.file === undefined ? {} : { file: loaded.file }),
      hint: `${EMULATION_HINT} On Debian, when the package is installed but the handler is not registered (a fresh container), run \`update-binfmts --enable\`.`,
    },
  );
}

/**
 * Docker creates a missing bind-mount source folder; buildah and podman
 * refuse. Do as Docker, and say so, inside the workspace only: a policy never
 * makes folders elsewhere on the runner (allow-outside-workspace lets it
 * mount them, not create them).
 */
async function createMountSources(s: RunSettings, workspace: string, log: (l: string) => void): Promise<void> {
  for (const [i, m] of s.mounts.entries()) {
    if (
      await fs.stat(m.source).then(
        () => true,
        () => false,
      )
    )
      continue;
    // The one confinement rule again, without allow-outside-workspace: its refusal is only the cause of the error below.
    const subject = `containerRunOptions.bindMounts[${i}]`;
    await confinePath(m.source, { workspace }, { subject, hint: '' }).catch((e: unknown) => {
      throw new PipelineError(
        'POLICY',
        `${subject}: expected an existing folder outside the workspace, got ${m.source}, which does not exist (test-image creates missing sources only inside the workspace)`,
        {
          hint: `Create ${m.source} in an earlier step, or mount a folder of the workspace.`,
          cause: e,
        },
      );
    });
    await fs.mkdir(m.source, { recursive: true });
    log(`  created the missing bind-mount source ${m.source}, as Docker does`);
  }
}

/** The registry a docker-transport image is pulled from (none for files): the one the auth file needs. */
function pullRegistries(image: ImageRef): string[] {
  if (image.transport !== 'docker') return [];
  const r = parseReference(image.reference);
  return r.ok ? [r.value.registry] : [];
}

interface SuiteContext {
  opts: CheckOptions;
  /** The platform of the image the file tests read; the command tests run the same one. */
  platform: string;
  notices: string[];
  /** The scanned image's config, so the runtime can tell it loaded the same. */
  scanned?: ScannedImage;
}

async function runSuites(
  view: ImageView,
  loaded: LoadedPolicy,
  transport: ImageRef,
  work: string,
  log: (l: string) => void,
  reader: ContentReader,
  ctx: SuiteContext,
): Promise<TestOutcome[]> {
  const p = loaded.policy;
  // re2js only for a policy with a pattern (issue 17): the checks below compile synchronously.
  if (policyUsesRegex(p)) await loadRegexEngine();
  const out: TestOutcome[] = [];
  (p.fileExistenceTests ?? []).forEach((t, i) => out.push(fileExistence(view, t, loaded.lineOf(['fileExistenceTests', i]))));
  out.push(...(await fileContents(reader, p.fileContentTests ?? [], (i) => loaded.lineOf(['fileContentTests', i]))));
  if (p.metadataTest !== undefined) out.push(metadata(view, p.metadataTest, loaded.lineOf(['metadataTest'])));
  for (const [i, t] of (p.licenseTests ?? []).entries()) out.push(await licenses(view, reader, t, i, loaded.lineOf(['licenseTests', i])));
  const commands = p.commandTests ?? [];
  if (commands.length > 0) {
    log(`Running ${commands.length} command test${commands.length === 1 ? '' : 's'} (${ctx.platform})`);
    const settings = await resolveRunOptions(p.containerRunOptions, {
      env: ctx.opts.env ?? process.env,
      workspace: ctx.opts.workspace ?? process.cwd(),
      network: ctx.opts.commandNetwork ?? 'none',
      privileges: ctx.opts.commandPrivileges ?? 'none',
      allowOutsideWorkspace: ctx.opts.allowOutsideWorkspace === true,
      platform: ctx.platform,
      ...(ctx.opts.commandTimeoutMs === undefined ? {} : { timeoutMs: ctx.opts.commandTimeoutMs }),
    });
    await checkEmulation(ctx.platform, loaded);
    for (const n of describeRunSettings(settings)) {
      log(`  ${n}`);
      ctx.notices.push(n);
    }
    await createMountSources(settings, ctx.opts.workspace ?? process.cwd(), log);
    const [os_, arch, variant] = ctx.platform.split('/');
    // buildah/podman/skopeo read the registry themselves: they get the scan's credentials in a private auth file, gone once the image is loaded.
    const choice = await withAuthFile(pullRegistries(transport), credentialResolver(ctx.opts.connect?.auth ?? NO_AUTH), (authFile) => {
      const pull: ImageRef = transport.transport === 'docker' && authFile !== undefined ? { ...transport, authFile: authFile.path } : transport;
      return openRuntime(
        pull,
        async () => {
          const file = path.join(work, 'image.tar');
          const pick = ['--override-os', os_ ?? 'linux', '--override-arch', arch ?? '', ...(variant === undefined ? [] : ['--override-variant', variant])];
          const r = await run('skopeo', [
            'copy',
            '--quiet',
            ...pick,
            ...pullFlags(pull, '--src-tls-verify'),
            ...authFlags(pull, '--src-authfile'),
            formatRef(pull),
            `docker-archive:${file}:test-image:test`,
          ]);
          if (r.code !== 0) {
            const refused = pullError('skopeo', pull, r.stderr);
            throw refused.code === 'AUTH'
              ? refused
              : new PipelineError('BUILDER', `skopeo could not write a docker archive for docker load: ${r.stderr.trim()}`);
          }
          return file;
        },
        settings,
        ctx.scanned,
      );
    });
    if ('unavailable' in choice) {
      throw new PipelineError('NO_BUILDER', `the policy has ${commands.length} command test${commands.length === 1 ? '' : 's'}, but ${choice.unavailable}`, {
        ...(loaded.file === undefined ? {} : { file: loaded.file }),
        ...(loaded.lineOf(['commandTests']) === undefined ? {} : { line: loaded.lineOf(['commandTests']) as number }),
        hint: 'Install buildah (or run on a runner with podman/docker), or move the commandTests to a policy used where one is available.',
      });
    }
    log(`  with ${choice.runtime.name}`);
    try {
      const imageEnv = view.container.Env ?? [];
      const runtime = choice.runtime;
      // Each test's container is created while the test before it runs (a fresh one per test, as before; never two
      // ahead). Not on vfs, where a container is a full copy of the image: there one exists at a time, as before.
      const ahead = runtime.store?.driver !== 'vfs';
      let next: Promise<Container> | undefined;
      for (const [i, t] of commands.entries()) {
        const globals = p.globalEnvVars ?? [];
        const own = t.envVars ?? [];
        const container = next;
        next = ahead && i + 1 < commands.length ? runtime.create() : undefined;
        // Its failure is this test's next one's, reported when that test starts; close() removes it if that never comes.
        next?.catch(() => undefined);
        out.push(
          await runCommandTest(
            choice.runtime,
            t,
            testEnv(imageEnv, globals, own),
            loaded.lineOf(['commandTests', i]),
            expansionEnv(imageEnv, globals, own, (t.setup?.length ?? 0) > 0),
            container,
          ),
        );
      }
    } finally {
      await choice.runtime.close();
    }
  }
  return out;
}
