/**
 * The policy file as data: container-structure-test's schemaVersion 2.0.0
 * fields, unchanged, plus our `compliance:` section and the `machineImage:`
 * section that the AMI tests own (kept raw here).
 */
import type { Severity } from './finding.js';

/** CST's EnvVar/Label; the loader fills a missing `value` with '' (Go's zero value). */
export interface EnvVar {
  key: string;
  value: string;
  isRegex?: boolean;
}

export interface CommandTest {
  name: string;
  command: string;
  args?: string[];
  setup?: string[][];
  teardown?: string[][];
  envVars?: EnvVar[];
  exitCode?: number;
  expectedOutput?: string[];
  excludedOutput?: string[];
  expectedError?: string[];
  excludedError?: string[];
}

export type ExecutableBy = 'owner' | 'group' | 'other' | 'any';

export interface FileExistenceTest {
  name: string;
  path: string;
  shouldExist?: boolean;
  permissions?: string;
  /** -1 (CST's default) is not checked. */
  uid?: number;
  gid?: number;
  isExecutableBy?: ExecutableBy;
  /** Not a policy field: the loader sets it to false for schemaVersion 1.0.0, whose paths are not `$VAR`-expanded. */
  expandPath?: false;
  /**
   * Not a policy field: the policy's globalEnvVars, set by the loader. CST's docker driver commits them into
   * the image before a file test (SetEnv), so `$VAR` in a path sees them over the image env.
   */
  globalEnv?: EnvVar[];
}

export interface FileContentTest {
  name: string;
  path: string;
  expectedContents?: string[];
  excludedContents?: string[];
}

export interface MetadataTest {
  envVars?: EnvVar[];
  /** Names; the loader reads CST's object form (`- key: NAME`) into these. */
  unboundEnvVars?: string[];
  labels?: EnvVar[];
  exposedPorts?: string[];
  unexposedPorts?: string[];
  volumes?: string[];
  unmountedVolumes?: string[];
  entrypoint?: string[];
  cmd?: string[];
  workdir?: string;
  user?: string;
}

export interface LicenseTest {
  debian?: boolean;
  files?: string[];
}

export type SeverityOverride = Severity | 'off';

export interface IgnoreRule {
  rule: string;
  /** Globs over image paths (`*` within a segment, `**` across); none means every subject of the rule. */
  paths?: string[];
  reason: string;
  /** YYYY-MM-DD; from the day after, the ignore stops hiding the finding and says so. */
  until?: string;
}

export interface ComplianceSettings {
  /** Budget for the image's uncompressed size: bytes, or a number with B/KB/MB/GB/KiB/MiB/GiB. */
  maxImageSize?: string | number;
  maxLayers?: number;
  /** Setuid/setgid files that are expected (added to the built-in list). */
  setuidAllowlist?: string[];
}

/** The vulnerability scan's policy (`compliance.vulnerabilities`); the advisories come from the `vulnerability-db` input. */
export interface VulnerabilityPolicy {
  /** The lowest advisory severity that is reported and fails; default high. `none`: nothing fails (and nothing is reported as a finding). */
  failOn?: 'critical' | 'high' | 'medium' | 'low' | 'negligible' | 'none';
  /** Leave out advisories with no fixed version yet; default false. */
  ignoreUnfixed?: boolean;
  /** A duration (`7d`, `12h`, `2w`): a database older than this is warned about. */
  maxDbAge?: string;
  /** With maxDbAge: fail the step instead of warning. */
  failOnStaleDb?: boolean;
}

export interface ComplianceSection {
  packs?: string[];
  vulnerabilities?: VulnerabilityPolicy;
  severity?: Record<string, SeverityOverride>;
  ignore?: IgnoreRule[];
  settings?: ComplianceSettings;
}

/** The `signatures:` section (registry images): who is trusted and which sigstore bundles must verify; read by signatures-policy.ts. */
export interface SignaturesSection {
  /** PEM public keys, inline or as paths relative to the policy file. */
  keys?: string[];
  keyless?: { identity?: string; identityRegex?: string; issuer?: string; issuerRegex?: string; trustedRoot: string };
  /** Require the image signature; default true. */
  signature?: boolean;
  /** Predicate types that must be attached and verified. */
  require?: string[];
}

/** container-structure-test's containerRunOptions (pkg/types/unversioned/types.go), honoured or refused by cst/run-options.ts. */
export interface ContainerRunOptions {
  user?: string;
  privileged?: boolean;
  allocateTty?: boolean;
  /** Names of variables passed through from the step's environment. */
  envVars?: string[];
  /** A KEY=value file in the workspace. */
  envFile?: string;
  capabilities?: string[];
  /** `/host/path:/container/path[:ro]`. */
  bindMounts?: string[];
}

export interface Policy {
  schemaVersion: string;
  globalEnvVars?: EnvVar[];
  commandTests?: CommandTest[];
  fileExistenceTests?: FileExistenceTest[];
  fileContentTests?: FileContentTest[];
  metadataTest?: MetadataTest;
  licenseTests?: LicenseTest[];
  /** How command tests' containers run (CST's docker driver options); see cst/run-options.ts. */
  containerRunOptions?: ContainerRunOptions;
  compliance?: ComplianceSection;
  signatures?: SignaturesSection;
  /** Owned by the machine-image tests; not validated here. */
  machineImage?: Record<string, unknown>;
}

/** A loaded policy with where it came from, so findings can point at its lines. */
export interface LoadedPolicy {
  file?: string;
  policy: Policy;
  /** 1-based line of a node, by JSON pointer-ish path (`/fileExistenceTests/0`). */
  lineOf(path: readonly (string | number)[]): number | undefined;
  /** The raw `machineImage:` value, for the AMI tests. */
  machineImage: unknown;
  /** Things the reader should know about how the file was read (e.g. schemaVersion 1.0.0 converted); shown as notices. */
  notices?: string[];
}
