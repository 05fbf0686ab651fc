/**
 * The AMI example publishes what its consumers read: the distribute step's
 * inputs (as the workflow writes them) pass distribute-image's own input
 * reader and checks; the parameter name they give for the image family of
 * base.pkr.hcl is the one launch-template-ssm.json resolves and the one
 * iam-policy.json lets the role write; the fleet step reads outputs the
 * action declares, with a permission the policy grants.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { getInputs, type AmiInputs } from '../../../distribute-image/src/context.js';
import { familyOf } from '../../../shared/src/distribute/machine/ami-distribute.js';
import { validateDistributeOptions } from '../../../shared/src/distribute/machine/ami-options.js';
import { planLaunchTemplates } from '../../../shared/src/distribute/machine/launch-template-targets.js';
import { checkParameterNames } from '../../../shared/src/distribute/machine/ssm-parameter-names.js';
import { inputEnv } from '../../../scripts/local/run-bundle.js';

const read = (f: string) => readFileSync(`examples/ami/${f}`, 'utf8');

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string | number | boolean>;
}
const workflow = parseYaml(read('.github/workflows/ami.yml')) as { jobs: { ami: { steps: Step[] } } };
const steps = workflow.jobs.ami.steps;
const distribute = steps.find((s) => s.id === 'distribute');

/** What the runner would put in for each expression of the distribute step; an unknown one fails the test. */
const EXPRESSIONS: Record<string, string> = {
  'steps.build.outputs.ami-id': 'ami-0123456789abcdef0',
  'github.ref_name': 'v1.4.0',
};
const withExpressions = (value: string): string =>
  value.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_m, expr: string) => {
    const v = EXPRESSIONS[expr];
    if (v === undefined) throw new Error(`no value for the expression ${expr}`);
    return v;
  });

function inputsOf(extra: Record<string, string> = {}): AmiInputs {
  const withs = Object.fromEntries(Object.entries(distribute?.with ?? {}).map(([k, v]) => [k, withExpressions(String(v))]));
  const inputs = getInputs({ ...inputEnv({ ...withs, ...extra }), AWS_REGION: 'us-east-1' });
  if (inputs.kind !== 'machine') throw new Error('the distribute step is not an AMI distribution');
  return inputs;
}

/** The image name base.pkr.hcl gives: its literal prefix and a formatdate("YYYYMMDDhhmmss") stamp. */
const imageName = (() => {
  const m = /name\s*=\s*"([a-z0-9-]+)-\$\{formatdate\("YYYYMMDDhhmmss", timestamp\(\)\)\}"/.exec(read('base.pkr.hcl'));
  if (m === null) throw new Error('base.pkr.hcl no longer names its image <family>-${formatdate(...)}');
  return `${m[1] ?? ''}-20261130101500`;
})();

describe('the AMI example publishes a parameter and template versions its consumers use', () => {
  const inputs = inputsOf();
  const targets = [inputs.sourceRegion, ...inputs.regions];

  it('the distribute step passes distribute-image input reading and checks, with ssm-parameter and launch-templates', () => {
    expect(distribute?.uses).toBe('image-pipeline/image-pipeline/distribute-image@v1');
    expect(inputs.ssm).toEqual({ template: '/images/{{family}}/latest', dataType: 'aws:ec2:image' });
    expect(inputs.launchTemplates?.makeDefault).toBe(true);
    expect(inputs.strictSharing).toBe(true);
    expect(() => validateDistributeOptions({ ...inputs, clients: () => never(), ssmClients: () => never() })).not.toThrow();
    const plan = planLaunchTemplates(inputs.launchTemplates?.targets ?? [], targets);
    expect(plan.map((p) => `${p.region}:${p.target.name ?? ''}`)).toEqual([
      'us-east-1:web-servers',
      'eu-west-1:web-servers',
      'eu-central-1:web-servers',
      'ap-southeast-2:web-servers',
      'us-east-1:batch-workers',
    ]);
    // Every copy is made under a customer managed key, so strict-sharing has nothing to refuse.
    expect(Object.keys(inputs.kmsKeyIds ?? {}).sort()).toEqual([...inputs.regions].sort());
  });

  it('the commented ssm-role-arn line would pass too: its account is one the AMI is shared with', () => {
    const line = /#\s*ssm-role-arn:\s*(\S+)/.exec(read('.github/workflows/ami.yml'))?.[1] ?? '';
    const withRole = inputsOf({ 'ssm-role-arn': line });
    expect(withRole.ssm?.accounts).toEqual(['123456789012']);
    expect(() => validateDistributeOptions({ ...withRole, clients: () => never(), ssmClients: () => never() })).not.toThrow();
    const policy = JSON.parse(read('iam-policy.json')) as { Statement: { Sid: string; Action: string[]; Resource: string }[] };
    expect(policy.Statement.find((s) => s.Action.includes('sts:AssumeRole'))?.Resource).toBe(line);
  });

  it("the launch template resolves the parameter the step writes for base.pkr.hcl's family, in every region", () => {
    const family = familyOf(imageName);
    expect(family).toBe('golden-al2023');
    const names = checkParameterNames(inputs.ssm?.template ?? '', family, targets);
    expect(new Set(names.values())).toEqual(new Set(['/images/golden-al2023/latest']));
    const lt = JSON.parse(read('launch-template-ssm.json')) as { LaunchTemplateName: string; LaunchTemplateData: { ImageId: string } };
    expect(lt.LaunchTemplateData.ImageId).toBe(`resolve:ssm:${names.get('us-east-1') ?? ''}`);
    // A template that resolves the parameter needs no new versions: it is not one of launch-templates.
    expect(inputs.launchTemplates?.targets.map((t) => t.name)).not.toContain(lt.LaunchTemplateName);
  });

  it("iam-policy.json lets the role write that name (PublishParameters' resource)", () => {
    const policy = JSON.parse(read('iam-policy.json')) as { Statement: { Sid: string; Action: string[]; Resource: string }[] };
    const s = policy.Statement.find((x) => x.Sid === 'PublishParameters');
    const pattern = new RegExp(
      `^${(s?.Resource ?? '')
        .split('*')
        .map((p) => p.replace(/[.?+^$()[\]{}|\\/]/g, '\\$&'))
        .join('.*')}$`,
    );
    for (const region of targets) expect(`arn:aws:ssm:${region}:111122223333:parameter/images/golden-al2023/latest`).toMatch(pattern);
  });

  it('the fleet step reads outputs distribute-image declares and calls what the policy grants', () => {
    const roll = steps.find((s) => s.run?.includes('start-instance-refresh') === true);
    const declared = Object.keys((parseYaml(readFileSync('distribute-image/action.yml', 'utf8')) as { outputs: Record<string, unknown> }).outputs);
    const used = Object.values(roll?.env ?? {}).flatMap((v) => [...v.matchAll(/steps\.distribute\.outputs\.([a-z-]+)/g)].map((m) => m[1] ?? ''));
    expect(used.sort()).toEqual(['launch-template-versions', 'ssm-parameters']);
    for (const o of used) expect(declared).toContain(o);
    const policy = JSON.parse(read('iam-policy.json')) as { Statement: { Action: string[] }[] };
    expect(policy.Statement.flatMap((s) => s.Action)).toContain('autoscaling:StartInstanceRefresh');
  });
});

function never(): never {
  throw new Error('not called');
}
