/**
 * The local pipeline: runs the three actions' committed bundles exactly as a
 * workflow would chain them (outputs of one as inputs of the next), then
 * checks that what the registry serves is the digest that was built and
 * tested. See scripts/pipeline.sh for usage.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startRegistry, type Registry } from './local/registry-server.js';
import { runPipeline, type PipelineHooks } from './local/run-pipeline.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Args {
  dir: string;
  push?: string;
  help?: boolean;
}

function parseArgs(argv: string[]): Args {
  let dir: string | undefined;
  let push: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--push') {
      push = argv[++i];
      if (push === undefined) fail('--push needs a reference, e.g. --push registry.example.com/team/app:dev');
    } else if (a === '--help' || a === '-h') {
      console.log('usage: npm run pipeline -- [<image repository dir>] [--push <reference>]');
      return { dir: '', help: true };
    } else if (a.startsWith('-')) fail(`unknown option ${a}; usage: npm run pipeline -- [<dir>] [--push <ref>]`);
    else if (dir === undefined) dir = a;
    else fail(`unexpected argument ${a}; usage: npm run pipeline -- [<dir>] [--push <ref>]`);
  }
  return push === undefined
    ? { dir: path.resolve(dir ?? path.join(repoRoot, 'examples/hello')) }
    : { dir: path.resolve(dir ?? path.join(repoRoot, 'examples/hello')), push };
}

/** Thrown, not exited, so `finally` blocks stop the registry and remove temporary files. */
class Failure extends Error {}

function fail(message: string): never {
  throw new Failure(message);
}

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;

/** A stage's own log lines, indented, and a heartbeat while it is quiet. */
function progress(): PipelineHooks & { stop(): void } {
  let last = Date.now();
  const beat = setInterval(() => {
    if (Date.now() - last > 10000) console.log(`   ... still running (${elapsed()})`);
  }, 10000);
  return {
    onStageStart: (s) => {
      last = Date.now();
      console.log(`\n== ${s} (${elapsed()})`);
    },
    onLine: (_s, l) => {
      last = Date.now();
      if (!l.startsWith('::debug::') && !l.startsWith('::add-mask::')) console.log(`   ${l}`);
    },
    stop: () => clearInterval(beat),
  };
}

function gitValue(dir: string, args: string[], fallback: string): string {
  try {
    return (
      execFileSync('git', ['-C', dir, ...args], { stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim() || fallback
    );
  } catch {
    return fallback;
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.help === true) return;
  if (!existsSync(args.dir)) fail(`${args.dir} does not exist; pass an image repository folder (with a Dockerfile or Containerfile).`);
  const prepare = path.join(args.dir, 'prepare.sh');
  if (existsSync(prepare)) {
    console.log(`== prepare: ${path.relative(process.cwd(), prepare) || prepare}`);
    execFileSync('bash', [prepare], { stdio: 'inherit', cwd: args.dir });
  }
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'image-pipeline-'));
  const name = path
    .basename(args.dir)
    .toLowerCase()
    .replace(/[^a-z0-9._-]/g, '-');
  const sha = gitValue(args.dir, ['rev-parse', 'HEAD'], '0'.repeat(40));
  const branch = gitValue(args.dir, ['rev-parse', '--abbrev-ref', 'HEAD'], 'main');
  const env = {
    GITHUB_ACTIONS: 'false',
    GITHUB_REPOSITORY: `local/${name}`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_SHA: sha,
    GITHUB_REF: `refs/heads/${branch === 'HEAD' ? 'main' : branch}`,
    GITHUB_REF_NAME: branch === 'HEAD' ? 'main' : branch,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_WORKSPACE: args.dir,
  };
  let registry: Registry | undefined;
  const hooks = progress();
  try {
    let destination = args.push;
    if (destination === undefined) {
      console.log(`\n== starting a throwaway registry on loopback`);
      registry = await startRegistry();
      destination = `${registry.host}/${name}`;
      console.log(`   ${registry.url}`);
    }
    const policyFile = ['image-policy.yml', 'image-policy.yaml', '.image-policy.yml'].map((f) => path.join(args.dir, f)).find((f) => existsSync(f));
    const result = await runPipeline(
      {
        build: { context: args.dir, output: path.join(work, 'layout') },
        test: { sarif: path.join(work, 'results.sarif'), junit: path.join(work, 'junit.xml'), ...(policyFile !== undefined ? { policy: policyFile } : {}) },
        distribute: { destinations: destination },
        push: true,
      },
      { actionsRoot: repoRoot, env, cwd: args.dir, runnerTemp: work, ...(registry !== undefined ? { connect: { insecureRegistries: [registry.host] } } : {}) },
      hooks,
    );
    if (result.failed !== undefined) fail(`${result.failed} failed; its messages are above.`);
    const build = result.build.outputs;
    const dist = result.distribute?.outputs ?? {};

    // Independent check with skopeo: the registry serves the digest we built and tested.
    const pushedRefs = JSON.parse(dist.refs ?? '[]') as Array<{ ref: string; digest: string }>;
    const firstRef = pushedRefs[0]?.ref ?? destination;
    const tls = registry !== undefined ? ['--tls-verify=false'] : [];
    const servedDigest = (JSON.parse(execFileSync('skopeo', ['inspect', ...tls, `docker://${firstRef}`]).toString()) as { Digest: string }).Digest;
    const verified = servedDigest === build.digest && dist.digest === build.digest;
    const t = result.test.outputs;
    console.log(`\n== report (${elapsed()})`);
    console.log(`   image      ${args.dir}`);
    console.log(`   digest     ${build.digest}`);
    console.log(`   tags       ${(build.tags ?? '').split('\n').filter(Boolean).join(', ')}`);
    console.log(
      `   test       ${t.result ?? '?'} (${t.findings ?? '?'} findings)${policyFile !== undefined ? `, policy ${path.relative(args.dir, policyFile)}` : ''}`,
    );
    console.log(`   pushed to  ${pushedRefs.map((r) => r.ref).join(', ') || destination}`);
    console.log(`   verified   ${verified ? 'yes: the registry serves the digest that was built and tested' : `NO: the registry serves ${servedDigest}`}`);
    // Signed with a throwaway key (run-pipeline.ts): each referrer as verified with its public key, from the registry.
    for (const v of result.verified ?? []) {
      const on = v.subject === build.digest ? 'the image' : v.subject;
      console.log(`   signed     ${v.predicateType} on ${on}: verified with key ${v.keyHint.slice(0, 16)}… (${v.destination}@${v.digest.slice(0, 19)}…)`);
    }
    if (!verified) process.exitCode = 1;
  } finally {
    hooks.stop();
    await registry?.stop();
    await fs.rm(work, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (e) {
  console.error(`pipeline: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = e instanceof Failure ? 2 : 1;
}
