/**
 * One image per rule: the clean image has no findings; each variant breaks
 * exactly one rule and must produce exactly that rule's finding, about the
 * right subject. Images are real OCI layouts read through the real scanner.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkImage } from '../../../shared/src/compliance/check-image.js';
import type { Subject } from '../../../shared/src/compliance/finding.js';
import { defaultPolicy } from '../../../shared/src/compliance/policy-load.js';
import { ALL_RULES } from '../../../shared/src/compliance/rules/index.js';
import { CLEAN_BASE, CLEAN_CONFIG, writeImage, type ImageSpec, type Member } from '../../fixtures/test-image/oci-image.js';

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'rules-test-'));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

const withFiles = (...extra: Member[]): ImageSpec => ({ layers: [CLEAN_BASE, extra] });
const withConfig = (c: Partial<typeof CLEAN_CONFIG>, history?: ImageSpec['history']): ImageSpec => ({
  layers: [CLEAN_BASE],
  config: { ...CLEAN_CONFIG, ...c },
  ...(history === undefined ? {} : { history }),
});
const replacing = (p: string, m: Member): ImageSpec => ({ layers: [[...CLEAN_BASE.filter((x) => x.path !== p), m]] });
const historyOf = (...steps: string[]): ImageSpec['history'] => [
  { created_by: '/bin/sh -c #(nop) COPY dir:base in / ' },
  ...steps.map((s) => ({ created_by: s, empty_layer: true })),
];

let n = 0;
async function findingsOf(spec: ImageSpec) {
  const dir = await writeImage(path.join(tmp, `img${n++}`), spec);
  const r = await checkImage({ image: dir, policy: defaultPolicy(), today: new Date('2026-11-26T00:00:00Z') });
  return r.findings;
}

const CASES: [string, ImageSpec, Subject | RegExp][] = [
  ['CIS-4.1', withConfig({ User: '' }), { kind: 'config', field: 'User' }],
  ['CIS-4.1', withConfig({ User: 'root' }), { kind: 'config', field: 'User' }],
  ['CIS-4.1', withConfig({ User: '0' }), { kind: 'config', field: 'User' }],
  ['CIS-4.1', withConfig({ User: '0:0' }), { kind: 'config', field: 'User' }],
  ['CIS-4.1', withConfig({ User: 'ghost' }), { kind: 'config', field: 'User' }],
  ['CIS-4.6', withConfig({ Healthcheck: undefined }), { kind: 'config', field: 'Healthcheck' }],
  ['CIS-4.6', withConfig({ Healthcheck: { Test: ['NONE'] } }), { kind: 'config', field: 'Healthcheck' }],
  ['CIS-4.7', withConfig({}, historyOf('/bin/sh -c apt-get update')), { kind: 'history', index: 1, createdBy: '/bin/sh -c apt-get update' }],
  ['CIS-4.8', withFiles({ path: 'usr/local/bin/tool', content: 'x', mode: 0o4755 }), { kind: 'file', path: '/usr/local/bin/tool', layer: 1 }],
  ['CIS-4.8', withFiles({ path: 'usr/local/bin/grp', content: 'x', mode: 0o2755 }), { kind: 'file', path: '/usr/local/bin/grp', layer: 1 }],
  [
    'CIS-4.9',
    withConfig({}, historyOf('/bin/sh -c #(nop) ADD https://example.com/tool.tgz in /opt/ ')),
    { kind: 'history', index: 1, createdBy: '/bin/sh -c #(nop) ADD https://example.com/tool.tgz in /opt/ ' },
  ],
  ['CIS-4.10', withConfig({ Env: [...(CLEAN_CONFIG.Env ?? []), 'DB_PASSWORD=hunter2hunter2'] }), { kind: 'config', field: 'Env', key: 'DB_PASSWORD' }],
  ['CIS-4.10', withConfig({ Labels: { 'ci.token': 'ghp_abcdefghijklmnopqrstuvwxyz0123456789' } }), { kind: 'config', field: 'Labels', key: 'ci.token' }],
  [
    'CIS-4.10',
    withConfig({}, historyOf('|1 NPM_TOKEN=npm_abcdefghijklmnopqrstuvwxyz0123456789 /bin/sh -c npm ci')),
    { kind: 'history', index: 1, createdBy: '(redacted)' },
  ],
  [
    'CIS-4.10',
    withFiles({ path: 'home/app/id_rsa', content: '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n' }),
    { kind: 'file', path: '/home/app/id_rsa', layer: 1 },
  ],
  [
    'CIS-4.10',
    withFiles({ path: 'srv/config/db.properties', content: '# db\nurl=jdbc:x\npassword=s3cr3t-value\n' }),
    { kind: 'file', path: '/srv/config/db.properties', layer: 1 },
  ],
  [
    'CIS-4.10',
    withFiles({ path: 'opt/app/settings.json', content: '{"key": "AKIAABCDEFGHIJKLMNOP"}' }),
    { kind: 'file', path: '/opt/app/settings.json', layer: 1 },
  ],
  ['IMG-WORLD-WRITABLE', withFiles({ path: 'srv/drop/', type: 'directory', mode: 0o777 }), { kind: 'file', path: '/srv/drop', layer: 1 }],
  [
    'IMG-EMPTY-PASSWORD',
    replacing('etc/shadow', { path: 'etc/shadow', content: 'root:*:19000::::::\napp::19000::::::\n', mode: 0o640 }),
    { kind: 'file', path: '/etc/shadow', layer: 0 },
  ],
  [
    'IMG-DUPLICATE-ID',
    replacing('etc/passwd', { path: 'etc/passwd', content: 'root:x:0:0::/root:/bin/sh\napp:x:1000:1000::/home/app:/bin/sh\nbackup:x:1000:1000::/:/bin/sh\n' }),
    { kind: 'file', path: '/etc/passwd', layer: 0 },
  ],
  [
    'IMG-DUPLICATE-ID',
    replacing('etc/group', { path: 'etc/group', content: 'root:x:0:\napp:x:1000:\nstaff:x:1000:\n' }),
    { kind: 'file', path: '/etc/group', layer: 0 },
  ],
  ['IMG-SUDO', withFiles({ path: 'usr/bin/sudo', content: 'x', mode: 0o755 }), { kind: 'file', path: '/usr/bin/sudo', layer: 1 }],
  [
    'IMG-SENSITIVE-VOLUME',
    withConfig({ Volumes: { '/home/app/data': {}, '/var/run/docker.sock': {} } }),
    { kind: 'config', field: 'Volumes', key: '/var/run/docker.sock' },
  ],
  [
    'IMG-PKG-CACHE',
    withFiles({ path: 'var/lib/apt/lists/lock', content: '' }, { path: 'var/lib/apt/lists/deb.debian.org_dists_bookworm_InRelease', content: 'x'.repeat(100) }),
    { kind: 'file', path: '/var/lib/apt/lists', layer: 1 },
  ],
  [
    'IMG-UNWANTED-FILE',
    withFiles({ path: 'home/app/.git/', type: 'directory' }, { path: 'home/app/.git/HEAD', content: 'ref: refs/heads/main\n' }),
    { kind: 'file', path: '/home/app/.git', layer: 1 },
  ],
  ['IMG-UNWANTED-FILE', withFiles({ path: 'home/app/.bash_history', content: 'ls\n' }), { kind: 'file', path: '/home/app/.bash_history', layer: 1 }],
  ['IMG-SIZE', withFiles({ path: 'opt/blob.bin', content: Buffer.alloc(1024 * 1024 + 1) }), { kind: 'manifest', field: 'size' }],
  [
    'IMG-LAYERS',
    { layers: [CLEAN_BASE, ...Array.from({ length: 51 }, (_, i) => [{ path: `opt/f${i}`, content: 'x' }])] },
    { kind: 'manifest', field: 'layers' },
  ],
  [
    'IMG-BASE-UNPINNED',
    { layers: [CLEAN_BASE], annotations: { 'org.opencontainers.image.base.name': 'docker.io/library/debian:12', 'org.opencontainers.image.base.digest': '' } },
    { kind: 'manifest', field: 'annotations.org.opencontainers.image.base.name' },
  ],
  [
    'IMG-LINK-ESCAPE',
    withFiles({ path: 'home/app/evil', type: 'symlink', linkname: '../../../../../etc/shadow' }),
    { kind: 'file', path: '/home/app/evil', layer: 1 },
  ],
];

describe('cis-docker rules, one image per rule', () => {
  it('the clean image has no findings', async () => {
    expect(await findingsOf({ layers: [CLEAN_BASE] })).toEqual([]);
  });

  it.each(CASES.map(([id, spec, subject], i) => [i, id, spec, subject] as const))('[%d] %s: exactly that finding', async (_i, id, spec, subject) => {
    const settingsSpec = id === 'IMG-SIZE' ? spec : spec;
    const dir = await writeImage(path.join(tmp, `case${n++}`), settingsSpec);
    const policy = defaultPolicy();
    if (id === 'IMG-SIZE') policy.policy.compliance = { settings: { maxImageSize: '1MiB' } };
    const r = await checkImage({ image: dir, policy, today: new Date('2026-11-26T00:00:00Z') });
    expect(r.findings.map((f) => f.ruleId)).toEqual([id]);
    const f = r.findings[0];
    expect(f?.subject).toEqual(subject);
    expect(f?.message).toMatch(/expected .+, got .+/);
    expect(f?.severity).toBe(ALL_RULES.find((x) => x.id === id)?.severity);
  });

  it('covers every rule of the pack', () => {
    expect(new Set(CASES.map((c) => c[0]))).toEqual(new Set(ALL_RULES.map((r) => r.id)));
  });

  it('allows the usual setuid programs and honours the allowlist setting', async () => {
    const spec = withFiles({ path: 'usr/bin/passwd', content: 'x', mode: 0o4755 }, { path: 'opt/tool', content: 'x', mode: 0o4755 });
    const dir = await writeImage(path.join(tmp, `allow${n++}`), spec);
    const policy = defaultPolicy();
    expect((await checkImage({ image: dir, policy })).findings.map((f) => (f.subject as { path: string }).path)).toEqual(['/opt/tool']);
    policy.policy.compliance = { settings: { setuidAllowlist: ['/opt/tool'] } };
    expect((await checkImage({ image: dir, policy })).findings).toEqual([]);
  });

  it('reads /etc/passwd through a link the scan could not foresee', async () => {
    const base = CLEAN_BASE.filter((m) => m.path !== 'etc/passwd');
    const spec: ImageSpec = {
      layers: [
        [
          ...base,
          { path: 'usr/lib/accounts/passwd', content: 'root:x:0:0::/root:/bin/sh\napp:x:1000:1000::/home/app:/bin/sh\n' },
          { path: 'etc/passwd', type: 'symlink', linkname: '../usr/lib/accounts/passwd' },
        ],
      ],
    };
    expect(await findingsOf(spec)).toEqual([]);
  });

  it('every rule has an id, a severity, a one-line why and a fix', () => {
    for (const r of ALL_RULES) {
      expect(r.id).toMatch(/^(CIS-4\.\d+|IMG-[A-Z-]+)$/);
      expect(['error', 'warning', 'note']).toContain(r.severity);
      expect(r.why).not.toContain('\n');
      expect(r.fix.length).toBeGreaterThan(10);
    }
  });
});
