/**
 * Every workflow and action.yml in the repository parses with GitHub's own
 * workflow parser, and every `uses:` of one of our actions names a folder
 * that has an action.yml declaring each input the step passes.
 */
import { describe, expect, it } from '@jest/globals';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseList } from '../../shared/src/action/inputs.js';
import { defaultCache } from '../../shared/src/builders/cache-default.js';
import { PIPELINE_DEFAULT_FLAVOR, PIPELINE_DEFAULT_TAGS } from '../../shared/src/github/tags.js';
import { parseReference, repositoryName } from '../../shared/src/registry/reference.js';
import { parseOutputFile } from '../../scripts/local/run-bundle.js';

const root = process.cwd();
const OUR_PREFIX = 'image-pipeline/image-pipeline';

function findFiles(dir: string, match: (p: string) => boolean, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === '.git' || name === 'dist') continue;
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) findFiles(p, match, out);
    else if (match(p)) out.push(p);
  }
  return out;
}

const rel = (p: string) => path.relative(root, p);
const workflows = findFiles(root, (p) => /\/\.github\/workflows\/[^/]+\.ya?ml$/.test(p)).map(rel);
const actions = findFiles(root, (p) => /\/action\.ya?ml$/.test(p)).map(rel);

describe('GitHub syntax', () => {
  it('finds the workflows and actions it checks', () => {
    expect(workflows).toEqual(expect.arrayContaining(['.github/workflows/image-pipeline.yml', '.github/workflows/ci.yml']));
    expect(actions).toEqual(expect.arrayContaining(['build-image/action.yml', 'test-image/action.yml', 'distribute-image/action.yml', 'action.yml']));
  });

  it.each(workflows)('workflow %s parses without errors', (file) => {
    const r = parseWorkflow({ name: file, content: readFileSync(file, 'utf8') }, new NoOperationTraceWriter());
    expect(r.context.errors.getErrors().map((e) => e.message)).toEqual([]);
  });

  it.each(actions)('action %s parses without errors and runs on node24 or as a composite', (file) => {
    const r = parseAction({ name: file, content: readFileSync(file, 'utf8') }, new NoOperationTraceWriter());
    expect(r.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    const doc = parseYaml(readFileSync(file, 'utf8')) as { runs: { using: string; main?: string } };
    if (doc.runs.using !== 'composite') {
      expect(doc.runs.using).toBe('node24');
      expect(existsSync(path.join(path.dirname(file), doc.runs.main ?? ''))).toBe(true);
    }
  });
});

interface StepLike {
  uses?: string;
  with?: Record<string, unknown>;
}

/** Steps of workflows and composite actions, and jobs that call reusable workflows. */
function stepsOf(file: string): StepLike[] {
  const doc = parseYaml(readFileSync(file, 'utf8')) as { jobs?: Record<string, StepLike & { steps?: StepLike[] }>; runs?: { steps?: StepLike[] } };
  const out: StepLike[] = [];
  for (const job of Object.values(doc.jobs ?? {})) {
    if (job.uses !== undefined) out.push(job);
    out.push(...(job.steps ?? []));
  }
  out.push(...(doc.runs?.steps ?? []));
  return out;
}

/** The folder in this repository that a `uses:` names, or undefined for others' actions. */
function ourPath(uses: string, from: string): string | undefined {
  if (uses.startsWith(`${OUR_PREFIX}/`) || uses.startsWith(`${OUR_PREFIX}@`)) {
    return uses
      .slice(OUR_PREFIX.length + 1)
      .replace(/@.*$/, '')
      .replace(/^@.*/, '');
  }
  if (uses.startsWith('./') && from.startsWith('.github/')) return uses.slice(2);
  return undefined;
}

describe('uses of our own actions', () => {
  const uses = [...workflows, ...actions].flatMap((file) =>
    stepsOf(file)
      .filter((s) => s.uses !== undefined)
      .map((s) => [file, s] as const),
  );
  const ours = uses.filter(([file, s]) => ourPath(s.uses as string, file) !== undefined);

  it('there are some to check', () => {
    expect(ours.length).toBeGreaterThan(3);
  });

  it.each(ours.map(([file, s]) => [file, s.uses as string, s] as const))(
    '%s: %s points at an action or workflow declaring its inputs',
    (file, usesText, step) => {
      const target = ourPath(usesText, file) as string;
      const isWorkflow = target.endsWith('.yml') || target.endsWith('.yaml');
      const defFile = isWorkflow ? target : ['action.yml', 'action.yaml'].map((f) => path.join(target, f)).find((f) => existsSync(f));
      expect(defFile !== undefined && existsSync(defFile)).toBe(true);
      const def = parseYaml(readFileSync(defFile as string, 'utf8')) as {
        inputs?: Record<string, unknown>;
        on?: { workflow_call?: { inputs?: Record<string, unknown>; secrets?: Record<string, unknown> } };
      };
      const declared = new Set(Object.keys((isWorkflow ? def.on?.workflow_call?.inputs : def.inputs) ?? {}));
      const passed = Object.keys(step.with ?? {});
      expect(passed.filter((k) => !declared.has(k))).toEqual([]);
    },
  );
});

describe("the reusable workflow's test job (issue 12)", () => {
  interface Step {
    id?: string;
    name?: string;
    if?: string;
    uses?: string;
    with?: Record<string, string>;
  }
  interface Job {
    steps: Step[];
  }
  const file = '.github/workflows/image-pipeline.yml';
  const wf = parseYaml(readFileSync(file, 'utf8')) as {
    on: { workflow_call: { inputs: Record<string, { description: string; default?: string }> } };
    jobs: Record<string, Job>;
  };
  const test = wf.jobs['test'] as Job;
  const testStep = test.steps.find((s) => s.uses === `${OUR_PREFIX}/test-image@v1`) as Step;
  const uploads = (job: string): Step[] => (wf.jobs[job] as Job).steps.filter((s) => s.uses?.startsWith('actions/upload-artifact@') === true);
  /** The artifact names a run uploads for these platform slugs (the plan job's matrix), and the patterns each download takes. */
  const artifactNames = (slugs: string[]): string[] =>
    ['build', 'test'].flatMap((job) => uploads(job).flatMap((s) => slugs.map((slug) => String(s.with?.['name']).replace('${{ matrix.slug }}', slug))));

  it('passes the vulnerability-db input on to test-image, and describes it for both jobs that read it', () => {
    expect(testStep.with?.['vulnerability-db']).toBe('${{ inputs.vulnerability-db }}');
    const updates = (wf.jobs['updates'] as Job).steps.find((s) => s.uses === `${OUR_PREFIX}/check-updates@v1`);
    expect(updates?.with?.['vulnerability-db']).toBe('${{ inputs.vulnerability-db }}');
    const input = wf.on.workflow_call.inputs['vulnerability-db'];
    expect(input?.default).toBe('');
    expect(input?.description).toMatch(/test job/);
    expect(input?.description).toMatch(/scheduled runs/);
  });

  it('passes base-signature-policy on to check-updates, checking the repository out first only when a policy is named', () => {
    const steps = (wf.jobs['updates'] as Job).steps;
    const at = steps.findIndex((s) => s.uses === `${OUR_PREFIX}/check-updates@v1`);
    expect(steps[at]?.with?.['base-signature-policy']).toBe('${{ inputs.base-signature-policy }}');
    const checkout = steps.findIndex((s) => s.uses?.startsWith('actions/checkout@') === true);
    expect(checkout).toBeGreaterThanOrEqual(0);
    expect(checkout).toBeLessThan(at);
    expect(steps[checkout]?.if).toBe("inputs.base-signature-policy != ''");
    expect(wf.on.workflow_call.inputs['base-signature-policy']?.default).toBe('');
  });

  it("writes each platform's SBOMs to files named by the platform, one path per format", () => {
    const spdx = testStep.with?.['sbom'] ?? '';
    const cdx = testStep.with?.['sbom-cyclonedx'] ?? '';
    expect(spdx).toContain('${{ matrix.slug }}');
    expect(cdx).toContain('${{ matrix.slug }}');
    expect(spdx).not.toBe(cdx);
  });

  it('uploads both SBOMs as an artifact per platform, also when the test fails, and only when test-image wrote them', () => {
    const sbom = uploads('test').filter((s) => String(s.with?.['name']).startsWith('sbom-'));
    expect(sbom).toHaveLength(1);
    const step = sbom[0] as Step;
    expect(step.with?.['name']).toBe('sbom-${{ matrix.slug }}');
    expect(step.if).toMatch(/^always\(\) && steps\.test\.outputs\.sbom != ''$/);
    expect(testStep.id).toBe('test');
    expect(
      String(step.with?.['path'])
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    ).toEqual(['${{ steps.test.outputs.sbom }}', '${{ steps.test.outputs.sbom-cyclonedx }}']);
    expect(step.with?.['if-no-files-found']).toBe('error');
    // test-image declares the outputs the upload reads.
    const outputs = (parseYaml(readFileSync('test-image/action.yml', 'utf8')) as { outputs: Record<string, unknown> }).outputs;
    expect(Object.keys(outputs)).toEqual(expect.arrayContaining(['sbom', 'sbom-cyclonedx']));
  });

  it('gives every artifact of a multi-platform run its own name, and the distribute job downloads no SBOM as a layout', () => {
    // The plan job's slug: the platform with every run of other characters as '-'.
    const slugs = ['linux/amd64', 'linux/arm64', 'linux/arm/v7'].map((p) => p.replace(/[^a-z0-9]+/g, '-'));
    const names = artifactNames(slugs);
    // layout, provenance (build job); sbom, approved (test job).
    expect(names).toHaveLength(4 * slugs.length);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => n.startsWith('sbom-'))).toEqual(['sbom-linux-amd64', 'sbom-linux-arm64', 'sbom-linux-arm-v7']);
    const patterns = (wf.jobs['distribute'] as Job).steps
      .filter((s) => s.uses?.startsWith('actions/download-artifact@') === true)
      .map((s) => String(s.with?.['pattern']));
    expect(patterns).toEqual(['layout-*', 'approved-*', 'sbom-*', 'provenance-*']);
    const glob = (p: string) => new RegExp(`^${p.replace('*', '.*')}$`);
    // An SBOM is downloaded only as an attachment: no other pattern takes it (as a layout, say).
    for (const n of names.filter((x) => x.startsWith('sbom-'))) expect(patterns.filter((p) => glob(p).test(n))).toEqual(['sbom-*']);
    // Each artifact matches exactly one download pattern.
    for (const n of names) expect(patterns.filter((p) => glob(p).test(n))).toHaveLength(1);
  });
});

describe("the reusable workflow's build job (issue 13)", () => {
  interface Step {
    id?: string;
    uses?: string;
    with?: Record<string, string>;
  }
  const wf = parseYaml(readFileSync('.github/workflows/image-pipeline.yml', 'utf8')) as {
    on: { workflow_call: { inputs: Record<string, { description: string; default?: string }> } };
    jobs: Record<string, { steps: Step[] }>;
  };
  const steps = wf.jobs['build']?.steps ?? [];
  const build = steps.find((s) => s.uses === `${OUR_PREFIX}/build-image@v1`) as Step;

  it('uploads the provenance build-image wrote as provenance-<slug>, one file named provenance.json', () => {
    expect(build.id).toBe('build');
    expect(path.basename(build.with?.['provenance'] ?? '')).toBe('provenance.json');
    const upload = steps.filter((s) => s.uses?.startsWith('actions/upload-artifact@') === true && String(s.with?.['name']).startsWith('provenance-'));
    expect(upload).toHaveLength(1);
    expect(upload[0]?.with).toMatchObject({
      name: 'provenance-${{ matrix.slug }}',
      path: '${{ steps.build.outputs.provenance }}',
      'if-no-files-found': 'error',
    });
    const outputs = (parseYaml(readFileSync('build-image/action.yml', 'utf8')) as { outputs: Record<string, unknown> }).outputs;
    expect(Object.keys(outputs)).toContain('provenance');
  });

  it('passes public-build-args on to build-image', () => {
    expect(build.with?.['public-build-args']).toBe('${{ inputs.public-build-args }}');
    expect(wf.on.workflow_call.inputs['public-build-args']?.default).toBe('');
  });
});

describe("the reusable workflow's distribute job (issue 13)", () => {
  interface Step {
    id?: string;
    name?: string;
    uses?: string;
    run?: string;
    env?: Record<string, string>;
    with?: Record<string, string>;
  }
  interface Job {
    permissions: Record<string, string>;
    outputs: Record<string, string>;
    steps: Step[];
  }
  const wf = parseYaml(readFileSync('.github/workflows/image-pipeline.yml', 'utf8')) as {
    on: { workflow_call: { outputs: Record<string, { value: string }> } };
    jobs: Record<string, Job>;
  };
  const job = wf.jobs['distribute'] as Job;
  const push = job.steps.find((s) => s.uses === `${OUR_PREFIX}/distribute-image@v1`) as Step;
  const downloads = job.steps.filter((s) => s.uses?.startsWith('actions/download-artifact@') === true);

  it('downloads the SBOMs and the provenance into the workspace, and signs keyless with the job OIDC token', () => {
    const sbom = downloads.find((s) => s.with?.['pattern'] === 'sbom-*');
    const prov = downloads.find((s) => s.with?.['pattern'] === 'provenance-*');
    expect(sbom?.with).toMatchObject({ path: '${{ github.workspace }}/attest/sbom', 'merge-multiple': true });
    // provenance-<slug> each hold provenance.json: merged they would overwrite one another.
    expect(prov?.with?.['path']).toBe('${{ github.workspace }}/attest/provenance');
    expect(prov?.with?.['merge-multiple']).toBeUndefined();
    expect(push.with).toMatchObject({ attach: '${{ steps.attach.outputs.files }}', sign: 'keyless' });
    expect(job.permissions['id-token']).toBe('write');
    // Inside the workspace: distribute-image's attach rule holds without allow-outside-workspace.
    expect(push.with?.['allow-outside-workspace']).toBeUndefined();
    expect(job.outputs['attestations']).toBe('${{ steps.push.outputs.attestations }}');
    expect(wf.on.workflow_call.outputs['attestations']?.value).toBe('${{ jobs.distribute.outputs.attestations }}');
  });

  it('the attach list step lists every downloaded .json file, relative to the workspace, one per line', async () => {
    const step = job.steps.find((s) => s.id === 'attach') as Step;
    const script = /node -e '([\s\S]*)'/.exec(step.run ?? '')?.[1];
    expect(script).toBeDefined();
    const { mkdtemp, mkdir, writeFile, readFile, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { execFileSync } = await import('node:child_process');
    const ws = await mkdtemp(path.join(tmpdir(), 'wf-attach-'));
    try {
      await mkdir(path.join(ws, 'attest/sbom'), { recursive: true });
      await mkdir(path.join(ws, 'attest/provenance/provenance-linux-amd64'), { recursive: true });
      await mkdir(path.join(ws, 'attest/provenance/provenance-linux-arm64'), { recursive: true });
      for (const f of [
        'sbom/linux-amd64.spdx.json',
        'sbom/linux-amd64.cdx.json',
        'provenance/provenance-linux-amd64/provenance.json',
        'provenance/provenance-linux-arm64/provenance.json',
      ])
        await writeFile(path.join(ws, 'attest', f), '{}');
      await writeFile(path.join(ws, 'out'), '');
      execFileSync(process.execPath, ['-e', script as string], {
        env: { ...process.env, ATTEST: path.join(ws, 'attest'), GITHUB_OUTPUT: path.join(ws, 'out') },
      });
      expect(await readFile(path.join(ws, 'out'), 'utf8')).toBe(
        'files<<EOF\nattest/provenance/provenance-linux-amd64/provenance.json\nattest/provenance/provenance-linux-arm64/provenance.json\nattest/sbom/linux-amd64.cdx.json\nattest/sbom/linux-amd64.spdx.json\nEOF\n',
      );
      // Nothing downloaded: an empty list, so distribute-image attaches nothing (and still signs the image).
      await rm(path.join(ws, 'attest'), { recursive: true });
      await writeFile(path.join(ws, 'out'), '');
      execFileSync(process.execPath, ['-e', script as string], {
        env: { ...process.env, ATTEST: path.join(ws, 'attest'), GITHUB_OUTPUT: path.join(ws, 'out') },
      });
      expect(await readFile(path.join(ws, 'out'), 'utf8')).toBe('files<<EOF\n\nEOF\n');
    } finally {
      await rm(ws, { recursive: true, force: true });
    }
  });
});

describe("the reusable workflow's layer cache (issue 14)", () => {
  interface Step {
    id?: string;
    if?: string;
    uses?: string;
    run?: string;
    env?: Record<string, string>;
    with?: Record<string, string>;
    'continue-on-error'?: boolean;
  }
  interface Job {
    permissions?: Record<string, string>;
    outputs?: Record<string, string>;
    steps: Step[];
  }
  const wf = parseYaml(readFileSync('.github/workflows/image-pipeline.yml', 'utf8')) as {
    on: { workflow_call: { inputs: Record<string, { type: string; default?: unknown }> } };
    jobs: Record<string, Job>;
  };
  const plan = wf.jobs['plan'] as Job;
  const buildJob = wf.jobs['build'] as Job;
  const cacheStep = plan.steps.find((s) => s.id === 'cache') as Step;
  const script = /node -e '([\s\S]*)'/.exec(cacheStep?.run ?? '')?.[1] ?? '';

  /** The cache step run as the runner runs it: its env from these facts, its GITHUB_OUTPUT parsed. */
  async function runCacheStep(vars: Record<string, string>): Promise<{ code: number; stdout: string; out: Record<string, string> }> {
    const { mkdtemp, readFile, rm, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { spawnSync } = await import('node:child_process');
    const dir = await mkdtemp(path.join(tmpdir(), 'wf-cache-'));
    try {
      const file = path.join(dir, 'out');
      await writeFile(file, '');
      const base = { CACHE: 'auto', CACHE_FROM: '', CACHE_TO: '', DESTINATIONS: '', EVENT_NAME: '', REF: '', DEFAULT_BRANCH: '' };
      const r = spawnSync(process.execPath, ['-e', script], { env: { PATH: process.env.PATH, ...base, ...vars, GITHUB_OUTPUT: file }, encoding: 'utf8' });
      return { code: r.status ?? -1, stdout: r.stdout, out: parseOutputFile(await readFile(file, 'utf8')) };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  /** A cache line with its ref written as the library writes it (docker.io/library/..., no alias). */
  const canonical = (line: string): string =>
    line.replace(/ref=([^,]+)/, (_m, ref: string) => {
      const r = parseReference(ref);
      return `ref=${r.ok ? repositoryName(r.value) : ref}`;
    });
  const lines = (text: string | undefined): string[] => (text ?? '').split('\n').filter((l) => l !== '');

  it('declares cache (auto), cache-from, cache-to and no-cache (boolean false)', () => {
    const inputs = wf.on.workflow_call.inputs;
    expect(inputs['cache']).toMatchObject({ type: 'string', default: 'auto' });
    expect(inputs['cache-from']).toMatchObject({ type: 'string', default: '' });
    expect(inputs['cache-to']).toMatchObject({ type: 'string', default: '' });
    expect(inputs['no-cache']).toMatchObject({ type: 'boolean', default: false });
  });

  it("passes the plan job's cache lines, no-cache and the registry access on to build-image, in a job whose token may write packages", () => {
    expect(plan.outputs).toMatchObject({ 'cache-from': '${{ steps.cache.outputs.cache-from }}', 'cache-to': '${{ steps.cache.outputs.cache-to }}' });
    const build = buildJob.steps.find((s) => s.uses === `${OUR_PREFIX}/build-image@v1`) as Step;
    expect(build.with).toMatchObject({
      'cache-from': '${{ needs.plan.outputs.cache-from }}',
      'cache-to': '${{ needs.plan.outputs.cache-to }}',
      'no-cache': '${{ inputs.no-cache }}',
      'registry-auth': '${{ secrets.registry-auth }}',
      'github-token': '${{ github.token }}',
      'insecure-registries': '${{ inputs.insecure-registries }}',
    });
    expect(buildJob.permissions).toEqual({ contents: 'read', packages: 'write', 'id-token': 'write' });
    // ECR: the role is assumed before the build, and a role refused on a pull request does not stop it.
    const aws = buildJob.steps.findIndex((s) => s.uses?.startsWith('aws-actions/configure-aws-credentials@') === true);
    expect(aws).toBeGreaterThanOrEqual(0);
    expect(aws).toBeLessThan(buildJob.steps.indexOf(build));
    expect(buildJob.steps[aws]).toMatchObject({ if: "inputs.aws-role-arn != ''", 'continue-on-error': true });
    expect(cacheStep.env).toMatchObject({
      EVENT_NAME: '${{ github.event_name }}',
      REF: '${{ github.ref }}',
      DEFAULT_BRANCH: '${{ github.event.repository.default_branch }}',
      DESTINATIONS: '${{ inputs.destinations }}',
    });
  });

  // The workflow cannot import the library, so its step carries the rule; every case must agree with
  // shared/src/builders/cache-default.ts, the root action's.
  const main = { EVENT_NAME: 'push', REF: 'refs/heads/main', DEFAULT_BRANCH: 'main' };
  it.each<[string, Record<string, string>]>([
    ['push to the default branch', { DESTINATIONS: 'ghcr.io/acme/app', ...main }],
    [
      'the first of several destinations, tag dropped',
      { DESTINATIONS: '# ours\nghcr.io/acme/app:1.0\n123456789012.dkr.ecr.eu-west-1.amazonaws.com/app', ...main },
    ],
    ['a digest dropped', { DESTINATIONS: `ghcr.io/acme/app@sha256:${'a'.repeat(64)}`, ...main }],
    ['comma-separated, a loopback registry with a port', { DESTINATIONS: '127.0.0.1:5000/hello, ghcr.io/acme/app', ...main }],
    ['Docker Hub short names', { DESTINATIONS: 'acme/app', ...main }],
    ['a payload default branch of trunk', { DESTINATIONS: 'ghcr.io/acme/app', EVENT_NAME: 'push', REF: 'refs/heads/trunk', DEFAULT_BRANCH: 'trunk' }],
    ['another branch', { DESTINATIONS: 'ghcr.io/acme/app', ...main, REF: 'refs/heads/feature' }],
    ['a tag push', { DESTINATIONS: 'ghcr.io/acme/app', ...main, REF: 'refs/tags/v1.0.0' }],
    ['a pull request', { DESTINATIONS: 'ghcr.io/acme/app', EVENT_NAME: 'pull_request', REF: 'refs/pull/7/merge', DEFAULT_BRANCH: 'main' }],
    ['pull_request_target', { DESTINATIONS: 'ghcr.io/acme/app', ...main, EVENT_NAME: 'pull_request_target' }],
    ['the scheduled rebuild', { DESTINATIONS: 'ghcr.io/acme/app', ...main, EVENT_NAME: 'schedule' }],
    ['a manual run', { DESTINATIONS: 'ghcr.io/acme/app', ...main, EVENT_NAME: 'workflow_dispatch' }],
    ['a merge queue', { DESTINATIONS: 'ghcr.io/acme/app', ...main, EVENT_NAME: 'merge_group' }],
    ['no payload default branch', { DESTINATIONS: 'ghcr.io/acme/app', ...main, DEFAULT_BRANCH: '' }],
  ])('[%#] cache: auto, %s: the same lines as the library', async (_what, vars) => {
    const r = await runCacheStep(vars);
    expect(r.code).toBe(0);
    const first = parseList(vars['DESTINATIONS'] ?? '')[0] as string;
    const expected = defaultCache({ destination: first, eventName: vars['EVENT_NAME'], ref: vars['REF'], defaultBranch: vars['DEFAULT_BRANCH'] });
    expect(expected).toBeDefined();
    expect(lines(r.out['cache-from']).map(canonical)).toEqual(expected?.cacheFrom);
    expect(lines(r.out['cache-to']).map(canonical)).toEqual(expected?.cacheTo);
    expect(r.stdout).toContain(expected?.cacheTo.length === 0 ? 'read ' : 'read and write ');
  });

  it('an explicit cache-from or cache-to replaces the automatic cache entirely, and cache: off or no destination means none', async () => {
    const given = await runCacheStep({
      DESTINATIONS: 'ghcr.io/acme/app',
      ...main,
      CACHE_FROM: 'type=local,src=/c\ntype=registry,ref=r.example/c',
      CACHE_TO: '',
    });
    expect(given.out).toEqual({ 'cache-from': 'type=local,src=/c\ntype=registry,ref=r.example/c', 'cache-to': '' });
    const toOnly = await runCacheStep({ DESTINATIONS: 'ghcr.io/acme/app', ...main, CACHE_TO: 'type=local,dest=/c' });
    expect(toOnly.out).toEqual({ 'cache-from': '', 'cache-to': 'type=local,dest=/c' });
    const off = await runCacheStep({ DESTINATIONS: 'ghcr.io/acme/app', ...main, CACHE: 'off' });
    expect(off.out).toEqual({ 'cache-from': '', 'cache-to': '' });
    expect(off.stdout).toContain('cache: off');
    const none = await runCacheStep({ DESTINATIONS: '# nothing yet\n', ...main });
    expect(none.out).toEqual({ 'cache-from': '', 'cache-to': '' });
  });

  it('refuses a cache mode other than auto or off, naming the input', async () => {
    const r = await runCacheStep({ DESTINATIONS: 'ghcr.io/acme/app', ...main, CACHE: 'registry' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error::input cache is "registry", expected auto or off');
  });
});

describe("the reusable workflow's tags (issue 15)", () => {
  const wf = parseYaml(readFileSync('.github/workflows/image-pipeline.yml', 'utf8')) as {
    env: Record<string, string>;
    jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, string> }> }>;
  };
  const step = (job: string, action: string) => wf.jobs[job]?.steps.find((s) => s.uses === `${OUR_PREFIX}/${action}@v1`);

  it('defaults to the same spec lines as the library (PIPELINE_DEFAULT_TAGS), with latest=false', () => {
    expect(parseList(wf.env['PIPELINE_DEFAULT_TAGS'] ?? '', { commas: false })).toEqual([...PIPELINE_DEFAULT_TAGS]);
    expect(PIPELINE_DEFAULT_FLAVOR).toEqual(['latest=false']);
    const build = step('build', 'build-image');
    expect(build?.with?.['tags']).toBe('${{ inputs.tags || env.PIPELINE_DEFAULT_TAGS }}');
    expect(build?.with?.['flavor']).toBe("${{ inputs.flavor || (inputs.tags == '' && 'latest=false' || '') }}");
  });

  it('lets build-image evaluate spec lines: distribute pushes the tags recorded in the layout', () => {
    expect(step('distribute', 'distribute-image')?.with).not.toHaveProperty('tags');
  });
});

describe("the reusable workflow's build timeouts (issue 15)", () => {
  const wf = parseYaml(readFileSync('.github/workflows/image-pipeline.yml', 'utf8')) as {
    on: { workflow_call: { inputs: Record<string, { type: string; default?: unknown }> } };
    jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, string> }> }>;
  };
  const buildImageInputs = (parseYaml(readFileSync('build-image/action.yml', 'utf8')) as { inputs: Record<string, { default?: string }> }).inputs;

  it.each(['stall-timeout', 'build-timeout'])("declares %s with build-image's own default and passes it to the build step", (name) => {
    expect(wf.on.workflow_call.inputs[name]).toMatchObject({ type: 'string', default: buildImageInputs[name]?.default });
    expect(buildImageInputs[name]?.default).toBeDefined();
    const build = wf.jobs['build']?.steps.find((s) => s.uses === `${OUR_PREFIX}/build-image@v1`);
    expect(build?.with?.[name]).toBe(`\${{ inputs.${name} }}`);
  });
});
