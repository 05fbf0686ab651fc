/**
 * The `launch-templates` input and what it yields: which template is updated
 * in which region, and the `launch-template-versions` output. Pure and
 * SDK-free, so the inputs are read and the outputs written without loading
 * the EC2 client; publishing the versions is launch-templates.ts.
 */
import { AWS_REGION } from '../../aws/region.js';
import { PipelineError } from '../../errors.js';
import { preview } from '../../preview.js';

export const LAUNCH_TEMPLATES_INPUT = 'launch-templates';

/** One line of `launch-templates`. Exactly one of `id` and `name` is set. */
export interface LaunchTemplateTarget {
  /** Only in this region; undefined: in every region the image is distributed to. */
  region?: string;
  /** lt- and 17 hex digits. */
  id?: string;
  name?: string;
  /** 1-based line in the input. */
  line: number;
}

/** One template to publish in one region. */
export interface LaunchTemplatePlanItem {
  region: string;
  target: LaunchTemplateTarget;
}

export type PublishOutcome = 'created' | 'existing';

export interface PublishedVersion {
  region: string;
  templateId: string;
  name: string;
  version: number;
  /** The version is the template's default now. */
  default: boolean;
  imageId: string;
  /** `existing`: a version with this AMI was already there (a re-run). */
  outcome: PublishOutcome;
  /** The default version before this run. */
  previousDefault: number;
}

/** Template names: 3 to 128 of letters, digits and ( ) . - / _ (EC2's rule). */
const NAME = /^[a-zA-Z0-9().\-/_]{3,128}$/;
const ID = /^lt-[0-9a-f]{17}$/;

/**
 * Pure: `[region:]lt-0123456789abcdef0` or `[region:]name`, one per line
 * (commas accepted, `#` comments and blank lines ignored). A template listed
 * twice for the same scope is an error naming both lines.
 */
export function parseLaunchTemplates(text: string, input = LAUNCH_TEMPLATES_INPUT): LaunchTemplateTarget[] {
  const out: LaunchTemplateTarget[] = [];
  const seen = new Map<string, number>();
  text.split(/\r?\n/).forEach((rawLine, i) => {
    const line = i + 1;
    for (const part of stripComment(rawLine).split(',')) {
      const item = part.trim();
      if (item === '') continue;
      const target = parseItem(item, line, input);
      const key = `${target.region ?? '*'}|${target.id ?? `name:${target.name ?? ''}`}`;
      const first = seen.get(key);
      if (first !== undefined) {
        throw new PipelineError('INPUT', `'${preview(item, { max: 80 })}' is listed twice (lines ${first} and ${line})`, {
          input,
          line,
          hint: 'List each launch template once per region.',
        });
      }
      seen.set(key, line);
      out.push(target);
    }
  });
  return out;
}

function parseItem(item: string, line: number, input: string): LaunchTemplateTarget {
  const bad = (message: string, hint: string) => new PipelineError('INPUT', message, { input, line, hint });
  const colon = item.indexOf(':');
  const region = colon >= 0 ? item.slice(0, colon).trim() : undefined;
  const ref = (colon >= 0 ? item.slice(colon + 1) : item).trim();
  if (region !== undefined && !AWS_REGION.test(region))
    throw bad(
      `line ${line}: '${preview(region, { max: 40 })}' is not an AWS region`,
      'Write [region:]template, e.g. eu-west-1:web-servers or lt-0123456789abcdef0; the region part is optional.',
    );
  if (ref === '') throw bad(`line ${line}: no launch template after '${region ?? ''}:'`, 'Write region:template-name or region:lt-0123456789abcdef0.');
  if (ID.test(ref)) return { ...(region !== undefined ? { region } : {}), id: ref, line };
  // lt- and hex digits alone is a mistyped id, not a name someone chose.
  if (/^lt-[0-9a-fA-F]+$/.test(ref))
    throw bad(
      // Only hex digits: safe to show as is (preview would mask it as a secret-looking run).
      `line ${line}: '${ref.length > 40 ? `${ref.slice(0, 40)}…` : ref}' looks like a launch template id but has ${ref.length - 3} hex digits, not 17 in lower case`,
      'Copy the id from the console or `aws ec2 describe-launch-templates`, e.g. lt-0123456789abcdef0.',
    );
  if (!NAME.test(ref)) {
    throw bad(
      `line ${line}: '${preview(ref, { max: 80 })}' is neither a launch template id nor a valid name`,
      'Use an id like lt-0123456789abcdef0, or a name of 3 to 128 letters, digits and ( ) . - / _.',
    );
  }
  return { ...(region !== undefined ? { region } : {}), name: ref, line };
}

function stripComment(line: string): string {
  const m = /(^|\s)#/.exec(line);
  return m === null ? line : line.slice(0, m.index);
}

/**
 * Pure: which template is published in which region. A line without a region
 * applies to every distributed region; a line naming a region the image does
 * not go to is an error, found before anything is copied.
 */
export function planLaunchTemplates(
  targets: readonly LaunchTemplateTarget[],
  regions: readonly string[],
  input = LAUNCH_TEMPLATES_INPUT,
): LaunchTemplatePlanItem[] {
  const plan: LaunchTemplatePlanItem[] = [];
  for (const target of targets) {
    if (target.region === undefined) {
      for (const region of regions) plan.push({ region, target });
    } else if (regions.includes(target.region)) plan.push({ region: target.region, target });
    else {
      throw new PipelineError('INPUT', `line ${target.line} names the region ${target.region}, where the image is not distributed`, {
        input,
        line: target.line,
        hint: `Add ${target.region} to 'regions', or drop the region from this line (then the template is updated in every distributed region).`,
      });
    }
  }
  return plan;
}

/** The `launch-template-versions` output: region -> [{ templateId, name, version, default }]. */
export function launchTemplateVersionsOutput(
  versions: readonly PublishedVersion[],
): Record<string, { templateId: string; name: string; version: number; default: boolean }[]> {
  const out: Record<string, { templateId: string; name: string; version: number; default: boolean }[]> = {};
  for (const v of versions) (out[v.region] ??= []).push({ templateId: v.templateId, name: v.name, version: v.version, default: v.default });
  return out;
}
