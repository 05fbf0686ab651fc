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
