/**
 * What the Parameter Store emulator remembers, per account and region:
 * parameters with their version history and tags, and `aws:ec2:image` writes
 * still being validated. The rules here are written from AWS's documentation
 * (PutParameter API reference; "Requirements and constraints for parameter
 * names"; "Native parameter support for Amazon Machine Image IDs"), on their
 * own, not shared with the code under test, so a test can catch the two
 * disagreeing.
 */

export const DEFAULT_ACCOUNT = '111122223333';

export interface ParameterVersion {
  version: number;
  value: string;
  /** Epoch ms. */
  modified: number;
}

export interface ParameterRecord {
  name: string;
  type: 'String' | 'StringList' | 'SecureString';
  dataType: string;
  versions: ParameterVersion[];
  tags: Record<string, string>;
}

/** An aws:ec2:image write that PutParameter answered 200 to and that is not validated yet. */
export interface PendingWrite {
  name: string;
  type: ParameterRecord['type'];
  dataType: string;
  value: string;
  version: number;
  tags: { Key: string; Value: string }[] | undefined;
  /** Epoch ms when the validation settles. */
  settleAt: number;
}

export interface RegionParameters {
  parameters: Record<string, ParameterRecord>;
  pending: PendingWrite[];
  /** What AWS would send to EventBridge: writes that validation dropped. */
  dropped: { name: string; value: string; version: number; reason: string }[];
}

export function newRegion(): RegionParameters {
  return { parameters: {}, pending: [], dropped: [] };
}

/** The current (latest) version of a parameter. */
export const current = (p: ParameterRecord): ParameterVersion => p.versions[p.versions.length - 1] as ParameterVersion;

/** Why AWS refuses a parameter name, as an error code and message, or undefined. */
export function nameError(name: string): { code: string; message: string } | undefined {
  const pattern =
    'Parameter name: can\'t be prefixed with "aws" or "ssm" (case-insensitive). If formed as a path, it can consist of sub-paths divided by slash symbol; each sub-path can be formed as a mix of letters, numbers and the following 3 symbols .-_';
  if (name.length < 1 || name.length > 1011)
    return { code: 'ValidationException', message: `Parameter name must be between 1 and 1011 characters; got ${name.length}` };
  if (!/^[A-Za-z0-9_.\-/]+$/.test(name)) return { code: 'ValidationException', message: pattern };
  const path = name.startsWith('/') ? name.slice(1) : name;
  if (name.includes('/') && !name.startsWith('/')) return { code: 'ValidationException', message: 'Parameter name must be a fully qualified name.' };
  if (path.split('/').some((s) => s === '')) return { code: 'ValidationException', message: pattern };
  if (/^(aws|ssm)/i.test(path)) return { code: 'ValidationException', message: pattern };
  if (path.split('/').length > 15)
    return {
      code: 'HierarchyLevelLimitExceededException',
      message: 'A hierarchy can have a maximum of 15 levels. For more information, see Requirements and constraints for parameter names.',
    };
  return undefined;
}
