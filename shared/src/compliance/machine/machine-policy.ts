/**
 * The `machineImage:` section of the policy file: what a compliant AMI looks
 * like. Types here, the JSON Schema in machine-policy-schema.ts (published
 * as machine-policy.schema.json), validation with ajv in
 * validateMachineImagePolicy. Defaults are the strict choice: encrypted,
 * IMDSv2 only, ENA, not public, deprecation set.
 */
import { Ajv, type ErrorObject } from 'ajv';
import type { Severity } from '../finding.js';
import { PipelineError } from '../../errors.js';
import { machinePolicySchema } from './machine-policy-schema.js';

export type BootMode = 'uefi' | 'legacy-bios' | 'uefi-preferred';
export type Architecture = 'x86_64' | 'arm64' | 'i386' | 'x86_64_mac' | 'arm64_mac';

export interface RequiredTag {
  key: string;
  /** Exact value required. */
  value?: string;
  /** Or a regular expression the value must match in full. */
  pattern?: string;
}

export interface MachineImagePolicy {
  encryption?: {
    /** Every EBS snapshot encrypted. Default true. */
    required?: boolean;
    /** When given, every snapshot's key must be one of these (key ARN or key id). */
    kmsKeyIds?: string[];
  };
  /** `v2.0`: instances launched from the image must use IMDSv2. `any`: not checked. Default v2.0. */
  imdsSupport?: 'v2.0' | 'any';
  /** ENA networking enabled. Default true. */
  enaSupport?: boolean;
  /** Allowed boot modes; not checked when absent. */
  bootMode?: BootMode[];
  /** Allowed architectures; not checked when absent. */
  architecture?: Architecture[];
  /** `v2.0`: NitroTPM required. Not checked when absent. */
  tpmSupport?: 'v2.0' | 'any';
  /** May the image or its snapshots be public? Default false. */
  public?: boolean;
  /** When given, the image and snapshots may be shared with these accounts only. */
  allowedShareAccounts?: string[];
  requiredTags?: (string | RequiredTag)[];
  deprecation?: {
    /** A deprecation time must be set. Default true. */
    required?: boolean;
    /** And be at most this many days after the check. */
    maxDays?: number;
  };
  /** Per rule: another severity, or `off`. */
  severity?: Record<string, Severity | 'off'>;
}

let validator: ReturnType<Ajv['compile']> | undefined;

/**
 * Check the raw `machineImage:` value of a loaded policy. `lineOf` (from the
 * policy loader) lets the error point at the offending line.
 */
export function validateMachineImagePolicy(
  raw: unknown,
  where: { file?: string; lineOf?: (path: readonly (string | number)[]) => number | undefined } = {},
): MachineImagePolicy {
  if (raw === undefined || raw === null) return {};
  validator ??= new Ajv({ allErrors: true, allowUnionTypes: true, strict: false }).compile(machinePolicySchema);
  if (validator(raw)) {
    const policy = raw as MachineImagePolicy;
    for (const [i, t] of (policy.requiredTags ?? []).entries()) {
      if (typeof t === 'object' && t.pattern !== undefined) {
        try {
          new RegExp(t.pattern);
        } catch (e) {
          throw policyError(
            `machineImage.requiredTags[${i}].pattern is not a valid regular expression: ${(e as Error).message}`,
            ['machineImage', 'requiredTags', i],
            where,
          );
        }
      }
    }
    return policy;
  }
  const first = (validator.errors ?? [])[0] as ErrorObject | undefined;
  const path = (first?.instancePath ?? '').split('/').filter((s) => s !== '');
  const at = path.length > 0 ? `machineImage.${path.join('.')}` : 'machineImage';
  const detail =
    first?.keyword === 'additionalProperties'
      ? `has an unknown field '${String((first.params as { additionalProperty?: string }).additionalProperty)}'`
      : (first?.message ?? 'is invalid');
  const allowed = first?.keyword === 'enum' ? ` (allowed: ${((first.params as { allowedValues?: unknown[] }).allowedValues ?? []).join(', ')})` : '';
  throw policyError(`${at} ${detail}${allowed}`, ['machineImage', ...path.map((p) => (/^\d+$/.test(p) ? Number(p) : p))], where);
}

function policyError(
  message: string,
  path: (string | number)[],
  where: { file?: string; lineOf?: (path: readonly (string | number)[]) => number | undefined },
): PipelineError {
  const line = where.lineOf?.(path);
  return new PipelineError('POLICY', message, {
    ...(where.file !== undefined ? { file: where.file } : {}),
    ...(line !== undefined ? { line } : {}),
    hint: 'See schema/machine-policy.schema.json for the fields of machineImage.',
  });
}
