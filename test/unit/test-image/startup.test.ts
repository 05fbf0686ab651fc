/**
 * Issue 17 item 3: test-image's entry loads only what refusing an input or checking a container needs. The
 * machine-image check (the EC2 SDK), signature verification (sigstore), the vulnerability matcher and its
 * findings (OpenVEX), the policy reader (ajv), the container check (the layer scan) and the GitHub client are
 * loaded by import() where used (test-image/src/run.ts), the database readers by db-inputs.ts when it reads;
 * this fails if one of them is imported statically again.
 */
import { describe, expect, it } from '@jest/globals';
import * as path from 'node:path';
import { entryGraph, matching, REPO_ROOT, staticImportGraph } from '../../support/static-imports.js';

describe('test-image start-up: the static import graph of test-image/src/main.ts', () => {
  const { files, packages } = entryGraph('test-image/src/main.ts');

  it('reaches the entry, the inputs and the action shape (the walker follows imports)', () => {
    expect(files).toEqual(expect.arrayContaining(['test-image/src/main.ts', 'test-image/src/run.ts', 'test-image/src/context.ts']));
    // The runner io's workflow-commands.ts (its delimiter), in place of @actions/core: the walker records bare specifiers.
    expect(packages).toContain('node:crypto');
  });

  it('reaches no AWS SDK, sigstore, GitHub client, @actions/core (with undici) or ajv package', () => {
    expect(packages.filter((p) => /^@aws-sdk\/|^@sigstore\/|^@actions\/(github|core|http-client)$|^undici$|^ajv$/.test(p))).toEqual([]);
  });

  it('reaches none of the machine-image, signature, vulnerability-matching, or check-run modules', () => {
    const heavy = [
      /^shared\/src\/aws\/ec2-client\.ts$/,
      /^shared\/src\/compliance\/machine\//,
      /^shared\/src\/report\/machine-report\.ts$/,
      /^shared\/src\/compliance\/signatures\.ts$/,
      /^test-image\/src\/signatures\.ts$/,
      /^shared\/src\/compliance\/vulnerabilities\/scan\.ts$/,
      /^shared\/src\/report\/check-run\.ts$/,
      /^shared\/src\/compliance\/policy-load\.ts$/,
    ];
    expect(matching(files, heavy)).toEqual([]);
  });

  it('reaches none of the report writers (anchoring, SARIF, JUnit, SBOM formats, the summary): test-image/src/reporting.ts loads them after the inputs', () => {
    const reports = [
      /^test-image\/src\/reporting\.ts$/,
      /^shared\/src\/report\/(anchors|annotations|markdown|report-files|sarif|junit|dockerfile)\.ts$/,
      /^shared\/src\/report\/summary\//,
      /^shared\/src\/compliance\/sbom\/(spdx|cyclonedx|document)\.ts$/,
      /^shared\/src\/builders\/dockerfile\.ts$/,
    ];
    expect(matching(files, reports)).toEqual([]);
    // The walker sees the reports where they are imported: run.ts loads them when a run reaches them.
    expect(matching(entryGraph('test-image/src/reporting.ts').files, reports).length).toBeGreaterThanOrEqual(8);
  });

  it('reaches no layer scan, database parser, package-URL parser or rule engine package', () => {
    expect(packages.filter((p) => /^(tar-stream|fflate|semver|packageurl-js|re2js|@renovatebot\/pep440|sql\.js)$/.test(p))).toEqual([]);
  });

  it('reaches neither the container check (the layer scan) nor the database readers nor OpenVEX matching', () => {
    // The report reads CST_RULES from compliance/cst/rules.ts, the inputs VEX_INPUT from advisory.ts, the summary
    // unratedNotice from report/vulnerability-notices.ts; db-inputs.ts loads the readers (load.ts) when it reads.
    const heavy = [
      /^shared\/src\/compliance\/check-image\.ts$/,
      /^shared\/src\/layers\//,
      /^shared\/src\/compliance\/engine\.ts$/,
      /^shared\/src\/compliance\/vulnerabilities\/(load|openvex|match)\.ts$/,
      /^shared\/src\/report\/vulnerabilities\.ts$/,
    ];
    expect(matching(files, heavy)).toEqual([]);
  });
});

describe('staticImportGraph', () => {
  it('follows a static import of a heavy module (the walker can fail)', () => {
    // shared/src/aws/ec2-client.ts imports the EC2 SDK statically: the walker must see it.
    const graph = staticImportGraph(path.join(REPO_ROOT, 'shared/src/aws/ec2-client.ts'));
    expect([...graph.packages.keys()]).toContain('@aws-sdk/client-ec2');
  });
});
