/**
 * Registry access for a build: buildah, podman and buildx read registries
 * themselves (base images of every stage, `COPY --from=<image>`, cache import
 * and export), so they get what the other actions' registry client gets —
 * the same credentials (registry-auth, github-token, ECR, Docker's
 * config.json, found by the one resolver in registry/credentials) and the
 * same plain-HTTP rule (registry/transport/scheme.ts).
 *
 * Nothing secret goes on argv: buildah/podman get a containers-auth.json
 * (`--authfile`, written by auth-file.ts); buildx gets a DOCKER_CONFIG folder
 * of its own. Plain HTTP is a registries.conf drop-in with `insecure = true`
 * per registry under a private HOME (containers/image reads
 * `$HOME/.config/containers/registries.conf.d/*.conf` on top of the system
 * file), never the global `--tls-verify=false`, which would also turn TLS off
 * for every other registry of the build. Everything lives in one 0700 folder
 * (files 0600) that dispose() removes whatever happened.
 */
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeAuthFile } from '../registry/credentials/auth-file.js';
import { credentialEnv, credentialResolver, type Credentials, type CredentialResolver } from '../registry/credentials/credentials.js';
import { dockerConfigDir } from '../registry/credentials/docker-config.js';
import type { ConnectInputs } from '../registry/client/connect-inputs.js';
import { credentialKey, normalizeRegistry, parseReference } from '../registry/reference.js';
import { usesPlainHttp } from '../registry/transport/scheme.js';
import type { BuilderName } from './builder.js';
import { neededStages, stageReads, stageRef, type Dockerfile } from './dockerfile.js';

/** Where the folders go, under a name tests can look for. */
export const ACCESS_DIR_PREFIX = 'image-pipeline-registry-';

/** The drop-in's name: after the distribution's own (lower numbers), so our `insecure` wins for our registries. */
export const DROP_IN_NAME = '50-image-pipeline.conf';

/**
 * Every external image the needed stages read: FROM of each stage and
 * `COPY --from=` / `RUN --mount=...,from=` naming an image rather than a
 * stage, with ARGs expanded as the builder will: a FROM sees the global ARGs
 * (before the first FROM), an instruction inside a stage also the stage's own
 * ARGs declared above it (`ARG TOOLS=reg/tools:1`, or `ARG TOOLS` taking the
 * global default), each overridden by a build-arg of its name. A global ARG
 * the stage does not declare again still expands here, although buildah then
 * refuses the empty name itself: credentials for one registry too many are
 * harmless, one too few fail the pull. Pure.
 */
export function imagesPulled(df: Dockerfile, target: string | undefined, buildArgs: ReadonlyMap<string, string>): string[] {
  const out = new Set<string>();
  for (const s of neededStages(df, target, buildArgs))
    for (const ref of stageReads(df, s, buildArgs)) if (ref !== '' && ref.toLowerCase() !== 'scratch' && stageRef(df, ref, s.index) === undefined) out.add(ref);
  return [...out];
}

/**
 * The registries of these image references and cache repositories,
 * canonical (`debian` is docker.io, Docker Hub's aliases folded), each once.
 * A name that does not parse (a variable the builder will fill) is skipped:
 * the builder then reads it anonymously and says so itself. Pure.
 */
export function registriesOf(refs: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const ref of refs) {
    const r = parseReference(ref);
    if (r.ok) out.add(normalizeRegistry(r.value.registry));
  }
  return [...out];
}

/** A TOML basic string: quotes, backslashes and control characters escaped (toml.io, "Basic strings"). */
export function tomlString(text: string): string {
  let out = '';
  for (const c of text) {
    const code = c.charCodeAt(0);
    if (c === '\\' || c === '"') out += `\\${c}`;
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += c;
  }
  return `"${out}"`;
}

/** The registries.conf(5) drop-in that lets containers/image speak plain HTTP to these registries only. Pure. */
export function insecureDropIn(registries: readonly string[]): string {
  const blocks = registries.map((r) => `[[registry]]\nlocation = ${tomlString(r)}\ninsecure = true\n`);
  return `# Written by image-pipeline for one build: plain HTTP for these registries only (loopback or insecure-registries).\n${blocks.join('\n')}`;
}

interface DockerConfigFile {
  auths?: Record<string, unknown>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
  [key: string]: unknown;
}

/**
 * buildx's config.json: the user's own (proxies, plugin settings, other
 * registries' auths) with our credentials in `auths`. A credential helper or
 * store would take precedence over `auths` for the registries we resolved, so
 * those helper entries and the default store go: their credentials were
 * already asked for by our resolver. Pure.
 */
export function dockerConfigJson(
  original: DockerConfigFile | undefined,
  found: ReadonlyArray<readonly [string, Pick<Credentials, 'username' | 'password'>]>,
): string {
  const out: DockerConfigFile = { ...(original ?? {}) };
  const auths: Record<string, unknown> = { ...(out.auths ?? {}) };
  const helpers: Record<string, string> = { ...(out.credHelpers ?? {}) };
  for (const [registry, c] of found) {
    const key = credentialKey(normalizeRegistry(registry));
    auths[key] = { auth: Buffer.from(`${c.username}:${c.password}`, 'utf8').toString('base64') };
    delete helpers[key];
    delete helpers[normalizeRegistry(registry)];
  }
  out.auths = auths;
  if (Object.keys(helpers).length > 0) out.credHelpers = helpers;
  else delete out.credHelpers;
  if (found.length > 0) delete out.credsStore;
  return `${JSON.stringify(out, null, 2)}\n`;
}

export interface RegistryAccessOptions {
  builder: BuilderName;
  /** Every registry the build reads or writes (host[:port], any spelling). */
  registries: Iterable<string>;
  connect?: ConnectInputs;
  /** Parent of the private folder (RUNNER_TEMP). */
  tmp?: string;
  /** Receives every secret found on the way (ECR tokens, config.json entries). */
  mask?: (secret: string) => void;
  /**
   * The step's environment, where HOME, DOCKER_CONFIG and the credential
   * variables are read from. Required, never process.env by default: a
   * caller (or a test) that leaves it out would pick up the runner's own
   * Docker config and keys (the rule of credentials.ts).
   */
  env: NodeJS.ProcessEnv;
  /** The resolver to use; default one built from `connect` (tests inject). */
  resolve?: CredentialResolver;
}

export interface RegistryAccess {
  /** containers-auth.json for `--authfile` (buildah, podman); undefined when no registry has credentials. */
  authFile?: string;
  /** Variables the builder runs with: HOME for the drop-in, DOCKER_CONFIG for buildx. */
  builderEnv: Record<string, string>;
  /** Registries we found credentials for (canonical name -> where they came from, never the secret), for messages. */
  authenticated: Map<string, string>;
  /** Registries spoken to over plain HTTP. */
  plainHttp: string[];
  /** Removes every file written; never throws. */
  dispose(): Promise<void>;
}

/** Links the user's own containers configuration into the private HOME, so changing HOME changes nothing but our drop-in. */
async function mirrorUserContainersConfig(fromHome: string, toHome: string): Promise<void> {
  const from = path.join(fromHome, '.config', 'containers');
  const to = path.join(toHome, '.config', 'containers');
  // containers.conf and storage.conf are read from HOME only when rootless; linked all the same so a rootless runner keeps them.
  for (const name of ['policy.json', 'registries.conf', 'containers.conf', 'storage.conf']) {
    const src = path.join(from, name);
    if (await exists(src)) await fs.symlink(src, path.join(to, name));
  }
  const dropIns = await fs.readdir(path.join(from, 'registries.conf.d')).catch(() => [] as string[]);
  for (const name of dropIns) {
    if (name.endsWith('.conf') && name !== DROP_IN_NAME) await fs.symlink(path.join(from, 'registries.conf.d', name), path.join(to, 'registries.conf.d', name));
  }
  // containers/image falls back to $HOME/.docker/config.json for registries not in --authfile.
  const docker = path.join(fromHome, '.docker');
  if (await exists(docker)) await fs.symlink(docker, path.join(toHome, '.docker'));
}

const exists = (p: string): Promise<boolean> =>
  fs.stat(p).then(
    () => true,
    () => false,
  );

/** A DOCKER_CONFIG of our own for buildx: the user's folder linked entry by entry (plugins, buildx builders, contexts), config.json ours. */
async function writeDockerConfig(dir: string, originalDir: string, found: Array<[string, Credentials]>): Promise<void> {
  await fs.mkdir(dir, { mode: 0o700 });
  let original: DockerConfigFile | undefined;
  try {
    original = JSON.parse(await fs.readFile(path.join(originalDir, 'config.json'), 'utf8')) as DockerConfigFile;
    if (typeof original !== 'object' || original === null || Array.isArray(original)) original = undefined;
  } catch {
    original = undefined;
  }
  for (const name of await fs.readdir(originalDir).catch(() => [] as string[])) {
    if (name !== 'config.json') await fs.symlink(path.join(originalDir, name), path.join(dir, name));
  }
  await fs.writeFile(path.join(dir, 'config.json'), dockerConfigJson(original, found), { mode: 0o600, flag: 'wx' });
}

/**
 * Prepare what the builder needs to reach `registries`. Resolver failures
 * (an ECR token that cannot be had) propagate, with nothing left behind.
 */
export async function prepareRegistryAccess(opts: RegistryAccessOptions): Promise<RegistryAccess> {
  const env = opts.env;
  const registries = [...new Set([...opts.registries].map(normalizeRegistry))];
  const insecure = opts.connect?.insecureRegistries ?? [];
  const plainHttp = registries.filter((r) => usesPlainHttp(r, insecure));
  const resolve =
    opts.resolve ??
    credentialResolver({
      registryAuth: opts.connect?.registryAuth ?? [],
      githubToken: opts.connect?.githubToken ?? '',
      dockerConfigDir: dockerConfigDir(env),
      env: credentialEnv(env),
      ...(opts.connect?.ecrEndpoint !== undefined ? { ecrEndpoint: opts.connect.ecrEndpoint } : {}),
      ...(opts.mask !== undefined ? { mask: opts.mask } : {}),
    });
  const tmp = opts.tmp ?? os.tmpdir();
  // mkdtemp makes the folder 0700; chmod again in case of an unusual umask.
  const dir = await fs.mkdtemp(path.join(tmp, ACCESS_DIR_PREFIX));
  const dispose = (): Promise<void> => fs.rm(dir, { recursive: true, force: true }).catch(() => undefined);
  try {
    await fs.chmod(dir, 0o700);
    const builderEnv: Record<string, string> = {};
    const authenticated = new Map<string, string>();
    let authFile: string | undefined;
    if (opts.builder === 'docker') {
      const found: Array<[string, Credentials]> = [];
      for (const r of registries) {
        const c = await resolve(r);
        if (c !== undefined) found.push([r, c]);
      }
      for (const [r, c] of found) authenticated.set(r, c.source);
      const original = dockerConfigDir(env);
      builderEnv.DOCKER_CONFIG = path.join(dir, 'docker');
      await writeDockerConfig(builderEnv.DOCKER_CONFIG, original, found);
    } else {
      const file = await writeAuthFile(
        registries,
        async (r) => {
          const c = await resolve(r);
          if (c !== undefined) authenticated.set(r, c.source);
          return c;
        },
        dir,
      );
      authFile = file?.path;
      if (plainHttp.length > 0) {
        const home = path.join(dir, 'home');
        const dropInDir = path.join(home, '.config', 'containers', 'registries.conf.d');
        await fs.mkdir(dropInDir, { recursive: true, mode: 0o700 });
        await fs.writeFile(path.join(dropInDir, DROP_IN_NAME), insecureDropIn(plainHttp), { mode: 0o600, flag: 'wx' });
        const userHome = env.HOME !== undefined && env.HOME !== '' ? env.HOME : os.homedir();
        await mirrorUserContainersConfig(userHome, home);
        builderEnv.HOME = home;
      }
    }
    const access: RegistryAccess = { builderEnv, authenticated, plainHttp, dispose };
    if (authFile !== undefined) access.authFile = authFile;
    return access;
  } catch (e) {
    await dispose();
    throw e;
  }
}
