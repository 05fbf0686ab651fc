/**
 * SARIF for GitHub code scanning (issue 15 item 5): a category per image and platform, helpUri per rule,
 * findings without a repository anchor located in the image (never at policy.yml:1), and two images' runs in
 * one upload kept apart, checked with @microsoft/sarif-multitool's GitHub ingestion rules.
 *
 * What GitHub accepts, read before writing this (github/docs
 * content/code-security/reference/code-scanning/sarif-files/sarif-support-for-code-scanning.md):
 * `locations[]` is required ("At least one location is required for code scanning to display a result"), as
 * are `physicalLocation`, `artifactLocation.uri` and `region.startLine`; runAutomationDetails.id is
 * `category/run-id`, a trailing slash keeping the whole string the category. A result with no location, or a
 * logical one only, makes GitHub reject the whole upload ("locationFromSarifResult: expected at least one
 * location", github/codeql-action#1738 and #2459), although the multitool's GH rules flag only the first
 * (GH1015/GH1017/GH2012, checked by hand on 5.7.0). Several runs of one tool and category in one upload are
 * refused since June 2025 (GitHub changelog 2024-05-06), so each image needs its own category.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkImage } from '../../../shared/src/compliance/check-image.js';
import { toFinding } from '../../../shared/src/compliance/engine.js';
import { parsePolicy } from '../../../shared/src/compliance/policy-load.js';
import { anchorFindings } from '../../../shared/src/report/anchors.js';
import { buildReport, TOOL, type Report } from '../../../shared/src/report/report.js';
import { writeReportFiles } from '../../../shared/src/report/report-files.js';
import { REPOSITORY_URL, ruleHelpUri } from '../../../shared/src/report/rule-ids/help-uri.js';
import { automationId, defaultCategory, toSarif } from '../../../shared/src/report/sarif.js';
import { CLEAN_BASE, CLEAN_CONFIG, writeImage } from '../../fixtures/test-image/oci-image.js';

const MULTITOOL = path.join(process.cwd(), 'node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool');

interface Loc {
  physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number } };
  logicalLocations: { fullyQualifiedName: string }[];
}
interface Run {
  automationDetails: { id: string };
  originalUriBaseIds: Record<string, { uri?: string; description: { text: string } }>;
  tool: { driver: { rules: { id: string; helpUri: string }[] } };
  results: { ruleId: string; locations: Loc[] }[];
  properties: { category: string };
}
const runOf = (sarif: object): Run => (sarif as { runs: Run[] }).runs[0] as Run;

let tmp: string;
const reports: Report[] = [];
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'sarif-test-'));
  const policy = parsePolicy({
    text: "schemaVersion: '2.0.0'\nfileExistenceTests:\n  - name: needs curl\n    path: /usr/bin/curl\n",
    file: 'image-policy.yml',
  });
  // Two images on one platform: a setuid file in the base layer and one made by RUN make.
  for (const name of ['api', 'worker']) {
    const dir = await writeImage(path.join(tmp, name, 'layout'), {
      layers: [[...CLEAN_BASE, { path: 'usr/bin/base-suid', content: 'x', mode: 0o4755 }], [{ path: 'opt/app/suid', content: 'y', mode: 0o4755 }]],
      config: { ...CLEAN_CONFIG, User: 'root', Healthcheck: undefined },
      history: [
        { created_by: '/bin/sh -c #(nop) ADD file:base in / ' },
        { created_by: '/bin/sh -c make' },
        { created_by: '/bin/sh -c #(nop) USER root', empty_layer: true },
      ],
    });
    const check = await checkImage({ image: dir, policy });
    const lines = new Map(check.tests.map((t) => [t.name, t.line]));
    const findings = anchorFindings(check.findings, check.view, {
      dockerfile: { file: 'Dockerfile', text: 'FROM debian:12\nRUN make\nUSER root\n' },
      policyFile: 'image-policy.yml',
      policyTestLine: (n) => lines.get(n),
    });
    reports.push(buildReport(check, findings, { failOn: 'error', policyFile: 'image-policy.yml' }));
  }
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('category', () => {
  it('defaults to one per image and platform, stable across builds of the same image', () => {
    const [a, b] = reports as [Report, Report];
    const ida = runOf(toSarif(a)).automationDetails.id;
    const idb = runOf(toSarif(b)).automationDetails.id;
    expect(ida).toMatch(/^test-image\/.*api-layout\/linux-amd64\/$/);
    expect(idb).toMatch(/^test-image\/.*worker-layout\/linux-amd64\/$/);
    expect(ida).not.toBe(idb);
    expect(runOf(toSarif(a)).properties.category).toBe(ida.slice(0, -1));
  });

  it.each([
    ['ghcr.io/acme/app:sha-0123abc', 'linux/amd64', 'test-image/ghcr.io-acme-app/linux-amd64'],
    ['ghcr.io/acme/app:1.2.3@sha256:' + 'a'.repeat(64), 'linux/arm64/v8', 'test-image/ghcr.io-acme-app/linux-arm64-v8'],
    ['localhost:5000/app', 'linux/amd64', 'test-image/localhost-5000-app/linux-amd64'],
    ['layout /home/runner/work/_temp/build-image/layout', 'linux/amd64', 'test-image/home-runner-work-_temp-build-image-layout/linux-amd64'],
    ['oci-archive:out/image.tar', 'linux/amd64', 'test-image/out-image.tar/linux-amd64'],
  ])('%s on %s -> %s', (name, platform, want) => expect(defaultCategory(name, platform)).toBe(want));

  it("the user's category is honoured as the whole category (trailing slash), as codeql-action's upload reads it", () => {
    const run = runOf(toSarif(reports[0] as Report, { category: 'images/api' }));
    expect(run.automationDetails.id).toBe('images/api/');
    expect(automationId('images/api/')).toBe('images/api/');
  });

  it('writeReportFiles takes the category from the inputs object', async () => {
    const paths = { report: path.join(tmp, 'o/report.json'), sarif: path.join(tmp, 'o/r.sarif'), junit: path.join(tmp, 'o/j.xml'), category: 'my/cat' };
    await writeReportFiles(reports[0] as Report, paths);
    expect(runOf(JSON.parse(await fs.readFile(paths.sarif, 'utf8')) as object).automationDetails.id).toBe('my/cat/');
  });
});

describe('helpUri', () => {
  it("every rule links to its row in the README's rule reference; advisories to their OSV record", () => {
    const rules = runOf(toSarif(reports[0] as Report)).tool.driver.rules;
    expect(rules.length).toBeGreaterThan(3);
    for (const r of rules) expect(r.helpUri).toBe(`${REPOSITORY_URL}/blob/main/README.md#rule-${r.id.toLowerCase()}`);
    expect(ruleHelpUri({ id: 'CVE-2024-1234', pack: 'vulnerabilities' })).toBe('https://osv.dev/vulnerability/CVE-2024-1234');
    expect(ruleHelpUri({ id: 'CIS-4.1', pack: 'cis-docker' })).toBe(`${REPOSITORY_URL}/blob/main/README.md#rule-cis-4.1`);
    // The README link and the tool's informationUri name the same repository.
    expect(TOOL.informationUri.startsWith(`${REPOSITORY_URL}/`)).toBe(true);
  });
});

describe('locations', () => {
  const run = (): Run => runOf(toSarif(reports[0] as Report));
  const at = (pred: (l: Loc) => boolean) => run().results.filter((r) => r.locations.some(pred));

  it('no result points at the policy file unless it is a policy test; none at a line 1 of a repository file it has nothing to do with', () => {
    for (const r of run().results) {
      const loc = r.locations[0] as Loc;
      if (loc.physicalLocation.artifactLocation.uri === 'image-policy.yml') expect(r.ruleId).toBe('CST-file-existence');
    }
    expect(at((l) => l.physicalLocation.artifactLocation.uri === 'image-policy.yml').map((r) => r.ruleId)).toEqual(['CST-file-existence']);
  });

  it('a file in the base layer points at FROM, one made by RUN at the RUN; without a Dockerfile both point into the image (IMAGE_ROOT)', () => {
    const where = (report: Report): Record<string, Loc['physicalLocation']> =>
      Object.fromEntries(
        runOf(toSarif(report))
          .results.filter((r) => r.ruleId === 'CIS-4.8')
          .map((r) => [(r.locations[0] as Loc).logicalLocations[0]?.fullyQualifiedName ?? '', (r.locations[0] as Loc).physicalLocation]),
      );
    const report = reports[0] as Report;
    expect(where(report)['/usr/bin/base-suid']).toEqual({ artifactLocation: { uri: 'Dockerfile' }, region: { startLine: 1 } });
    expect(where(report)['/opt/app/suid']).toEqual({ artifactLocation: { uri: 'Dockerfile' }, region: { startLine: 2 } });
    // As anchorFindings leaves them without a Dockerfile (anchors.test.ts): no anchor.
    const bare = { ...report, findings: report.findings.map(({ anchor: _a, ...f }) => f) };
    expect(where(bare)['/opt/app/suid']).toEqual({ artifactLocation: { uri: 'opt/app/suid', uriBaseId: 'IMAGE_ROOT' }, region: { startLine: 1 } });
    expect(where(bare)['/usr/bin/base-suid']).toEqual({ artifactLocation: { uri: 'usr/bin/base-suid', uriBaseId: 'IMAGE_ROOT' }, region: { startLine: 1 } });
    expect(run().originalUriBaseIds.IMAGE_ROOT?.description.text).toContain('The root file system of layout ');
    expect(run().originalUriBaseIds.IMAGE_ROOT?.uri).toBeUndefined();
  });

  it('image metadata and packages without a Dockerfile line go under IMAGE, with escaped paths', () => {
    const report = reports[0] as Report;
    const extra = [
      toFinding('CIS-4.1', 'error', { subject: { kind: 'config', field: 'User' }, expected: 'a', got: 'b' }),
      toFinding('CIS-4.8', 'warning', { subject: { kind: 'file', path: '/opt/a b#c%' }, expected: 'a', got: 'b' }),
      toFinding('CVE-1', 'error', { subject: { kind: 'resource', id: 'libc6@2.36' }, expected: 'a', got: 'b' }),
    ];
    const locs = runOf(toSarif({ ...report, findings: extra })).results.map((r) => (r.locations[0] as Loc).physicalLocation.artifactLocation);
    expect(locs).toEqual([
      { uri: 'config/User', uriBaseId: 'IMAGE' },
      { uri: 'opt/a%20b%23c%25', uriBaseId: 'IMAGE_ROOT' },
      { uri: 'packages/libc6%402.36', uriBaseId: 'IMAGE' },
    ]);
  });
});

describe('two images, one upload', () => {
  it('merged into one SARIF file the runs keep distinct categories and pass the multitool with GitHub rules', async () => {
    // The second image as checked without a Dockerfile: its results point into the image, which the validator must accept too.
    const worker = reports[1] as Report;
    const runs = [runOf(toSarif(reports[0] as Report)), runOf(toSarif({ ...worker, findings: worker.findings.map(({ anchor: _a, ...f }) => f) }))];
    expect(runs[1]?.results.some((r) => r.locations[0]?.physicalLocation.artifactLocation.uriBaseId === 'IMAGE_ROOT')).toBe(true);
    const merged = { ...toSarif(reports[0] as Report), runs };
    const file = path.join(tmp, 'merged.sarif');
    await fs.writeFile(file, JSON.stringify(merged, null, 2));
    expect(new Set(runs.map((r) => r.automationDetails.id)).size).toBe(2);
    expect(runs.every((r) => r.results.length > 0)).toBe(true);
    const out = path.join(tmp, 'validation.sarif');
    const v = spawnSync(MULTITOOL, ['validate', '--rule-kind', 'Gh;Sarif', '--output', out, file], {
      encoding: 'utf8',
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
      timeout: 120_000,
    });
    expect(v.stdout).not.toMatch(/: error /);
    expect(v.status).toBe(0);
    const validation = JSON.parse(await fs.readFile(out, 'utf8')) as { runs: { results?: { level?: string; ruleId: string }[] }[] };
    expect((validation.runs[0]?.results ?? []).filter((x) => x.level === 'error')).toEqual([]);
    // The validator does run its GitHub rules: a result without locations is an error (GH1015), so the check can fail.
    const bad = { ...merged, runs: [{ ...(runs[0] as Run), results: [{ ruleId: 'CIS-4.1', message: { text: 'x.' }, partialFingerprints: { a: 'b' } }] }] };
    await fs.writeFile(file, JSON.stringify(bad));
    const v2 = spawnSync(MULTITOOL, ['validate', '--rule-kind', 'Gh;Sarif', '--output', `${out}.2`, file], {
      encoding: 'utf8',
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
      timeout: 120_000,
    });
    expect(v2.stdout).toMatch(/error GH1015/);
  }, 240_000);
});
