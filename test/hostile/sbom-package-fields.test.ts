/**
 * Names and versions an image's package databases and manifests give are
 * untrusted text bound for SARIF, JUnit, the summary and SPDX ids: one with a
 * control character, whitespace, or past its length bound is not cataloged,
 * and a notice names the file that listed it with a short preview.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { checkImage } from '../../shared/src/compliance/check-image.js';
import { defaultPolicy } from '../../shared/src/compliance/policy-load.js';
import { MAX_NPM_NAME, MAX_VERSION, packageFieldsProblem } from '../../shared/src/compliance/sbom/package-fields.js';
import { makeLayout } from '../support/image-fixture.js';

const json = (v: unknown): string => JSON.stringify(v);
const entry = (name: string, version: string): string => `Package: ${name}\nStatus: install ok installed\nArchitecture: amd64\nVersion: ${version}\n`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'sbom-fields-'));
  await makeLayout(dir, {
    layers: [
      {
        files: {
          'etc/os-release': 'ID=debian\nVERSION_ID="12"\nVERSION_CODENAME=bookworm\n',
          'var/lib/dpkg/status': [entry('good', '1.0-1'), entry('evil\x1b[31m', '1.0-1'), entry('long', `1.${'0'.repeat(MAX_VERSION)}`)].join('\n'),
          'app/node_modules/ok/package.json': json({ name: 'ok', version: '1.0.0' }),
          'app/node_modules/big/package.json': json({ name: 'a'.repeat(MAX_NPM_NAME + 1), version: '1.0.0' }),
          'app/node_modules/spaced/package.json': json({ name: 'has space', version: '1.0.0' }),
          'app/node_modules/bidi/package.json': json({ name: 'left\u202eright', version: '1.0.0' }),
          'app/node_modules/cmd/package.json': json({ name: 'cmd', version: '1.0.0\n::error::pwned' }),
          'usr/lib/python3/dist-packages/x-1.dist-info/METADATA': `Metadata-Version: 2.1\nName: x\nVersion: ${'9'.repeat(MAX_VERSION + 1)}\n`,
        },
      },
    ],
  });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('package names and versions from the image', () => {
  it('drops what no package manager would accept, with a notice naming the file and a short preview', async () => {
    const { sbom, notices } = await checkImage({ image: dir, policy: defaultPolicy(), rules: ['none'] });
    expect(sbom.packages.map((p) => `${p.ecosystem} ${p.name} ${p.version}`)).toEqual(['deb good 1.0-1', 'npm ok 1.0.0']);
    const text = notices.join('\n');
    expect(text).toContain('/var/lib/dpkg/status in ');
    expect(text).toMatch(
      /\/var\/lib\/dpkg\/status in [^:]*: 2 packages not cataloged \(name "evil\\x1b\[31m" holds a control character; version "1\.0+…" is 130 characters long, expected at most 128\)/,
    );
    expect(text).toMatch(
      /\/app\/node_modules\/big\/package\.json in [^:]*: 1 package not cataloged \(name "a+…" is 215 characters long, expected at most 214\)/,
    );
    expect(text).toContain('/app/node_modules/spaced/package.json');
    expect(text).toContain('name "has space" holds whitespace');
    expect(text).toContain('name "left\\u202eright" holds a control character');
    // The newline is never echoed: no line of any notice starts a workflow command.
    expect(text).toContain('/app/node_modules/cmd/package.json');
    expect(notices.every((n) => !n.includes('\n'))).toBe(true);
    expect(text).toContain('/usr/lib/python3/dist-packages/x-1.dist-info/METADATA');
  });

  it('accepts the ordinary shapes of every ecosystem', () => {
    for (const p of [
      { ecosystem: 'deb', name: 'libssl3', version: '3.0.11-1~deb12u2', source: { name: 'openssl', version: '3.0.11-1~deb12u2' } },
      { ecosystem: 'npm', name: '@types/node', version: '20.2.0' },
      { ecosystem: 'golang', name: 'example.com/app', version: '(devel)' },
      { ecosystem: 'golang', name: 'golang.org/x/sys', version: 'v0.0.0-20220715151400-c0bba94af5f8' },
      { ecosystem: 'maven', name: 'org.apache.logging.log4j:log4j-core', version: '2.0-alpha1' },
      { ecosystem: 'rpm', name: 'bash', version: '1:5.2.26-3.fc40' },
      { ecosystem: 'golang', name: 'example.com/langdemo', version: '' },
    ] as const)
      expect(packageFieldsProblem(p)).toBeUndefined();
    expect(packageFieldsProblem({ ecosystem: 'deb', name: 'x', version: '1', source: { name: 'src x', version: '1' } })).toBe(
      'source name "src x" holds whitespace',
    );
  });
});
