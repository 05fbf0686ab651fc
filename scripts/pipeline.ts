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
import { startRegistry, type Registry } from '../shared/src/local/registry-server.js';
import { runActionBundle, type ActionRun } from '../shared/src/local/run-action.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Args {
  dir: string;
  push?: string;
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
      process.exit(0);
    } else if (a.startsWith('-')) fail(`unknown option ${a}; usage: npm run pipeline -- [<dir>] [--push <ref>]`);
    else if (dir === undefined) dir = a;
    else fail(`unexpected argument ${a}; usage: npm run pipeline -- [<dir>] [--push <ref>]`);
  }
  return push === undefined ? { dir: path.resolve(dir ?? path.join(repoRoot, 'examples/hello')) } : { dir: path.resolve(dir ?? path.join(repoRoot, 'examples/hello')), push };
}

function fail(message: string): never {
  console.error(`pipeline: ${message}`);
  process.exit(2);
}

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;

/** Show a step's own log lines, indented, and a heartbeat while it is quiet. */
async function step(title: string, bundle: string, inputs: Record<string, string>, env: Record<string, string>, runnerTemp: string, cwd: string): Promise<ActionRun> {
  console.log(`\n== ${title} (${elapsed()})`);
  let last = Date.now();
  const beat = setInterval(() => {
    if (Date.now() - last > 10000) console.log(`   ... still running (${elapsed()})`);
  }, 10000);
  try {
    const run = await runActionBundle(path.join(repoRoot, bundle), {
      inputs,
      env,
      runnerTemp,
      cwd,
      onLine: (l) => {
        last = Date.now();
        if (!l.startsWith('::debug::') && !l.startsWith('::add-mask::')) console.log(`   ${l}`);
      },
    });
    if (run.code !== 0) fail(`${title} failed (exit ${run.code}); its messages are above.`);
    return run;
  } finally {
    clearInterval(beat);
  }
}

function gitValue(dir: string, args: string[], fallback: string): string {
  try {
    return execFileSync('git', ['-C', dir, ...args], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim() || fallback;
  } catch {
    return fallback;
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(args.dir)) fail(`${args.dir} does not exist; pass an image repository folder (with a Dockerfile or Containerfile).`);
  const prepare = path.join(args.dir, 'prepare.sh');
  if (existsSync(prepare)) {
    console.log(`== prepare: ${path.relative(process.cwd(), prepare) || prepare}`);
    execFileSync('bash', [prepare], { stdio: 'inherit', cwd: args.dir });
  }
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'image-pipeline-'));
  const name = path.basename(args.dir).toLowerCase().replace(/[^a-z0-9._-]/g, '-');
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
  try {
    const layout = path.join(work, 'layout');
    const build = await step('build-image', 'build-image/dist/index.js', { context: args.dir, output: layout }, env, work, args.dir);
    const policyFile = ['image-policy.yml', 'image-policy.yaml', '.image-policy.yml'].map((f) => path.join(args.dir, f)).find((f) => existsSync(f));
    const testInputs: Record<string, string> = { image: build.outputs.layout ?? layout, sarif: path.join(work, 'results.sarif'), junit: path.join(work, 'junit.xml') };
    if (policyFile !== undefined) testInputs.policy = policyFile;
    const tested = await step('test-image', 'test-image/dist/index.js', testInputs, env, work, args.dir);
    let destination = args.push;
    if (destination === undefined) {
      console.log(`\n== starting a throwaway registry on loopback`);
      registry = await startRegistry();
      destination = `${registry.host}/${name}`;
      console.log(`   ${registry.url}`);
    }
    const dist = await step('distribute-image', 'distribute-image/dist/index.js', { image: build.outputs.layout ?? layout, destinations: destination }, env, work, args.dir);

    // Independent check with skopeo: the registry serves the digest we built and tested.
    const pushedRefs = JSON.parse(dist.outputs.refs ?? '[]') as Array<{ ref?: string; reference?: string; digest?: string }>;
    const firstRef = pushedRefs[0]?.ref ?? pushedRefs[0]?.reference ?? destination;
    const tls = registry !== undefined ? ['--tls-verify=false'] : [];
    const servedDigest = JSON.parse(execFileSync('skopeo', ['inspect', ...tls, `docker://${firstRef}`]).toString()).Digest as string;
    const verified = servedDigest === build.outputs.digest && dist.outputs.digest === build.outputs.digest;
    console.log(`\n== report (${elapsed()})`);
    console.log(`   image      ${args.dir}`);
    console.log(`   digest     ${build.outputs.digest}`);
    console.log(`   tags       ${(build.outputs.tags ?? '').split('\n').filter(Boolean).join(', ')}`);
    console.log(`   test       ${tested.outputs.result ?? '?'} (${tested.outputs.findings ?? '?'} findings)`);
    console.log(`   pushed to  ${pushedRefs.map((r) => r.ref ?? r.reference).join(', ') || destination}`);
    console.log(`   verified   ${verified ? 'yes: the registry serves the digest that was built and tested' : `NO: registry serves ${servedDigest}`}`);
    if (!verified) process.exitCode = 1;
  } finally {
    await registry?.stop();
    await fs.rm(work, { recursive: true, force: true });
  }
}

await main();
