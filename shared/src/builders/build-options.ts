/**
 * docker/build-push-action's build options, so its `with:` block works on
 * build-image: parsed here from the inputs (pure, every bad value an error
 * naming the input, line and the accepted forms), checked against the builder
 * that runs (what buildah/podman cannot do is refused before anything runs),
 * and turned into each builder's flags.
 *
 * What buildah 1.28 / podman 4.3 make of them, checked on this machine with
 * chroot isolation (how build-image runs RUN steps: no user namespaces or
 * runc needed on a runner): --build-context (folder, https tarball,
 * docker-image://), --secret id=,env=, --ssh, --add-host, --ulimit and
 * --pull=always take effect; --network accepts only host ("cannot set
 * --network other than host with --isolation chroot"), which is what chroot
 * isolation gives every RUN step anyway; --shm-size and --cgroup-parent are
 * accepted but change nothing (the RUN step sees the runner's /dev/shm and
 * cgroup), so they are passed and a notice says so.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { PipelineError } from '../errors.js';
import { preview } from '../preview.js';
import { getBoolean, getInput, type Env } from '../action/inputs.js';
import { getListItems, readList } from '../action/input-list.js';
import { parseReference } from '../registry/reference.js';
import { NETWORK_MODES, type BuildContext, type BuildOptions, type BuilderName, type NetworkMode } from './builder.js';

const CONTEXT_NAME = /^[A-Za-z0-9][A-Za-z0-9_./:@-]*$/;
const SSH_ITEM = /^[A-Za-z0-9_.-]+(?:=\S.*)?$/;
const ADD_HOST = /^[A-Za-z0-9_.-]+[:=]\S+$/;
const SHM_SIZE = /^\d+(?:\.\d+)?[bkmgBKMG]?[bB]?$/;
const ULIMIT = /^[a-z]+=-?\d+(?::-?\d+)?$/;
const STAGE = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const ENTITLEMENT = /^[a-z]+(?:\.[a-z]+)*(?:=\S+)?$/;

const fail = (input: string, message: string, hint: string, line?: number): PipelineError =>
  new PipelineError('INPUT', `input '${input}'${line === undefined ? '' : ` line ${line}`} ${message}`, {
    input,
    hint,
    ...(line === undefined ? {} : { line }),
  });

/** A git source (buildx fetches it itself; buildah would take it for a tarball URL). */
const isGitSource = (v: string): boolean =>
  v.startsWith('git@') || v.startsWith('git://') || v.startsWith('github.com/') || (/^https?:\/\//.test(v) && (/\.git(?:#|$)/.test(v) || v.includes('#')));

const DOCKER_IMAGE = 'docker-image://';
/** Longer than HTTP servers take in a request line (nginx refuses past 8 KiB by default): never a real tarball URL. */
const MAX_URL = 8192;

/**
 * What is wrong with an image or URL source, checked at input time so a bad
 * one is refused naming the line rather than failing inside the builder.
 * Folders are checked when the build starts (resolveBuildContexts); git
 * sources and oci-layout:// are the builder's (checkBuildOptions). Undefined
 * when fine.
 */
function sourceProblem(value: string): string | undefined {
  if (value.startsWith(DOCKER_IMAGE)) {
    const ref = parseReference(value.slice(DOCKER_IMAGE.length));
    if (ref.ok) return undefined;
    // The reason only: parseReference's message quotes the whole text, which may be anything.
    const why = ref.error.reason.replace(/^'.*' is not a valid image reference: /s, '');
    return `docker-image:// does not name an image (${preview(why, { max: 80 })})`;
  }
  if (/^https?:\/\//i.test(value)) {
    if (value.length > MAX_URL) return `is a URL of ${value.length} characters, more than ${MAX_URL}`;
    // WHATWG URL parsing: what does not parse is no address a builder could fetch (and an http(s) URL that parses has a host).
    if (!URL.canParse(value)) return 'is not a valid URL';
  }
  return undefined;
}

function buildContexts(env: Env): BuildContext[] {
  const seen = new Set<string>();
  return getListItems(env, 'build-contexts', { ignoreComma: true }).map((item) => {
    const eq = item.value.indexOf('=');
    const name = eq < 0 ? '' : item.value.slice(0, eq).trim();
    const value = eq < 0 ? '' : item.value.slice(eq + 1).trim();
    const hint =
      'Write name=<folder>, name=docker-image://<image>[:tag|@digest] or name=https://<url of a tarball>, one per line; FROM name or COPY --from=name uses it.';
    if (eq <= 0 || !CONTEXT_NAME.test(name) || value === '')
      throw fail('build-contexts', `('${preview(item.value, { max: 60 })}') is not name=value`, hint, item.line);
    if (value.startsWith('target:'))
      throw fail('build-contexts', `('${preview(item.value, { max: 60 })}'): target: contexts are docker/bake-action's, not a build's`, hint, item.line);
    if (seen.has(name)) throw fail('build-contexts', `names the context '${name}' twice`, hint, item.line);
    const problem = sourceProblem(value);
    if (problem !== undefined) throw fail('build-contexts', `('${preview(item.value, { max: 60 })}'): the source ${problem}`, hint, item.line);
    seen.add(name);
    return { name, value, line: item.line };
  });
}

function network(env: Env): NetworkMode | undefined {
  const v = getInput(env, 'network');
  if (v === '') return undefined;
  if ((NETWORK_MODES as readonly string[]).includes(v)) return v as NetworkMode;
  throw fail(
    'network',
    `is '${preview(v)}', which is not one of ${NETWORK_MODES.join(', ')}`,
    `Set network to ${NETWORK_MODES.join(', ')} (buildx's modes for RUN steps).`,
  );
}

/** Items of a comma/line list input, each matching `pattern`, else an error with `form`. */
function checkedList(env: Env, name: string, pattern: RegExp, form: string, opts: { ignoreComma?: boolean } = {}): string[] {
  return getListItems(env, name, opts).map((item) => {
    if (!pattern.test(item.value))
      throw fail(
        name,
        `has '${preview(item.value, { max: 60 })}', expected ${form}`,
        `Write ${form}, one per line${opts.ignoreComma === true ? '' : ' or comma-separated'}.`,
        item.line,
      );
    return item.value;
  });
}

export interface ParsedOptions {
  /** Absent when no option was given, so a plain build's inputs and plan stay as they were. */
  options?: BuildOptions;
  /** Notices for inputs accepted without an effect here (attestations, sbom): logged when the build starts. */
  notices: string[];
}

/**
 * build-push-action's build options from the inputs. Pure over `env` (the
 * SSH agent is looked up in it). `buildxInstance` comes from `builder`
 * (builderOf), not from here.
 */
export function parseBuildOptions(env: Env): ParsedOptions {
  const notices: string[] = [];
  const o: { -readonly [K in keyof BuildOptions]: BuildOptions[K] } = {};
  const contexts = buildContexts(env);
  if (contexts.length > 0) o.buildContexts = contexts;
  if (getBoolean(env, 'pull', false)) o.pull = true;
  const net = network(env);
  if (net !== undefined) o.network = net;
  const ssh = checkedList(env, 'ssh', SSH_ITEM, 'default, <id> or <id>=<agent socket or key file>');
  if (ssh.some((s) => !s.includes('=')) && (env.SSH_AUTH_SOCK ?? '') === '') {
    throw fail(
      'ssh',
      `has '${ssh.find((s) => !s.includes('='))}', which uses the SSH agent, but SSH_AUTH_SOCK is not set`,
      'Start an agent in an earlier step (e.g. webfactory/ssh-agent), or name a key file: default=/path/to/key.',
    );
  }
  if (ssh.length > 0) o.ssh = ssh;
  // buildx takes host=ip too; buildah only host:ip.
  const hosts = checkedList(env, 'add-hosts', ADD_HOST, 'host:ip (e.g. docker:10.180.0.1)').map((h) => h.replace('=', ':'));
  if (hosts.length > 0) o.addHosts = hosts;
  const shm = getInput(env, 'shm-size');
  if (shm !== '') {
    if (!SHM_SIZE.test(shm)) throw fail('shm-size', `is '${preview(shm)}', not a size`, 'Write a number with an optional unit b, k, m or g, e.g. 2g.');
    o.shmSize = shm;
  }
  const ulimits = checkedList(env, 'ulimit', ULIMIT, 'type=soft[:hard] (e.g. nofile=1024:1024)', { ignoreComma: true });
  if (ulimits.length > 0) o.ulimits = ulimits;
  const cgroup = getInput(env, 'cgroup-parent');
  if (cgroup !== '') {
    if (/\s/.test(cgroup)) throw fail('cgroup-parent', `is '${preview(cgroup)}', which holds white space`, 'Name one cgroup, e.g. /actions_job.');
    o.cgroupParent = cgroup;
  }
  const filters = checkedList(env, 'no-cache-filters', STAGE, 'a stage name of the Dockerfile');
  if (filters.length > 0) o.noCacheFilters = filters;
  const allow = checkedList(env, 'allow', ENTITLEMENT, 'an entitlement such as network.host or security.insecure');
  if (allow.length > 0) o.allow = allow;

  const call = getInput(env, 'call');
  if (call !== '' && call !== 'build') {
    throw fail(
      'call',
      `is '${preview(call)}': build-image always builds (call: build), since test-image and distribute-image need the image`,
      "Remove call, or run 'docker buildx build --call=" + preview(call) + "' in a step of its own to check the Dockerfile without building.",
    );
  }
  notices.push(...attestationNotices(env));
  return { ...(Object.keys(o).length > 0 ? { options: o } : {}), notices };
}

const SBOM_NOTICE =
  "build-image attaches no SBOM to the image it builds: test-image writes the image's SBOM (its sbom and sbom-cyclonedx outputs, SPDX 2.3 and CycloneDX 1.6) and distribute-image attaches it to the pushed image (attach), without changing its digest";

/**
 * `sbom` and `attests` (buildx attestations). Provenance is ours to write
 * (the provenance input); an SBOM is test-image's job, so `sbom: true` and
 * `type=sbom` are a notice saying where it comes from. Any other attestation
 * type is not one buildx knows either: an error.
 */
function attestationNotices(env: Env): string[] {
  const notices: string[] = [];
  const sbom = getInput(env, 'sbom');
  let wantsSbom = sbom !== '' && sbom.toLowerCase() !== 'false';
  for (const item of readList(getInput(env, 'attests', { trim: false }), 'attests', { ignoreComma: true })) {
    const type = /(?:^|,)\s*type=([a-z-]+)/.exec(item.value)?.[1];
    if (type === 'sbom') wantsSbom = true;
    else if (type === 'provenance')
      notices.push(
        `attests line ${item.line}: provenance is build-image's own SLSA v1 statement (the provenance input and output); the line's other attributes are not used`,
      );
    else
      throw fail(
        'attests',
        `('${preview(item.value, { max: 60 })}') is not type=sbom or type=provenance`,
        'Write type=sbom[,...] or type=provenance[,...]: the attestation types buildx has.',
        item.line,
      );
  }
  if (wantsSbom) notices.push(SBOM_NOTICE);
  return notices;
}

/**
 * What the chosen builder cannot do, refused before anything runs: buildah
 * and podman (chroot isolation) cannot give RUN steps a network of their own,
 * and take neither git nor OCI-layout build contexts.
 */
export function checkOptionsForBuilder(options: BuildOptions | undefined, builder: BuilderName): PipelineError | undefined {
  if (options === undefined || builder === 'docker') return undefined;
  if (options.network === 'none') {
    return new PipelineError(
      'INPUT',
      `input 'network' is 'none', which ${builder} cannot do with chroot isolation (how build-image runs RUN steps): it shares the runner's network`,
      {
        input: 'network',
        hint: 'Remove network (or set default or host), or use builder: docker, whose BuildKit gives RUN steps no network.',
      },
    );
  }
  for (const c of options.buildContexts ?? []) {
    if (isGitSource(c.value) || c.value.startsWith('oci-layout://')) {
      return new PipelineError(
        'INPUT',
        `input 'build-contexts' line ${c.line}: ${builder} cannot use '${preview(c.value, { max: 60 })}' as a build context (${isGitSource(c.value) ? 'a git source' : 'an OCI layout'})`,
        {
          input: 'build-contexts',
          line: c.line,
          hint: `${builder} takes a folder, an https URL of a tarball, or docker-image://<image>: check the source out (or copy the image) in an earlier step, or use builder: docker.`,
        },
      );
    }
  }
  return undefined;
}

/** Notices for options the builder takes but that change nothing there, or that it does another way. */
export function optionNotices(options: BuildOptions | undefined, builder: BuilderName): string[] {
  if (options === undefined || builder === 'docker') return [];
  const out: string[] = [];
  if (options.shmSize !== undefined || options.cgroupParent !== undefined) {
    const which = [options.shmSize !== undefined ? 'shm-size' : '', options.cgroupParent !== undefined ? 'cgroup-parent' : '']
      .filter((x) => x !== '')
      .join(' and ');
    out.push(`${which}: passed to ${builder}, but with chroot isolation RUN steps see the runner's own /dev/shm and cgroup, so it changes nothing`);
  }
  if (options.noCacheFilters !== undefined) {
    // Honouring the intent (these stages must run again) over speed: reusing a stale stage silently would be the surprise.
    out.push(
      `no-cache-filters: ${builder} has no per-stage no-cache, so no stage is taken from the cache (as no-cache: true); ${options.noCacheFilters.join(', ')} run again, and so does every other stage`,
    );
  }
  if (options.allow !== undefined) {
    out.push(
      `allow: entitlements are BuildKit's; ${builder} with chroot isolation runs RUN steps with the runner's network and as root, so ${options.allow.join(', ')} needs no grant`,
    );
  }
  return out;
}

/** Whether the plan reuses no cached step: `no-cache`, or `no-cache-filters` on a builder without per-stage no-cache. */
export const noCacheFor = (noCache: boolean, options: BuildOptions | undefined, builder: BuilderName): boolean =>
  noCache || (builder !== 'docker' && (options?.noCacheFilters?.length ?? 0) > 0);

/** The flags buildah bud and podman build take for the options (no-cache-filters and allow have none there: see optionNotices). */
export function containersOptionArgs(options: BuildOptions | undefined): string[] {
  if (options === undefined) return [];
  const args: string[] = [];
  for (const c of options.buildContexts ?? []) args.push('--build-context', `${c.name}=${c.value}`);
  if (options.pull === true) args.push('--pull=always');
  // default is chroot isolation's own (the runner's network); host says so outright.
  if (options.network === 'host') args.push('--network', 'host');
  for (const s of options.ssh ?? []) args.push('--ssh', s);
  for (const h of options.addHosts ?? []) args.push('--add-host', h);
  if (options.shmSize !== undefined) args.push('--shm-size', options.shmSize);
  for (const u of options.ulimits ?? []) args.push('--ulimit', u);
  if (options.cgroupParent !== undefined) args.push('--cgroup-parent', options.cgroupParent);
  return args;
}

/** The flags docker buildx build takes for the options, as build-push-action passes them. */
export function buildxOptionArgs(options: BuildOptions | undefined): string[] {
  if (options === undefined) return [];
  const args: string[] = [];
  if (options.buildxInstance !== undefined) args.push('--builder', options.buildxInstance);
  for (const h of options.addHosts ?? []) args.push('--add-host', h);
  for (const a of options.allow ?? []) args.push('--allow', a);
  for (const c of options.buildContexts ?? []) args.push('--build-context', `${c.name}=${c.value}`);
  if (options.cgroupParent !== undefined) args.push('--cgroup-parent', options.cgroupParent);
  for (const f of options.noCacheFilters ?? []) args.push('--no-cache-filter', f);
  if (options.shmSize !== undefined) args.push('--shm-size', options.shmSize);
  for (const s of options.ssh ?? []) args.push('--ssh', s);
  for (const u of options.ulimits ?? []) args.push('--ulimit', u);
  if (options.network !== undefined) args.push('--network', options.network);
  if (options.pull === true) args.push('--pull');
  return args;
}

/** setup-buildx-action's generated builder name (its `name` output): `builder-<uuid>`. */
const SETUP_BUILDX_NAME = /^builder-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const INSTANCE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/**
 * `builder`: ours (auto, buildah, docker, podman), or build-push-action's
 * meaning, a buildx builder instance. An instance means buildx, so it is
 * taken as builder docker with `--builder <name>` when that is unambiguous:
 * setup-buildx-action's generated name (`builder-<uuid>`, what
 * `${{ steps.buildx.outputs.name }}` gives) or `docker:<name>`. Any other word
 * is an error naming both meanings rather than a guess: a typo of ours
 * (`buildha`) must not turn into a buildx run that fails later and elsewhere.
 */
export function builderOf(env: Env, ours: readonly string[]): { builder: string; instance?: string } {
  const v = getInput(env, 'builder');
  if (v === '') return { builder: 'auto' };
  if (ours.includes(v)) return { builder: v };
  const named = v.startsWith('docker:') ? v.slice('docker:'.length) : SETUP_BUILDX_NAME.test(v) ? v : undefined;
  if (named !== undefined && INSTANCE_NAME.test(named)) return { builder: 'docker', instance: named };
  throw new PipelineError('INPUT', `input 'builder' is '${preview(v)}', which is not one of ${ours.join(', ')}`, {
    input: 'builder',
    hint:
      `Set builder to one of: ${ours.join(', ')}. In docker/build-push-action, builder names a buildx builder instance: ` +
      "setup-buildx-action's name output (builder-<uuid>) is taken as one; for another instance write docker:<name>.",
  });
}

/** A build context that is a folder (not docker-image://, a URL or a git source). */
const isFolderContext = (v: string): boolean => !/^[a-z][a-z0-9+.-]*:\/\//i.test(v) && !isGitSource(v);

/** The images `build-contexts` pulls (docker-image://), so the builder gets registry access for them. */
export const contextImages = (options: BuildOptions | undefined): string[] =>
  (options?.buildContexts ?? []).flatMap((c) => (c.value.startsWith('docker-image://') ? [c.value.slice('docker-image://'.length)] : []));

/**
 * Folder contexts resolved against the workspace and checked to be folders
 * when the build starts (the builder's own message would name neither the
 * input nor the line); the other forms pass unchanged.
 */
export async function resolveBuildContexts(options: BuildOptions | undefined, workspace: string): Promise<BuildOptions | undefined> {
  if (options?.buildContexts === undefined) return options;
  const out: BuildContext[] = [];
  for (const c of options.buildContexts) {
    if (!isFolderContext(c.value)) {
      out.push(c);
      continue;
    }
    const dir = path.resolve(workspace, c.value);
    const st = await fs.stat(dir).catch(() => undefined);
    if (st === undefined || !st.isDirectory()) {
      throw fail(
        'build-contexts',
        `('${c.name}'): '${preview(c.value, { max: 60 })}' ${st === undefined ? 'does not exist' : 'is not a folder'}`,
        'A folder context is relative to the workspace or absolute; for an image write docker-image://<image>.',
        c.line,
      );
    }
    out.push({ ...c, value: dir });
  }
  return { ...options, buildContexts: out };
}

/**
 * An image name the Dockerfile uses (FROM, COPY --from), as the build
 * resolves it: a build context of that name replaces it, by its
 * docker-image:// reference, or by no image at all for a folder or URL
 * (undefined), so base-image annotations and registry access name what
 * the builder really pulls.
 */
export function imageThroughContexts(name: string, options: BuildOptions | undefined): string | undefined {
  const c = options?.buildContexts?.find((x) => x.name === name);
  if (c === undefined) return name;
  return c.value.startsWith('docker-image://') ? c.value.slice('docker-image://'.length) : undefined;
}

/** imageThroughContexts over a list, dropping the names a folder or URL context serves. */
export const imagesThroughContexts = (names: readonly string[], options: BuildOptions | undefined): string[] =>
  names.flatMap((n) => {
    const r = imageThroughContexts(n, options);
    return r === undefined ? [] : [r];
  });
