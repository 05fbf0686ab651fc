/**
 * Input readers for machine images that more than one action uses: which AMIs
 * (`amis` JSON or `ami-id` + `ami-region`, test-image) and durations
 * (`90d`, `12h`, distribute-image's retention and waits). Pure over `env`.
 */
import { PipelineError } from '../errors.js';
import { getInput, type Env } from './inputs.js';

const UNITS: Readonly<Record<string, number>> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

/**
 * `90d`, `12h`, `30m`, `45s`, `2w`; with `allowDate`, also a date or time
 * (`2027-01-31`, `2027-01-31T12:00:00Z`) meaning "until then".
 */
export function parseDuration(text: string, input: string, opts: { allowDate?: boolean; now?: Date } = {}): number {
  const m = /^(\d+)\s*([smhdw])$/.exec(text.trim());
  if (m !== null) return Number(m[1]) * (UNITS[m[2] as string] as number);
  if (opts.allowDate === true && /^\d{4}-\d{2}-\d{2}/.test(text.trim()) && !Number.isNaN(Date.parse(text.trim()))) {
    return Date.parse(text.trim()) - (opts.now ?? new Date()).getTime();
  }
  throw new PipelineError('INPUT', `input '${input}' is '${text}', not a duration`, {
    input,
    hint: `Write a number and a unit: s, m, h, d or w (e.g. 90d)${opts.allowDate === true ? ', or a date like 2027-01-31' : ''}.`,
  });
}

/**
 * The images test-image checks: `amis` (the JSON output of build-image or
 * distribute-image: every regional copy), or `ami-id` with `ami-region`.
 */
export function getMachineImageTargets(env: Env): { region: string; imageId: string }[] {
  const amis = getInput(env, 'amis');
  if (amis !== '') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(amis);
    } catch (e) {
      throw new PipelineError('INPUT', `input 'amis' is not JSON: ${(e as Error).message}`, {
        input: 'amis',
        cause: e,
        hint: 'Pass the amis output of build-image or distribute-image: {"us-east-1":"ami-..."}.',
      });
    }
    if (
      typeof parsed !== 'object' ||
      parsed === null ||
      Array.isArray(parsed) ||
      !Object.values(parsed).every((v) => typeof v === 'string' && /^ami-[0-9a-f]{8,17}$/.test(v))
    ) {
      throw new PipelineError('INPUT', "input 'amis' must map regions to AMI ids", { input: 'amis', hint: 'Example: {"us-east-1":"ami-0123456789abcdef0"}.' });
    }
    return Object.entries(parsed as Record<string, string>).map(([region, imageId]) => ({ region, imageId }));
  }
  const imageId = getInput(env, 'ami-id', { required: true });
  if (!/^ami-[0-9a-f]{8,17}$/.test(imageId)) throw new PipelineError('INPUT', `'${imageId}' is not an AMI id`, { input: 'ami-id' });
  const region = getInput(env, 'ami-region') || (env['AWS_REGION'] ?? env['AWS_DEFAULT_REGION'] ?? '');
  if (region === '')
    throw new PipelineError('INPUT', "input 'ami-region' is required with 'ami-id'", {
      input: 'ami-region',
      hint: 'Set ami-region, or AWS_REGION in the job.',
    });
  return [{ region, imageId }];
}
