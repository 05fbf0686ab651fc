/**
 * test-image's outputs, named as in action.yml, from its typed result. Apart from run.ts so the all-in-one
 * action can name them (src/run.ts outputsOf) without loading the checks (issue 17 item 3: start-up).
 */
import type { Report } from '../../shared/src/report/report.js';

export interface Outputs {
  result: Report['result'];
  /** Findings not ignored. */
  findings: number;
  /** Paths of the SARIF, JUnit and JSON reports. */
  sarif: string;
  junit: string;
  report: string;
  /** Advisories at or above the policy's failOn, not ignored (set when vulnerability-db names databases). */
  vulnerabilities?: number;
  /** Databases older than maxDbAge, when the policy says failOnStaleDb (the verdict fails on them). */
  staleDatabases?: string[];
  /** Paths of the SPDX and CycloneDX SBOMs (container images only). */
  sbom?: string;
  'sbom-cyclonedx'?: string;
  /** The report itself, for callers in the same process (the all-in-one action). */
  details: Report;
}

export const outputsOf = (o: Outputs): Record<string, string> => ({
  result: o.result,
  findings: String(o.findings),
  sarif: o.sarif,
  junit: o.junit,
  report: o.report,
  ...(o.sbom === undefined ? {} : { sbom: o.sbom }),
  ...(o['sbom-cyclonedx'] === undefined ? {} : { 'sbom-cyclonedx': o['sbom-cyclonedx'] }),
  ...(o.vulnerabilities === undefined ? {} : { vulnerabilities: String(o.vulnerabilities) }),
});
