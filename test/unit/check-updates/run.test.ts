import { describe, expect, test } from '@jest/globals';
import { memoryIO } from '../../../shared/src/action/io.js';
import { runStage } from '../../../shared/src/action/run-action.js';
import { checkUpdates, run } from '../../../check-updates/src/run.js';
import { inputEnv } from '../../../scripts/local/run-bundle.js';
import type { AdvisoryLoader, UpdateCheck, UpdateCheckOptions } from '../../../shared/src/updates/check.js';
import type { Advisory } from '../../../shared/src/compliance/vulnerabilities/advisory.js';
import { packageNames } from '../../../shared/src/compliance/vulnerabilities/package-filter.js';
import { LIBSSL_FIX } from '../../support/security-fix.js';

const A = `sha256:${'a'.repeat(64)}` as UpdateCheck['bases'][number]['digest'];
const B = `sha256:${'b'.repeat(64)}` as UpdateCheck['bases'][number]['digest'];
const result: UpdateCheck = {
  image: 'reg.lan/acme/app:latest',
  digest: `sha256:${'c'.repeat(64)}`,
  bases: [{ name: 'reg.lan/base:1', digest: A }],
  rebuild: true,
  reasons: [`base reg.lan/base:1 moved from ${A} to ${B}`],
  verdicts: [{ kind: 'moved', base: { name: 'reg.lan/base:1', digest: A }, now: B }],
  packages: {
    kind: 'checked',
    family: 'deb',
    platform: 'linux/amd64',
    installed: 90,
    indexes: ['https://x/Packages.gz'],
    updates: [{ name: 'libc6', installed: '2.36-9', available: '2.36-9+deb12u4' }],
  },
  rebuildOn: 'any',
};

describe('check-updates run() with a stubbed check', () => {
  test('passes the connect options and index URLs, and logs, summarises and returns the result', async () => {
    const inputs = checkUpdates.getInputs({
      ...inputEnv({
        image: 'reg.lan/acme/app:latest',
        'registry-auth': '- registry: reg.lan\n  username: u\n  password: pw\n',
        'github-token': 'ghs_x',
        'insecure-registries': 'reg.lan',
        'package-index-urls': 'https://x/Packages.gz',
      }),
      AWS_ENDPOINT_URL_ECR: 'http://127.0.0.1:4566',
    });
    const io = memoryIO();
    const calls: Array<[string, UpdateCheckOptions]> = [];
    const got = await run(inputs, io, async (image, opts = {}) => {
      calls.push([image, opts]);
      opts.auth?.mask?.('found-later');
      return result;
    });
    expect(got).toBe(result);
    expect(calls).toHaveLength(1);
    const [image, opts] = calls[0] as [string, UpdateCheckOptions];
    expect(image).toBe('reg.lan/acme/app:latest');
    expect(opts.insecureRegistries).toEqual(['reg.lan']);
    expect(opts.packageIndexUrls).toEqual(['https://x/Packages.gz']);
    expect(opts.auth).toMatchObject({
      registryAuth: [{ registry: 'reg.lan', username: 'u', password: 'pw' }],
      githubToken: 'ghs_x',
      ecrEndpoint: 'http://127.0.0.1:4566',
    });
    expect(io.recorded.masked).toEqual(['found-later']);
    expect(io.recorded.log.map((l) => l.message)).toEqual([
      'reg.lan/acme/app:latest: rebuild needed',
      `  base reg.lan/base:1 moved from ${A} to ${B}`,
      '  checked 90 installed deb packages of the linux/amd64 image against 1 package index: 1 with updates',
    ]);
    expect(io.recorded.summary).toContain('### Update check: rebuild needed');
    expect(io.recorded.summary).toContain('| `libc6` | `2.36-9` | `2.36-9+deb12u4` |');
  });

  test('outputsOf names every action.yml output', () => {
    expect(checkUpdates.outputsOf(result)).toEqual({
      'rebuild-needed': 'true',
      reason: `base reg.lan/base:1 moved from ${A} to ${B}`,
      bases: JSON.stringify([{ name: 'reg.lan/base:1', digest: A, verdict: 'moved', now: B }]),
      digest: `sha256:${'c'.repeat(64)}`,
      packages: '[{"name":"libc6","installed":"2.36-9","available":"2.36-9+deb12u4"}]',
      'package-check': 'checked 90 installed deb packages of the linux/amd64 image against 1 package index: 1 with updates',
      'security-fixes': '[]',
    });
    const unpublished: UpdateCheck = {
      image: 'x',
      bases: [],
      rebuild: true,
      reasons: ['x is not published yet'],
      verdicts: [],
      packages: { kind: 'skipped', reason: 'packages not checked: the image is not published' },
      rebuildOn: 'any',
    };
    expect(checkUpdates.outputsOf(unpublished)).toEqual({
      'rebuild-needed': 'true',
      reason: 'x is not published yet',
      bases: '[]',
      digest: '',
      packages: '[]',
      'package-check': 'packages not checked: the image is not published',
      'security-fixes': '[]',
    });
  });

  test('vulnerability-db is read for the image release once the check knows it (the one reader, filtered), with rebuild-on; security-fixes lists the fixes', async () => {
    const tracker = new URL('../../fixtures/vulnerabilities/security-rebuild/debian-tracker.json', import.meta.url).pathname;
    const inputs = checkUpdates.getInputs(
      inputEnv({ image: 'reg.lan/acme/app:latest', 'package-index-urls': 'default', 'vulnerability-db': tracker, 'rebuild-on': 'security' }),
    );
    const io = memoryIO();
    const fix = { ...LIBSSL_FIX };
    const withFix: UpdateCheck = {
      ...result,
      rebuildOn: 'security',
      packages: { ...(result.packages as object), securityFixes: [fix] } as UpdateCheck['packages'],
    };
    let seen: UpdateCheckOptions | undefined;
    let bookworm: readonly Advisory[] = [];
    let every: readonly Advisory[] = [];
    let openssl: readonly Advisory[] = [];
    await run(inputs, io, async (_image, opts = {}) => {
      seen = opts;
      // As checkPackages does once it has read the image's os-release.
      const load = opts.advisories as AdvisoryLoader;
      bookworm = await load(new Set(['bookworm', '12']));
      every = await load(undefined);
      // With the image's packages (as checkPackages passes them): only their sources' advisories are read.
      openssl = await load(new Set(['bookworm', '12']), packageNames([{ ecosystem: 'deb', name: 'libssl3', source: { name: 'openssl' } }]));
      return withFix;
    });
    expect(seen?.rebuildOn).toBe('security');
    expect(typeof seen?.advisories).toBe('function');
    expect(bookworm.some((a) => a.id === 'CVE-2024-0001' && a.package === 'openssl')).toBe(true);
    // The tracker's bullseye entry is left out for a bookworm image, kept without a release.
    expect(bookworm.every((a) => a.distroRelease === 'bookworm')).toBe(true);
    expect(every.some((a) => a.distroRelease === 'bullseye')).toBe(true);
    expect(every.length).toBeGreaterThan(bookworm.length);
    expect(openssl.length).toBeGreaterThan(0);
    expect(openssl).toEqual(bookworm.filter((a) => a.package === 'openssl'));
    expect(openssl.length).toBeLessThan(bookworm.length);
    expect(io.recorded.log.map((l) => l.message)[0]).toMatch(/^\d+ advisories read from 1 vulnerability database\(s\) \(release bookworm\/12\)$/);
    expect(JSON.parse(checkUpdates.outputsOf(withFix)['security-fixes'] as string)).toEqual([
      { id: 'CVE-2024-0001', package: 'libssl3', installed: '3.0.11-1~deb12u2', fixed: '3.0.13-1~deb12u1', available: '3.0.13-1~deb12u1+b1' },
    ]);
    expect(io.recorded.summary).toContain('| `CVE-2024-0001` | `libssl3` | `3.0.11-1~deb12u2` | `openssl` `3.0.13-1~deb12u1` | `3.0.13-1~deb12u1+b1` |');
    expect(io.recorded.summary).toContain('With rebuild-on: security, these updates are listed for information');
  });

  test('passwords and the token are masked before the check runs', async () => {
    const io = memoryIO();
    const inputs = checkUpdates.getInputs(
      inputEnv({ image: 'reg.lan/acme/app:latest', 'registry-auth': '- registry: reg.lan\n  username: u\n  password: pw\n', 'github-token': 'ghs_x' }),
    );
    const stage = {
      ...checkUpdates,
      run: async (i: typeof inputs, stageIO: typeof io) => {
        expect(io.recorded.masked).toEqual(['pw', 'ghs_x']);
        return run(i, stageIO, async () => result);
      },
    };
    await runStage(stage, inputs, io);
    expect(io.recorded.outputs['rebuild-needed']).toBe('true');
  });
});
