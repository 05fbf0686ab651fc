/**
 * The three report files test-image leaves behind, written before any
 * verdict so a failing image still has them: the JSON report, SARIF 2.1.0
 * (under the `category` input, else one derived from the image and platform;
 * findings without a repository anchor point into the image, see sarif.ts)
 * and JUnit XML (fail-on decides what is a failure); and for a container
 * image its SBOM, as SPDX 2.3 and CycloneDX 1.6 JSON.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { cycloneDxJson } from '../compliance/sbom/cyclonedx.js';
import type { DocumentOptions } from '../compliance/sbom/document.js';
import type { Sbom } from '../compliance/sbom/package.js';
import { spdxJson } from '../compliance/sbom/spdx.js';
import { toJUnit } from './junit.js';
import type { Report } from './report.js';
import { toSarif } from './sarif.js';

export interface ReportPaths {
  report: string;
  sarif: string;
  junit: string;
  /** test-image's `category` input (the inputs object is passed whole). */
  category?: string;
}

/** An unanchored finding is reported inside the image (sarif.ts), never at a repository file it has nothing to do with. */
export async function writeReportFiles(report: Report, paths: ReportPaths): Promise<void> {
  await writeFile(paths.report, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(paths.sarif, `${JSON.stringify(toSarif(report, paths.category === undefined ? {} : { category: paths.category }), null, 2)}\n`);
  await writeFile(paths.junit, toJUnit(report));
}

export interface SbomPaths {
  sbom: string;
  'sbom-cyclonedx': string;
}

export async function writeSbomFiles(sbom: Sbom, paths: SbomPaths, opts: DocumentOptions): Promise<void> {
  await writeFile(paths.sbom, spdxJson(sbom, opts));
  await writeFile(paths['sbom-cyclonedx'], cycloneDxJson(sbom, opts));
}

async function writeFile(p: string, text: string): Promise<void> {
  await fs.mkdir(path.dirname(p), { recursive: true });
  await fs.writeFile(p, text);
}
