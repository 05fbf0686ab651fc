/** The AMI example stays valid: its policy passes our schema, its workflow GitHub's parser. */
import { expect, test } from '@jest/globals';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { validateMachineImagePolicy } from '../../../../shared/src/compliance/machine/machine-policy.js';
import { declaresRequiredPlugins, manifestOutputs } from '../../../../shared/src/builders/packer/packer-template.js';

const read = (f: string) => readFileSync(`examples/ami/${f}`, 'utf8');

test('the example policy is a valid machineImage section', () => {
  const doc = parseYaml(read('image-policy.yml')) as { machineImage: unknown };
  const policy = validateMachineImagePolicy(doc.machineImage);
  expect(policy.imdsSupport).toBe('v2.0');
  expect(policy.requiredTags).toHaveLength(2);
});

test("the example workflow parses with GitHub's parser and uses the three actions", () => {
  const text = read('.github/workflows/ami.yml');
  const r = parseWorkflow({ name: 'ami.yml', content: text }, new NoOperationTraceWriter());
  expect(r.context.errors.getErrors().map((e) => e.message)).toEqual([]);
  const uses = [...text.matchAll(/uses: image-pipeline\/image-pipeline\/([a-z-]+)@v1/g)].map((m) => m[1]);
  expect(new Set(uses)).toEqual(new Set(['build-image', 'test-image', 'distribute-image']));
});

test('the example template declares plugins (so packer init runs) and a manifest', () => {
  const text = read('base.pkr.hcl');
  const t = { path: '/x/base.pkr.hcl', kind: 'hcl' as const, dir: '/x', sources: [{ file: '/x/base.pkr.hcl', text }] };
  expect(declaresRequiredPlugins(t)).toBe(true);
  expect(manifestOutputs(t)).toEqual(['packer-manifest.json']);
});
