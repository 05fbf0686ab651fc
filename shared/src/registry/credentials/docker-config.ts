/**
 * Credentials from Docker's config.json (`DOCKER_CONFIG` or ~/.docker):
 * `credHelpers` per registry, then `credsStore`, then `auths` entries
 * (base64 `auth` or username/password). Helpers are the `docker-credential-*`
 * programs, spoken to over stdin/stdout as Docker does.
 */
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { PipelineError } from '../../errors.js';
import { preview } from '../../preview.js';
import { run } from '../../process.js';
import type { Credentials } from './credentials.js';
import { credentialKey, normalizeRegistry } from '../reference.js';

interface DockerConfig {
  auths?: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string }>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
}

/**
 * The folder of config.json for a step's env: DOCKER_CONFIG, else
 * $HOME/.docker as the docker CLI finds it (HOME of that env, else the
 * account's home). The env is the caller's, never read here from the process.
 */
export function dockerConfigDir(env: NodeJS.ProcessEnv): string {
  if (env.DOCKER_CONFIG !== undefined && env.DOCKER_CONFIG !== '') return env.DOCKER_CONFIG;
  return path.join(env.HOME !== undefined && env.HOME !== '' ? env.HOME : os.homedir(), '.docker');
}

/** Where JSON.parse stopped, as line and column; never its message, which quotes the text (a password in config.json). */
function whereJsonStops(text: string, e: unknown): string {
  const at = /at position (\d+)/.exec(e instanceof Error ? e.message : '');
  if (at === null) return '';
  const before = text.slice(0, Number(at[1]));
  const line = before.split('\n').length;
  return ` at line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const kindOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : `a ${typeof v}`);

/**
 * What is wrong with the shape of a parsed config.json, in expected/got words (kinds only, never values:
 * the file holds passwords); undefined when the fields read here are as docker writes them. Without it a
 * `null` file or an `auths` entry that is not an object ended in a TypeError that named nothing.
 */
function shapeProblem(config: unknown): string | undefined {
  if (!isObject(config)) return `expected the Docker config file to hold a JSON object, got ${kindOf(config)}`;
  for (const field of ['auths', 'credHelpers'] as const) {
    const v = config[field];
    if (v === undefined) continue;
    if (!isObject(v)) return `expected '${field}' in the Docker config file to be an object, got ${kindOf(v)}`;
    for (const [key, entry] of Object.entries(v)) {
      const ok = field === 'auths' ? isObject(entry) : typeof entry === 'string';
      if (!ok)
        return `expected '${field}.${key.slice(0, 80)}' in the Docker config file to be ${field === 'auths' ? 'an object' : 'a helper name'}, got ${kindOf(entry)}`;
    }
  }
  if (config.credsStore !== undefined && typeof config.credsStore !== 'string')
    return `expected 'credsStore' in the Docker config file to be a helper name, got ${kindOf(config.credsStore)}`;
  return undefined;
}

/** The registry a config.json key names; an empty key names none (not Docker Hub). */
const hostOfKey = (key: string): string => (key.trim() === '' ? '' : normalizeRegistry(key));

async function fromHelper(helper: string, registry: string, file: string): Promise<Credentials | undefined> {
  const program = `docker-credential-${helper}`;
  const res = await run(program, ['get'], { input: credentialKey(registry), maxBuffer: 64 * 1024 }).catch((e: unknown) => {
    throw new PipelineError('AUTH', `credential helper '${program}' named in ${file} cannot run`, {
      hint: `Install ${program} or remove it from ${file}.`,
      cause: e,
    });
  });
  if (res.code !== 0) {
    // Helpers answer "credentials not found" with a non-zero exit: anonymous then.
    if (/not found/i.test(res.stdout + res.stderr)) return undefined;
    throw new PipelineError('AUTH', `credential helper '${program}' failed for ${registry}: ${preview(res.stderr, { max: 200 })}`, { file });
  }
  let parsed: { Username?: unknown; Secret?: unknown };
  try {
    parsed = JSON.parse(res.stdout) as typeof parsed;
  } catch {
    throw new PipelineError('AUTH', `credential helper '${program}' did not answer JSON for ${registry}`, { file });
  }
  if (typeof parsed.Username !== 'string' || typeof parsed.Secret !== 'string' || parsed.Secret === '') return undefined;
  if (parsed.Username === '<token>') {
    throw new PipelineError('UNSUPPORTED', `credential helper '${program}' returned an identity token for ${registry}`, {
      hint: 'Give username/password credentials through registry-auth instead.',
    });
  }
  return { username: parsed.Username, password: parsed.Secret, source: `${program} (from ${file})` };
}

/** Credentials for `registry` from `dir`/config.json (dockerConfigDir(env) for a step's env); undefined when it has none. */
export async function dockerConfigCredentials(registry: string, dir: string): Promise<Credentials | undefined> {
  const file = path.join(dir, 'config.json');
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  let config: DockerConfig;
  try {
    config = JSON.parse(text) as DockerConfig;
  } catch (e) {
    throw new PipelineError('AUTH', `expected the Docker config file to hold JSON, got text that does not parse${whereJsonStops(text, e)}`, {
      file,
      hint: 'Fix or remove the Docker config file (docker login writes a valid one).',
    });
  }
  const problem = shapeProblem(config);
  if (problem !== undefined)
    throw new PipelineError('AUTH', problem, { file, hint: 'Fix or remove the Docker config file (docker login writes a valid one).' });
  const helperKey = Object.keys(config.credHelpers ?? {}).find((k) => hostOfKey(k) === registry);
  if (helperKey !== undefined) return fromHelper(config.credHelpers?.[helperKey] as string, registry, file);
  if (typeof config.credsStore === 'string' && config.credsStore !== '') {
    const c = await fromHelper(config.credsStore, registry, file);
    if (c !== undefined) return c;
  }
  const authKey = Object.keys(config.auths ?? {}).find((k) => hostOfKey(k) === registry);
  const entry = authKey === undefined ? undefined : config.auths?.[authKey];
  if (entry === undefined) return undefined;
  if (typeof entry.auth === 'string' && entry.auth !== '') {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const i = decoded.indexOf(':');
    if (i <= 0) throw new PipelineError('AUTH', `${file} has an 'auth' for ${authKey} that is not base64 of user:password`, { file });
    return { username: decoded.slice(0, i), password: decoded.slice(i + 1), source: file };
  }
  if (typeof entry.username === 'string' && typeof entry.password === 'string') return { username: entry.username, password: entry.password, source: file };
  return undefined;
}
