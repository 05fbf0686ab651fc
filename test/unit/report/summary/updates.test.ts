import { describe, expect, test } from '@jest/globals';
import { packageCheckNote, updatesSummary } from '../../../../shared/src/report/summary/updates.js';
import type { UpdateCheck } from '../../../../shared/src/updates/check.js';
import { LIBSSL_FIX } from '../../../support/security-fix.js';

const A = `sha256:${'a'.repeat(64)}` as UpdateCheck['bases'][number]['digest'];
const B = `sha256:${'b'.repeat(64)}` as UpdateCheck['bases'][number]['digest'];

const moved: UpdateCheck = {
  image: 'reg.lan/acme/app:latest',
  digest: `sha256:${'c'.repeat(64)}`,
  bases: [
    { name: 'reg.lan/base:1', digest: A },
    { name: 'reg.lan/tools:2', digest: B },
  ],
  rebuild: true,
  reasons: [`base reg.lan/base:1 moved from ${A} to ${B}`, 'libc6 has an update'],
  verdicts: [
    { kind: 'moved', base: { name: 'reg.lan/base:1', digest: A }, now: B },
    { kind: 'unchanged', base: { name: 'reg.lan/tools:2', digest: B } },
  ],
  packages: {
    kind: 'checked',
    family: 'deb',
    platform: 'linux/amd64',
    installed: 90,
    indexes: ['https://deb.debian.org/debian/dists/bookworm/main/binary-amd64/Packages.gz'],
    updates: [{ name: 'libc6', installed: '2.36-9', available: '2.36-9+deb12u4' }],
  },
  rebuildOn: 'any',
};

describe('updatesSummary', () => {
  test('the verdict, one row per base, the reasons, the package note and one row per package update', () => {
    const md = updatesSummary(moved);
    const lines = md.split('\n');
    expect(lines[0]).toBe('### Update check: rebuild needed');
    expect(lines).toContain('| base | recorded digest | verdict |');
    expect(lines).toContain(`| reg.lan/base:1 | <code>${A}</code> | moved to <code>${B}</code> |`);
    expect(lines).toContain(`| reg.lan/tools:2 | <code>${B}</code> | unchanged |`);
    expect(lines).toContain(`- base reg.lan/base:1 moved from ${A} to ${B}`);
    expect(lines).toContain('- libc6 has an update');
    expect(lines).toContain('checked 90 installed deb packages of the linux/amd64 image against 1 package index: 1 with updates');
    expect(lines).toContain('| package | installed | available |');
    expect(lines).toContain('| `libc6` | `2.36-9` | `2.36-9+deb12u4` |');
    expect(
      updatesSummary({
        ...moved,
        packages: {
          ...moved.packages,
          updates: [{ name: 'libssl3', installed: '3.0.11-1~deb12u1', available: '1:3.0.13-1~deb12u1' }],
        } as UpdateCheck['packages'],
      }),
    ).toContain('| `libssl3` | `3.0.11-1~deb12u1` | `1:3.0.13-1~deb12u1` |');
  });

  test('up to date, packages skipped: no package table, the reason shown', () => {
    const md = updatesSummary({
      ...moved,
      rebuild: false,
      reasons: [],
      verdicts: [{ kind: 'unchanged', base: { name: 'reg.lan/base:1', digest: A } }],
      packages: { kind: 'skipped', reason: 'packages not checked: no package index configured (set package-index-urls)' },
    });
    expect(md.split('\n')[0]).toBe('### Update check: up to date');
    expect(md).toContain('packages not checked: no package index configured (set package-index-urls)');
    expect(md).not.toContain('| package |');
    expect(md).not.toMatch(/^- /m);
  });

  test('security fixes: a count and one row each; under rebuild-on: security the updates are marked as information', () => {
    const fix = { ...LIBSSL_FIX };
    const md = updatesSummary({ ...moved, rebuildOn: 'security', packages: { ...moved.packages, securityFixes: [fix] } as UpdateCheck['packages'] });
    const lines = md.split('\n');
    expect(lines).toContain('1 known vulnerability has a fix available in the package index');
    expect(lines).toContain('| vulnerability | package | installed | fixed in | available |');
    expect(lines).toContain('| `CVE-2024-0001` | `libssl3` | `3.0.11-1~deb12u2` | `openssl` `3.0.13-1~deb12u1` | `3.0.13-1~deb12u1+b1` |');
    expect(lines).toContain('With rebuild-on: security, these updates are listed for information; only a security fix sets rebuild-needed.');
    const none = updatesSummary({ ...moved, packages: { ...moved.packages, securityFixes: [] } as UpdateCheck['packages'] });
    expect(none).toContain('0 known vulnerabilities have a fix available in the package index');
    expect(none).not.toContain('| vulnerability |');
    expect(none).not.toContain('listed for information');
    // Without vulnerability-db, nothing about vulnerabilities.
    expect(updatesSummary(moved)).not.toMatch(/vulnerabilit/);
  });

  test('a gone base, and text from the image cannot add markup', () => {
    const md = updatesSummary({
      ...moved,
      reasons: ['[x](https://evil) <img>'],
      verdicts: [{ kind: 'gone', base: { name: 'evil|<b>x</b>', digest: A } }],
      packages: {
        kind: 'checked',
        family: 'apk',
        platform: 'linux/arm64',
        installed: 3,
        indexes: ['a', 'b'],
        updates: [{ name: 'a|b', installed: '1', available: '<2>' }],
      },
    });
    expect(md).toContain('| evil\\|&lt;b&gt;x&lt;/b&gt; |');
    expect(md).toContain('| gone |');
    expect(md).toContain('- \\[x\\]\\(https\\://evil) &lt;img&gt;');
    expect(md).toContain('| a\\|b | `1` | &lt;2&gt; |');
    expect(md).toContain('against 2 package indexes: 1 with updates');
  });
});

test('packageCheckNote: the skip reason, or what was checked', () => {
  expect(packageCheckNote({ kind: 'skipped', reason: 'packages not checked: the image is not published' })).toBe(
    'packages not checked: the image is not published',
  );
  expect(packageCheckNote(moved.packages)).toBe('checked 90 installed deb packages of the linux/amd64 image against 1 package index: 1 with updates');
});
