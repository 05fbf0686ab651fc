/**
 * The names of the SSM parameters an AMI id is published in (`ssm-parameter`,
 * `ssm-data-type`): the template's placeholders and AWS's rules for a name,
 * checked at input time and again once the family is known. Pure and
 * SDK-free, so the inputs are read without loading Parameter Store's client;
 * the writing is ssm-parameters.ts.
 */
import { PipelineError } from '../../errors.js';

export const SSM_PARAMETER_INPUT = 'ssm-parameter';
export type SsmDataType = 'aws:ec2:image' | 'text';
export const SSM_DATA_TYPES: readonly SsmDataType[] = ['aws:ec2:image', 'text'];

/** AWS's limits for a parameter name (PutParameter reference, "Requirements and constraints for parameter names"). */
export const MAX_NAME_LENGTH = 1011;
export const MAX_DEPTH = 15;

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
const PLACEHOLDERS = ['family', 'region'] as const;

export interface NameValues {
  family: string;
  region: string;
}

/** Pure: `{{family}}` and `{{region}}` replaced (spaces inside the braces allowed). */
export function expandParameterName(template: string, v: NameValues): string {
  return template.replace(PLACEHOLDER, (_m, key: string) => (key === 'family' ? v.family : key === 'region' ? v.region : `{{${key}}}`));
}

/** Pure: why AWS would refuse this parameter name, or undefined when it would take it. */
export function parameterNameProblem(name: string): string | undefined {
  if (name === '') return 'it is empty';
  if (name.length > MAX_NAME_LENGTH) return `it is ${name.length} characters long; AWS allows at most ${MAX_NAME_LENGTH}`;
  const bad = /[^a-zA-Z0-9_.\-/]/.exec(name);
  if (bad !== null) {
    const ch = bad[0] === ' ' ? 'a space' : `'${bad[0]}'`;
    return `it contains ${ch}; AWS allows only letters, digits, '_', '.', '-' and '/'`;
  }
  if (name.includes('/') && !name.startsWith('/')) return "a name in a hierarchy must start with '/' (e.g. /images/web/latest)";
  if (name.endsWith('/')) return "it ends with '/'";
  if (name.includes('//')) return "it has an empty level ('//')";
  const levels = name.replace(/^\//, '').split('/');
  if (levels.length > MAX_DEPTH) return `it is ${levels.length} levels deep; AWS allows at most ${MAX_DEPTH}`;
  const first = levels[0] as string;
  if (/^(aws|ssm)/i.test(first)) return `it begins with '${first.slice(0, 3)}': names beginning with aws or ssm (any case) are reserved by AWS`;
  return undefined;
}

/**
 * Pure, at input time: the placeholders are known ones, and the name is one
 * AWS would take for a plain family in any region. The family comes from the
 * AMI name, so the expanded names are checked again once it is known
 * (checkParameterNames), still before anything is copied.
 */
export function parseParameterTemplate(text: string, input = SSM_PARAMETER_INPUT): string {
  const template = text.trim();
  for (const m of template.matchAll(PLACEHOLDER)) {
    const key = m[1] as string;
    if (!(PLACEHOLDERS as readonly string[]).includes(key)) {
      throw new PipelineError('INPUT', `input '${input}' has the placeholder '{{${key.slice(0, 40)}}}', which is not one this action fills`, {
        input,
        hint: 'Use {{family}} (the image family) and {{region}} (each distributed region), e.g. /images/{{family}}/latest.',
      });
    }
  }
  const sample = expandParameterName(template, { family: 'family', region: 'us-east-1' });
  const problem = parameterNameProblem(sample);
  if (problem !== undefined) {
    throw new PipelineError('INPUT', `input '${input}' is '${preview(template)}', a parameter name AWS would refuse: ${problem}`, {
      input,
      hint: "Write a name like /images/{{family}}/latest: letters, digits, '_', '.', '-', '/' levels (at most 15, 1011 characters), not beginning with aws or ssm.",
    });
  }
  return template;
}

/** Pure: every expanded name is one AWS would take; the error names the region and family that broke it. */
export function checkParameterNames(template: string, family: string, regions: readonly string[], input = SSM_PARAMETER_INPUT): Map<string, string> {
  const names = new Map<string, string>();
  for (const region of regions) {
    const name = expandParameterName(template, { family, region });
    const problem = parameterNameProblem(name);
    if (problem !== undefined) {
      throw new PipelineError(
        'INPUT',
        `input '${input}' gives '${preview(name)}' for ${region} (family '${preview(family)}'), a name AWS would refuse: ${problem}`,
        {
          input,
          hint: 'Set ami-family to a family without such characters, or leave {{family}} out of the name.',
        },
      );
    }
    names.set(region, name);
  }
  return names;
}

const preview = (s: string): string => (s.length > 80 ? `${s.slice(0, 77)}...` : s);
