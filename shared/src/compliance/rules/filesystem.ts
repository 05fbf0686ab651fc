/** Rules over the file-system index: modes, unwanted content, caches, unsafe links. */
import type { FsNode } from '../../layers/fs-index.js';
import { baseName } from '../../layers/image-path.js';
import type { Hit } from '../finding.js';
import type { ImageView } from '../image-view.js';
import { formatBytes } from '../../bytes.js';
import type { Rule } from '../rule.js';

const fileSubject = (n: FsNode) => ({ kind: 'file', path: n.path, layer: n.layer }) as const;
const octal = (mode: number): string => mode.toString(8).padStart(4, '0');

/** Setuid/setgid programs a normal Debian, Alpine or RHEL base ships; allowed unless the policy says otherwise. */
export const DEFAULT_SETUID_ALLOWLIST: readonly string[] = [
  // shadow-utils / util-linux as shipped by Debian, Ubuntu, RHEL and Alpine bases
  ...['passwd', 'chsh', 'chfn', 'gpasswd', 'newgrp', 'su', 'mount', 'umount', 'chage', 'expiry', 'wall', 'write'].flatMap((b) => [
    `/bin/${b}`,
    `/usr/bin/${b}`,
  ]),
  '/sbin/unix_chkpwd',
  '/usr/sbin/unix_chkpwd',
  '/usr/sbin/pam_extrausers_chkpwd',
  '/usr/lib/openssh/ssh-keysign',
  '/usr/libexec/openssh/ssh-keysign',
];

export const setuidFiles: Rule = {
  id: 'CIS-4.8',
  pack: 'cis-docker',
  cis: '4.8',
  title: 'No setuid or setgid files',
  severity: 'warning',
  why: 'A setuid/setgid binary lets any user in the container gain its owner’s privileges if it has a flaw.',
  fix: 'Remove the bit in the Dockerfile (`RUN chmod a-s <file>` or `find / -perm /6000 -type f -exec chmod a-s {} +`), or allowlist the file under compliance.settings.setuidAllowlist.',
  check(view, settings): Hit[] {
    const hits: Hit[] = [];
    for (const n of view.fs.walk()) {
      if ((n.type !== 'file' && n.type !== 'hardlink') || (n.mode & 0o6000) === 0 || settings.setuidAllowlist.has(n.path)) continue;
      const bits = [(n.mode & 0o4000) !== 0 ? 'setuid' : '', (n.mode & 0o2000) !== 0 ? 'setgid' : ''].filter(Boolean).join('+');
      hits.push({ subject: fileSubject(n), expected: 'no setuid/setgid bit', got: `${bits} (mode ${octal(n.mode)}, owner ${n.uid}:${n.gid})` });
    }
    return hits;
  },
};

export const worldWritableDirs: Rule = {
  id: 'IMG-WORLD-WRITABLE',
  pack: 'cis-docker',
  title: 'World-writable directories have the sticky bit',
  severity: 'warning',
  why: 'In a world-writable directory without the sticky bit any user can delete or replace other users’ files.',
  fix: 'Set the sticky bit (`chmod +t <dir>`, as /tmp has) or remove write access for others (`chmod o-w <dir>`).',
  check(view): Hit[] {
    const hits: Hit[] = [];
    for (const n of view.fs.walk()) {
      if (n.type === 'dir' && (n.mode & 0o002) !== 0 && (n.mode & 0o1000) === 0) {
        hits.push({ subject: fileSubject(n), expected: 'mode with the sticky bit (e.g. 1777) or without o+w', got: `mode ${octal(n.mode)}` });
      }
    }
    return hits;
  },
};

const SUDO_PATHS = ['/usr/bin/sudo', '/bin/sudo', '/usr/sbin/sudo', '/usr/local/bin/sudo'];

export const sudoInstalled: Rule = {
  id: 'IMG-SUDO',
  pack: 'cis-docker',
  title: 'sudo is not installed',
  severity: 'warning',
  why: 'sudo in a container is a ready-made privilege escalation path and is never needed to run a service.',
  fix: 'Do not install sudo; run the steps that need root before the USER instruction.',
  check(view): Hit[] {
    return SUDO_PATHS.flatMap((p) => {
      const n = view.fs.get(p);
      return n !== undefined && n.type !== 'dir' ? [{ subject: fileSubject(n), expected: 'no sudo', got: `${p} is present` }] : [];
    });
  },
};

/** Package-manager caches: folder -> files inside that do not count (locks, empty subfolders). */
const CACHES: readonly { dir: string; manager: string; fix: string; keep?: RegExp }[] = [
  { dir: '/var/lib/apt/lists', manager: 'apt', fix: 'rm -rf /var/lib/apt/lists/*', keep: /^(?:lock|partial|auxfiles)$/ },
  { dir: '/var/cache/apt/archives', manager: 'apt', fix: 'apt-get clean', keep: /^(?:lock|partial)$/ },
  { dir: '/var/cache/apk', manager: 'apk', fix: 'apk add --no-cache' },
  { dir: '/var/cache/yum', manager: 'yum', fix: 'yum clean all' },
  { dir: '/var/cache/dnf', manager: 'dnf', fix: 'dnf clean all' },
  { dir: '/root/.cache/pip', manager: 'pip', fix: 'pip install --no-cache-dir' },
  { dir: '/root/.npm/_cacache', manager: 'npm', fix: 'npm cache clean --force' },
  { dir: '/usr/local/share/.cache/yarn', manager: 'yarn', fix: 'yarn cache clean' },
  { dir: '/root/.cache/go-build', manager: 'go', fix: 'go clean -cache' },
];

export const packageCaches: Rule = {
  id: 'IMG-PKG-CACHE',
  pack: 'cis-docker',
  title: 'No package-manager caches left behind',
  severity: 'note',
  why: 'Package indexes and downloaded packages make the image bigger and carry stale metadata into it.',
  fix: 'Clean the cache in the same RUN that fills it (apt: `rm -rf /var/lib/apt/lists/*`, apk: `--no-cache`, pip: `--no-cache-dir`).',
  check(view): Hit[] {
    const hits: Hit[] = [];
    for (const c of CACHES) {
      const dir = view.fs.get(c.dir);
      if (dir?.type !== 'dir') continue;
      let files = 0;
      let bytes = 0;
      for (const n of view.fs.walk(dir)) {
        if (n.type === 'dir') continue;
        if (c.keep !== undefined && c.keep.test(baseName(n.path)) && n.path.split('/').length === c.dir.split('/').length + 1) continue;
        files++;
        bytes += n.size;
      }
      if (files > 0)
        hits.push({
          subject: { kind: 'file', path: c.dir, layer: dir.layer },
          expected: `an empty ${c.manager} cache (${c.fix})`,
          got: `${files} file${files === 1 ? '' : 's'}, ${formatBytes(bytes)}`,
        });
    }
    return hits;
  },
};

const UNWANTED_DIRS = new Set(['.git', '.svn', '.hg', '.aws', '.terraform', '.kube', '.gnupg']);
const UNWANTED_FILES =
  /^(?:\.env|\.env\.(?!example$|sample$|template$).+|\.DS_Store|Thumbs\.db|\.bash_history|\.zsh_history|\.python_history|\.mysql_history|\.psql_history|\.viminfo|terraform\.tfstate(?:\.backup)?|.*\.sw[op]|\.git-credentials|\.netrc)$/;

export const unwantedFiles: Rule = {
  id: 'IMG-UNWANTED-FILE',
  pack: 'cis-docker',
  title: 'No files that should not ship',
  severity: 'warning',
  why: 'VCS folders, cloud credentials, .env files and shell histories leak source, secrets and infrastructure details.',
  fix: 'List them in .dockerignore, or COPY only what the image needs.',
  check(view): Hit[] {
    const hits: Hit[] = [];
    // One finding per unwanted folder, not per file inside it; /proc and /sys are not looked into.
    const descend = (n: FsNode): boolean => !UNWANTED_DIRS.has(baseName(n.path)) && !n.path.startsWith('/proc') && !n.path.startsWith('/sys');
    for (const n of view.fs.walk(view.fs.root, descend)) {
      const name = baseName(n.path);
      if (n.type === 'dir' && UNWANTED_DIRS.has(name)) hits.push({ subject: fileSubject(n), expected: `no ${name} folder`, got: `${n.path}/ is in the image` });
      else if (n.type !== 'dir' && UNWANTED_FILES.test(name)) hits.push({ subject: fileSubject(n), expected: `no ${name}`, got: `${n.path} is in the image` });
    }
    return hits.sort((a, b) => (a.subject as { path: string }).path.localeCompare((b.subject as { path: string }).path));
  },
};

export const linkEscapes: Rule = {
  id: 'IMG-LINK-ESCAPE',
  pack: 'cis-docker',
  title: 'No paths or links that escape the image root',
  severity: 'error',
  why: 'A member name or link that climbs out of the root writes or reads host files when the image is extracted naively.',
  fix: 'Rebuild the layer with a normal builder; do not craft tar members with `..` or links pointing above /.',
  check(view: ImageView): Hit[] {
    return view.fs.anomalies.map((a) => ({
      subject: { kind: 'file', path: a.kind === 'path-escape' ? a.path : a.path, layer: a.layer },
      expected: 'a path inside the image root',
      got:
        a.kind === 'path-escape'
          ? `tar member '${a.path}' in layer ${a.layer + 1} climbs out of the root`
          : a.kind === 'symlink-escape'
            ? `symlink ${a.path} -> ${a.target ?? ''} (layer ${a.layer + 1}) climbs above the root (the container clamps it at /; a naive extractor follows it out)`
            : `hard link ${a.path} -> ${a.target ?? ''} (layer ${a.layer + 1}) points out of the root; not followed`,
    }));
  },
};
