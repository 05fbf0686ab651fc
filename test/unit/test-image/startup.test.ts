/**
 * Issue 17 item 3: test-image's entry loads only what refusing an input or checking a container needs. The
 * machine-image check (the EC2 SDK), signature verification (sigstore), the vulnerability matcher, the policy
 * reader (ajv), and the GitHub client are loaded by import() where used
 * (test-image/src/run.ts); this fails if one of them is imported statically again.
 */
import { describe, expect, it } from '@jest/globals';
import * as path from 'node:path';
import { staticImportGraph } from '../../support/static-imports.js';

const root = path.resolve(import.meta.dirname, '../../..');
const rel = (f: string): string => path.relative(root, f).replace(/\\/g, '/');

describe('test-image start-up: the static import graph of test-image/src/main.ts', () => {
  const graph = staticImportGraph(path.join(root, 'test-image/src/main.ts'));
  const files = [...graph.files].map(rel);
  const packages = [...graph.packages.keys()];

  it('reaches the entry, the inputs and the action shape (the walker follows imports)', () => {
    expect(files).toEqual(expect.arrayContaining(['test-image/src/main.ts', 'test-image/src/run.ts', 'test-image/src/context.ts']));
    expect(packages).toContain('@actions/core');
  });

  it('reaches no AWS SDK, sigstore, GitHub client or ajv package', () => {
    expect(packages.filter((p) => /^@aws-sdk\/|^@sigstore\/|^@actions\/github$|^ajv$/.test(p))).toEqual([]);
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
    expect(files.filter((f) => heavy.some((h) => h.test(f)))).toEqual([]);
  });
});

describe('staticImportGraph', () => {
  it('follows a static import of a heavy module (the walker can fail)', () => {
    // shared/src/aws/ec2-client.ts imports the EC2 SDK statically: the walker must see it.
    const graph = staticImportGraph(path.join(root, 'shared/src/aws/ec2-client.ts'));
    expect([...graph.packages.keys()]).toContain('@aws-sdk/client-ec2');
  });
});
