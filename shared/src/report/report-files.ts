/**
 * The three report files test-image leaves behind, written before any
 * verdict so a failing image still has them: the JSON report, SARIF 2.1.0
 * (findings without a file point at `fallbackFile`) and JUnit XML.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { toJUnit } from './junit.js';
import type { Report } from './report.js';
import { toSarif } from './sarif.js';

export interface ReportPaths {
  report: string;
  sarif: string;
  junit: string;
}

export async function writeReportFiles(report: Report, paths: ReportPaths, fallbackFile: string): Promise<void> {
  await writeFile(paths.report, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(paths.sarif, `${JSON.stringify(toSarif(report, fallbackFile), null, 2)}\n`);
  await writeFile(paths.junit, toJUnit(report));
}

async function writeFile(p: string, text: string): Promise<void> {
  await fs.mkdir(path.dirname(p), { recursive: true });
  await fs.writeFile(p, text);
}
