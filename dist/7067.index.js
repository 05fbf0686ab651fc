export const id = 7067;
export const ids = [7067];
export const modules = {

/***/ 47067:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wI: () => (/* binding */ applyIgnores),
  Rj: () => (/* binding */ fingerprint),
  n4: () => (/* binding */ requiredFiles),
  I8: () => (/* binding */ ruleSettings),
  xG: () => (/* binding */ runRules),
  uE: () => (/* binding */ selectRules),
  N6: () => (/* binding */ toFinding),
  l0: () => (/* binding */ wantedFiles)
});

// UNUSED EXPORTS: isExpired, subjectPath

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __webpack_require__(33904);
// EXTERNAL MODULE: ./shared/src/compliance/finding.ts
var finding = __webpack_require__(66642);
;// CONCATENATED MODULE: ./shared/src/compliance/path-glob.ts
/**
 * Globs for ignore scopes (pure): `*` and `?` stay within one path segment,
 * `**` crosses segments, `{a,b}` picks one. A pattern ending in `/**` also
 * matches the folder itself.
 */
function globToRegExp(glob) {
    let re = '';
    let i = 0;
    let inBraces = false;
    while (i < glob.length) {
        const c = glob[i];
        if (c === '*') {
            if (glob[i + 1] === '*') {
                const slashAfter = glob[i + 2] === '/';
                re += slashAfter ? '(?:.*/)?' : '.*';
                i += slashAfter ? 3 : 2;
                continue;
            }
            re += '[^/]*';
        }
        else if (c === '?')
            re += '[^/]';
        else if (c === '{') {
            re += '(?:';
            inBraces = true;
        }
        else if (c === '}' && inBraces) {
            re += ')';
            inBraces = false;
        }
        else if (c === ',' && inBraces)
            re += '|';
        else
            re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
        i++;
    }
    if (glob.endsWith('/**'))
        re = `${re.slice(0, -'/.*'.length)}(?:/.*)?`;
    return new RegExp(`^${re}$`);
}
const matchesGlob = (glob, text) => globToRegExp(glob).test(text);

// EXTERNAL MODULE: ./shared/src/bytes.ts
var src_bytes = __webpack_require__(71220);
// EXTERNAL MODULE: ./shared/src/layers/image-path.ts
var image_path = __webpack_require__(59455);
;// CONCATENATED MODULE: ./shared/src/compliance/rules/filesystem.ts


const fileSubject = (n) => ({ kind: 'file', path: n.path, layer: n.layer });
const octal = (mode) => mode.toString(8).padStart(4, '0');
/** Setuid/setgid programs a normal Debian, Alpine or RHEL base ships; allowed unless the policy says otherwise. */
const DEFAULT_SETUID_ALLOWLIST = [
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
const setuidFiles = {
    id: 'CIS-4.8',
    pack: 'cis-docker',
    cis: '4.8',
    title: 'No setuid or setgid files',
    severity: 'warning',
    why: 'A setuid/setgid binary lets any user in the container gain its owner\u2019s privileges if it has a flaw.',
    fix: 'Remove the bit in the Dockerfile (`RUN chmod a-s <file>` or `find / -perm /6000 -type f -exec chmod a-s {} +`), or allowlist the file under compliance.settings.setuidAllowlist.',
    check(view, settings) {
        const hits = [];
        for (const n of view.fs.walk()) {
            if ((n.type !== 'file' && n.type !== 'hardlink') || (n.mode & 0o6000) === 0 || settings.setuidAllowlist.has(n.path))
                continue;
            const bits = [(n.mode & 0o4000) !== 0 ? 'setuid' : '', (n.mode & 0o2000) !== 0 ? 'setgid' : ''].filter(Boolean).join('+');
            hits.push({ subject: fileSubject(n), expected: 'no setuid/setgid bit', got: `${bits} (mode ${octal(n.mode)}, owner ${n.uid}:${n.gid})` });
        }
        return hits;
    },
};
const worldWritableDirs = {
    id: 'IMG-WORLD-WRITABLE',
    pack: 'cis-docker',
    title: 'World-writable directories have the sticky bit',
    severity: 'warning',
    why: 'In a world-writable directory without the sticky bit any user can delete or replace other users\u2019 files.',
    fix: 'Set the sticky bit (`chmod +t <dir>`, as /tmp has) or remove write access for others (`chmod o-w <dir>`).',
    check(view) {
        const hits = [];
        for (const n of view.fs.walk()) {
            if (n.type === 'dir' && (n.mode & 0o002) !== 0 && (n.mode & 0o1000) === 0) {
                hits.push({ subject: fileSubject(n), expected: 'mode with the sticky bit (e.g. 1777) or without o+w', got: `mode ${octal(n.mode)}` });
            }
        }
        return hits;
    },
};
const SUDO_PATHS = ['/usr/bin/sudo', '/bin/sudo', '/usr/sbin/sudo', '/usr/local/bin/sudo'];
const sudoInstalled = {
    id: 'IMG-SUDO',
    pack: 'cis-docker',
    title: 'sudo is not installed',
    severity: 'warning',
    why: 'sudo in a container is a ready-made privilege escalation path and is never needed to run a service.',
    fix: 'Do not install sudo; run the steps that need root before the USER instruction.',
    check(view) {
        return SUDO_PATHS.flatMap((p) => {
            const n = view.fs.get(p);
            return n !== undefined && n.type !== 'dir' ? [{ subject: fileSubject(n), expected: 'no sudo', got: `${p} is present` }] : [];
        });
    },
};
/** Package-manager caches: folder -> files inside that do not count (locks, empty subfolders). */
const CACHES = [
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
const packageCaches = {
    id: 'IMG-PKG-CACHE',
    pack: 'cis-docker',
    title: 'No package-manager caches left behind',
    severity: 'note',
    why: 'Package indexes and downloaded packages make the image bigger and carry stale metadata into it.',
    fix: 'Clean the cache in the same RUN that fills it (apt: `rm -rf /var/lib/apt/lists/*`, apk: `--no-cache`, pip: `--no-cache-dir`).',
    check(view) {
        const hits = [];
        for (const c of CACHES) {
            const dir = view.fs.get(c.dir);
            if (dir?.type !== 'dir')
                continue;
            let files = 0;
            let bytes = 0;
            for (const n of view.fs.walk(dir)) {
                if (n.type === 'dir')
                    continue;
                if (c.keep !== undefined && c.keep.test((0,image_path/* baseName */.Fl)(n.path)) && n.path.split('/').length === c.dir.split('/').length + 1)
                    continue;
                files++;
                bytes += n.size;
            }
            if (files > 0)
                hits.push({
                    subject: { kind: 'file', path: c.dir, layer: dir.layer },
                    expected: `an empty ${c.manager} cache (${c.fix})`,
                    got: `${files} file${files === 1 ? '' : 's'}, ${(0,src_bytes/* formatBytes */.z)(bytes)}`,
                });
        }
        return hits;
    },
};
const UNWANTED_DIRS = new Set(['.git', '.svn', '.hg', '.aws', '.terraform', '.kube', '.gnupg']);
const UNWANTED_FILES = /^(?:\.env|\.env\.(?!example$|sample$|template$).+|\.DS_Store|Thumbs\.db|\.bash_history|\.zsh_history|\.python_history|\.mysql_history|\.psql_history|\.viminfo|terraform\.tfstate(?:\.backup)?|.*\.sw[op]|\.git-credentials|\.netrc)$/;
const unwantedFiles = {
    id: 'IMG-UNWANTED-FILE',
    pack: 'cis-docker',
    title: 'No files that should not ship',
    severity: 'warning',
    why: 'VCS folders, cloud credentials, .env files and shell histories leak source, secrets and infrastructure details.',
    fix: 'List them in .dockerignore, or COPY only what the image needs.',
    check(view) {
        const hits = [];
        // One finding per unwanted folder, not per file inside it; /proc and /sys are not looked into.
        const descend = (n) => !UNWANTED_DIRS.has((0,image_path/* baseName */.Fl)(n.path)) && !n.path.startsWith('/proc') && !n.path.startsWith('/sys');
        for (const n of view.fs.walk(view.fs.root, descend)) {
            const name = (0,image_path/* baseName */.Fl)(n.path);
            if (n.type === 'dir' && UNWANTED_DIRS.has(name))
                hits.push({ subject: fileSubject(n), expected: `no ${name} folder`, got: `${n.path}/ is in the image` });
            else if (n.type !== 'dir' && UNWANTED_FILES.test(name))
                hits.push({ subject: fileSubject(n), expected: `no ${name}`, got: `${n.path} is in the image` });
        }
        return hits.sort((a, b) => a.subject.path.localeCompare(b.subject.path));
    },
};
const linkEscapes = {
    id: 'IMG-LINK-ESCAPE',
    pack: 'cis-docker',
    title: 'No paths or links that escape the image root',
    severity: 'error',
    why: 'A member name or link that climbs out of the root writes or reads host files when the image is extracted naively.',
    fix: 'Rebuild the layer with a normal builder; do not craft tar members with `..` or links pointing above /.',
    check(view) {
        return view.fs.anomalies.map((a) => ({
            subject: { kind: 'file', path: a.kind === 'path-escape' ? a.path : a.path, layer: a.layer },
            expected: 'a path inside the image root',
            got: a.kind === 'path-escape'
                ? `tar member '${a.path}' in layer ${a.layer + 1} climbs out of the root`
                : a.kind === 'symlink-escape'
                    ? `symlink ${a.path} -> ${a.target ?? ''} (layer ${a.layer + 1}) climbs above the root (the container clamps it at /; a naive extractor follows it out)`
                    : `hard link ${a.path} -> ${a.target ?? ''} (layer ${a.layer + 1}) points out of the root; not followed`,
        }));
    },
};

;// CONCATENATED MODULE: ./shared/src/compliance/account-files.ts
/** /etc/passwd, /etc/group and /etc/shadow, parsed (pure). Lines keep their 1-based number. */
function records(text) {
    return text
        .split('\n')
        .map((l, i) => ({ fields: l.replace(/\r$/, '').split(':'), line: i + 1, raw: l.trim() }))
        .filter((r) => r.raw !== '' && !r.raw.startsWith('#') && !r.raw.startsWith('+') && !r.raw.startsWith('-'));
}
const account_files_int = (s) => (s !== undefined && /^\d+$/.test(s) ? Number(s) : NaN);
const parsePasswd = (text) => records(text)
    .map((r) => ({ name: r.fields[0] ?? '', uid: account_files_int(r.fields[2]), gid: account_files_int(r.fields[3]), line: r.line }))
    .filter((e) => e.name !== '' && !Number.isNaN(e.uid));
const parseGroup = (text) => records(text)
    .map((r) => ({ name: r.fields[0] ?? '', gid: account_files_int(r.fields[2]), line: r.line }))
    .filter((e) => e.name !== '' && !Number.isNaN(e.gid));
const parseShadow = (text) => records(text)
    .filter((r) => r.fields.length >= 2)
    .map((r) => ({ name: r.fields[0] ?? '', hash: r.fields[1] ?? '', line: r.line }));
/** `USER` as the config holds it: `name`, `uid`, `name:group`, `uid:gid`. */
function parseUserSpec(spec) {
    const [user, group] = spec.split(':', 2);
    return group === undefined ? { user } : { user, group };
}

// EXTERNAL MODULE: ./shared/src/compliance/image-view.ts
var image_view = __webpack_require__(78758);
;// CONCATENATED MODULE: ./shared/src/compliance/rules/accounts.ts
/** Rules over /etc/passwd, /etc/group and /etc/shadow. */


const layerOf = (view, path) => view.fs.get(path)?.layer;
const accounts_fileSubject = (view, path) => {
    const layer = layerOf(view, path);
    return layer === undefined ? { kind: 'file', path } : { kind: 'file', path, layer };
};
const emptyPasswords = {
    id: 'IMG-EMPTY-PASSWORD',
    pack: 'cis-docker',
    title: 'No accounts with an empty password',
    severity: 'error',
    why: 'An account with an empty password in /etc/shadow lets anyone log in or `su` to it without a password.',
    fix: 'Lock the account (`passwd -l <user>` or put `!` / `*` in the password field of /etc/shadow).',
    wants: (p) => p === '/etc/shadow',
    files: ['/etc/shadow'],
    check(view) {
        const text = (0,image_view/* capturedFile */.H7)(view, '/etc/shadow')?.toString('utf8');
        if (text === undefined)
            return [];
        return parseShadow(text)
            .filter((e) => e.hash === '')
            .map((e) => ({
            subject: accounts_fileSubject(view, '/etc/shadow'),
            expected: 'a password hash or a lock (! or *)',
            got: `user '${e.name}' has an empty password (line ${e.line})`,
        }));
    },
};
const duplicateIds = {
    id: 'IMG-DUPLICATE-ID',
    pack: 'cis-docker',
    title: 'No duplicate UIDs or GIDs',
    severity: 'warning',
    why: 'Two accounts sharing an id share every file and permission, which hides who owns what.',
    fix: 'Give each user and group its own id in /etc/passwd and /etc/group.',
    wants: (p) => p === '/etc/passwd' || p === '/etc/group',
    files: ['/etc/passwd', '/etc/group'],
    check(view) {
        const hits = [];
        const dupes = (entries, id, file, what) => {
            const byId = new Map();
            for (const e of entries)
                byId.set(id(e), [...(byId.get(id(e)) ?? []), e]);
            for (const [value, list] of byId) {
                if (list.length < 2)
                    continue;
                hits.push({
                    subject: accounts_fileSubject(view, file),
                    expected: `each ${what} used once`,
                    got: `${what} ${value} is shared by ${list.map((e) => `'${e.name}' (line ${e.line})`).join(', ')}`,
                });
            }
        };
        const passwd = (0,image_view/* capturedFile */.H7)(view, '/etc/passwd')?.toString('utf8');
        if (passwd !== undefined)
            dupes(parsePasswd(passwd), (e) => e.uid, '/etc/passwd', 'UID');
        const group = (0,image_view/* capturedFile */.H7)(view, '/etc/group')?.toString('utf8');
        if (group !== undefined)
            dupes(parseGroup(group), (e) => e.gid, '/etc/group', 'GID');
        return hits;
    },
};

;// CONCATENATED MODULE: ./shared/src/compliance/rules/config.ts


const SENSITIVE = new Set([
    '/',
    '/proc',
    '/sys',
    '/dev',
    '/etc',
    '/boot',
    '/lib',
    '/usr',
    '/bin',
    '/sbin',
    '/root',
    '/var/run/docker.sock',
    '/run/docker.sock',
    '/var/lib/docker',
    '/run',
    '/var/run',
]);
const sensitiveVolumes = {
    id: 'IMG-SENSITIVE-VOLUME',
    pack: 'cis-docker',
    title: 'No VOLUME over system paths',
    severity: 'error',
    why: 'A VOLUME on /, /proc, /sys, /dev, /etc or the Docker socket invites mounting host system paths into the container.',
    fix: 'Declare volumes only for the data folders the application writes (e.g. /var/lib/app).',
    check(view) {
        return Object.keys(view.container.Volumes ?? {})
            .filter((v) => SENSITIVE.has(v.replace(/\/+$/, '') || '/'))
            .map((v) => ({ subject: { kind: 'config', field: 'Volumes', key: v }, expected: 'volumes only for application data', got: `VOLUME ${v}` }));
    },
};
const sizeBudget = {
    id: 'IMG-SIZE',
    pack: 'cis-docker',
    title: 'Image within its size budget',
    severity: 'warning',
    why: 'Large images are slow to pull and start, and usually carry tools and files an attacker can use.',
    fix: 'Use a smaller base, multi-stage builds, and clean caches in the RUN that creates them; or raise compliance.settings.maxImageSize.',
    check(view, settings) {
        const size = (0,image_view/* imageSize */.R9)(view);
        return size > settings.maxImageBytes
            ? [{ subject: { kind: 'manifest', field: 'size' }, expected: `at most ${(0,src_bytes/* formatBytes */.z)(settings.maxImageBytes)} uncompressed`, got: (0,src_bytes/* formatBytes */.z)(size) }]
            : [];
    },
};
const layerBudget = {
    id: 'IMG-LAYERS',
    pack: 'cis-docker',
    title: 'Image within its layer budget',
    severity: 'warning',
    why: 'Every layer costs a download and a mount; many layers usually mean RUN steps that could be merged.',
    fix: 'Merge RUN steps, use multi-stage builds, or raise compliance.settings.maxLayers.',
    check(view, settings) {
        const n = view.manifest.layers.length;
        return n > settings.maxLayers
            ? [{ subject: { kind: 'manifest', field: 'layers' }, expected: `at most ${settings.maxLayers} layers`, got: `${n} layers` }]
            : [];
    },
};
const baseNotPinned = {
    id: 'IMG-BASE-UNPINNED',
    pack: 'cis-docker',
    title: 'Base image pinned by digest',
    severity: 'warning',
    why: 'A base image named by tag can change under the same name, so rebuilds are not reproducible or reviewable.',
    fix: 'Write `FROM name:tag@sha256:<digest>` (a bot such as Renovate or Dependabot keeps the digest current).',
    check(view) {
        const name = (view.annotations['org.opencontainers.image.base.name'] ?? '').trim();
        const digest = (view.annotations['org.opencontainers.image.base.digest'] ?? '').trim();
        // The digest annotation records what the tag resolved to this time; pinned means the name itself carries it.
        if (name === '' || name === 'scratch' || name.includes('@sha256:'))
            return [];
        const resolved = /^sha256:[a-f0-9]{64}$/.test(digest) ? ` (it resolved to ${digest.slice(0, 19)}\u2026 this time)` : '';
        return [
            {
                subject: { kind: 'manifest', field: 'annotations.org.opencontainers.image.base.name' },
                expected: 'FROM <image>@sha256:<digest>',
                got: `FROM ${name}${resolved}`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./shared/src/compliance/rules/healthcheck.ts
const healthcheck = {
    id: 'CIS-4.6',
    pack: 'cis-docker',
    cis: '4.6',
    title: 'Image has a HEALTHCHECK',
    severity: 'warning',
    why: 'Without a health check the runtime cannot tell a hung container from a working one.',
    fix: 'Add `HEALTHCHECK CMD <command that fails when the service is unhealthy>` (build with --format docker: the OCI config format drops it).',
    check(view) {
        const test = view.container.Healthcheck?.Test;
        const subject = { kind: 'config', field: 'Healthcheck' };
        const expected = 'a HEALTHCHECK with a command';
        if (test === undefined || test.length === 0) {
            const declared = [...view.history].reverse().find((h) => /(^|\s)HEALTHCHECK\s/i.test(h.createdBy));
            if (declared === undefined)
                return [{ subject, expected, got: 'no HEALTHCHECK' }];
            if (/HEALTHCHECK\s+NONE\b/i.test(declared.createdBy))
                return [{ subject, expected, got: 'HEALTHCHECK NONE' }];
            // Declared in the Dockerfile but gone from the config: the OCI config format has no health check field.
            return [
                {
                    subject,
                    expected,
                    got: 'no HEALTHCHECK in the config, though the Dockerfile declares one (the OCI image format drops it; build with --format docker)',
                },
            ];
        }
        if (test[0] === 'NONE')
            return [{ subject, expected, got: 'HEALTHCHECK NONE' }];
        return [];
    },
};

// EXTERNAL MODULE: ./shared/src/compliance/history-step.ts
var history_step = __webpack_require__(17534);
;// CONCATENATED MODULE: ./shared/src/compliance/rules/history.ts

const UPDATE = /\b(?:apt-get|apt)\s+(?:-\S+\s+)*update\b/;
const INSTALL = /\b(?:apt-get|apt)\s+(?:-\S+\s+)*(?:install|upgrade|dist-upgrade)\b/;
const updateAlone = {
    id: 'CIS-4.7',
    pack: 'cis-docker',
    cis: '4.7',
    title: 'Package index update not alone in a layer',
    severity: 'warning',
    why: 'A cached `apt-get update` layer makes later installs use a stale index and miss security updates.',
    fix: 'Run `apt-get update && apt-get install -y ... && rm -rf /var/lib/apt/lists/*` in one RUN instruction.',
    check(view) {
        return view.history.flatMap((h) => {
            const ins = (0,history_step/* instructionOf */.u)(h.createdBy);
            if (ins.keyword !== 'RUN' || !UPDATE.test(ins.args) || INSTALL.test(ins.args))
                return [];
            return [
                {
                    subject: { kind: 'history', index: h.index, createdBy: h.createdBy },
                    expected: 'apt-get update followed by apt-get install in the same RUN',
                    got: `RUN ${ins.args.slice(0, 120)}`,
                },
            ];
        });
    },
};
const addRemote = {
    id: 'CIS-4.9',
    pack: 'cis-docker',
    cis: '4.9',
    title: 'No ADD of remote URLs',
    severity: 'warning',
    why: 'ADD fetches a URL at build time with no checksum, so the image changes when the remote file does.',
    fix: 'Download with RUN curl/wget and verify a checksum, or use `ADD --checksum=sha256:...`, or COPY a vendored file.',
    check(view) {
        return view.history.flatMap((h) => {
            const ins = (0,history_step/* instructionOf */.u)(h.createdBy);
            if (ins.keyword !== 'ADD' || !/(?:^|\s)(?:https?|ftp):\/\//i.test(ins.args) || /--checksum=/.test(ins.args))
                return [];
            return [
                {
                    subject: { kind: 'history', index: h.index, createdBy: h.createdBy },
                    expected: 'COPY of local files, or a download verified by checksum',
                    got: `ADD ${ins.args.slice(0, 120)}`,
                },
            ];
        });
    },
};

// EXTERNAL MODULE: ./shared/src/preview.ts
var preview = __webpack_require__(24659);
;// CONCATENATED MODULE: ./shared/src/compliance/secret-patterns.ts
/**
 * Recognising secrets in text (pure), the way the scanners people trust do it
 * (gitleaks, trufflehog, trivy): a match needs evidence, not a suggestive name.
 *
 * - Specific token formats: provider prefixes and lengths (AKIA..., ghp_...,
 *   glpat-..., xoxb-..., npm_..., sk_live_...), a private key's armour with a
 *   base64 body and its END line, a TSIG/rndc `secret "..."`, credentials inside
 *   a URL, a docker `auth` that decodes to user:password.
 * - `key = value` pairs whose key names a credential, judged by the value's
 *   shape: references (`$VAR`, `${VAR}`, `{{ x }}`, `%(x)s`), paths and file
 *   references (`$dir/private/cakey.pem`), URLs without credentials, switches
 *   and enum words (`passwd: files`), numbers and well-known placeholders are
 *   never secrets. Where values are literal credentials by purpose (ENV, build
 *   arguments, .env and other credential files) any other value counts; in
 *   ordinary config files the value must also look generated: at least 8
 *   characters, two character classes and a Shannon entropy of 3 bits per
 *   character or more (gitleaks' generic rule uses 3.5 over 10+ characters;
 *   3.0 over 8+ keeps human-made passwords such as `s3cr3t-value`).
 *
 * Values are never echoed back whole: matches carry a redacted preview.
 */

/** Longest line read; a longer line (minified code, data) is read up to here. */
const MAX_LINE = 16 * 1024;
/** Shannon entropy of the characters of `s`, in bits per character. */
function shannonEntropy(s) {
    if (s.length === 0)
        return 0;
    const counts = new Map();
    for (const c of s)
        counts.set(c, (counts.get(c) ?? 0) + 1);
    let h = 0;
    for (const n of counts.values()) {
        const p = n / s.length;
        h -= p * Math.log2(p);
    }
    return h;
}
const charClasses = (s) => [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(s)).length;
/** AWS's documentation uses ...EXAMPLE ids and keys; gitleaks and trufflehog skip them too. */
const notExample = (s) => !/EXAMPLE/i.test(s);
const TOKEN_RULES = [
    {
        kind: 'AWS access key id',
        keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
        re: /\b((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b/g,
        accept: (s) => notExample(s) && shannonEntropy(s) >= 3,
    },
    {
        kind: 'AWS secret access key',
        keywords: ['aws'],
        re: /aws_?(?:secret)?_?(?:access)?_?key["']?\s*[=:]\s*["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/gi,
        accept: (s) => notExample(s) && shannonEntropy(s) >= 4,
    },
    { kind: 'GitHub token', keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'], re: /\b(gh[pousr]_[A-Za-z0-9]{36,255})\b/g },
    { kind: 'GitHub token', keywords: ['github_pat_'], re: /\b(github_pat_[A-Za-z0-9_]{40,255})\b/g },
    { kind: 'GitLab token', keywords: ['glpat-', 'gldt-', 'glrt-', 'glptt-', 'glcbt-'], re: /\b(gl(?:pat|dt|rt|ptt|cbt)-[A-Za-z0-9_-]{20,})/g },
    { kind: 'Slack token', keywords: ['xox'], re: /\b(xox[abposr]-[A-Za-z0-9-]{10,})/g },
    { kind: 'Slack webhook', keywords: ['hooks.slack.com'], re: /(https:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9+/]{20,})/g },
    { kind: 'Google API key', keywords: ['aiza'], re: /\b(AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/g },
    { kind: 'npm token', keywords: ['npm_'], re: /\b(npm_[A-Za-z0-9]{36})\b/g },
    { kind: 'PyPI token', keywords: ['pypi-'], re: /\b(pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,})/g },
    { kind: 'Stripe secret key', keywords: ['_live_', '_test_'], re: /\b((?:sk|rk)_(?:live|test)_[0-9A-Za-z]{16,})\b/g },
    { kind: 'OpenAI API key', keywords: ['t3blbkfj'], re: /\b(sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,})/g },
    { kind: 'Anthropic API key', keywords: ['sk-ant-'], re: /\b(sk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{80,})/g },
    { kind: 'Hugging Face token', keywords: ['hf_'], re: /\b(hf_[A-Za-z0-9]{34,40})\b/g },
    { kind: 'SendGrid API key', keywords: ['sg.'], re: /\b(SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})\b/g },
    { kind: 'age secret key', keywords: ['age-secret-key-1'], re: /\b(AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})\b/g },
    { kind: 'JSON web token', keywords: ['eyj'], re: /\b(eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,})/g },
    // BIND's rndc.key and TSIG keys: key "name" { algorithm hmac-sha256; secret "base64"; };
    { kind: 'TSIG/rndc key', keywords: ['secret'], re: /\bsecret\s+"([A-Za-z0-9+/]{16,}={0,2})"\s*;/g, accept: (s) => shannonEntropy(s) >= 3.5 },
];
/** Passwords in a URL: scheme://user:password@host. */
const URL_CREDENTIALS = /\b[a-z][a-z0-9+.-]{1,20}:\/\/([^\s:@/'"<>]{1,64}):([^\s@/'"<>]{1,128})@[A-Za-z0-9[]/g;
/** npm's _auth/_authToken (in .npmrc, often after a //registry/: scope). */
const NPM_AUTH = /(?:^|[\s:])_(auth(?:Token)?)\s*=\s*(\S+)/g;
/** docker config.json: "auth": base64 of user:password. */
const DOCKER_AUTH = /"auth"\s*:\s*"([A-Za-z0-9+/]{8,}={0,2})"/g;
/**
 * A private key: its armour, a base64 body and the END line (as trivy's rule
 * asks), so a script or a manual that only names the header is not a key.
 * JSON-escaped newlines (`\n`, as in a GCP service-account file) count as
 * newlines. Found by index, not by one big pattern: a body without its END
 * must not make the search backtrack.
 */
const PRIVATE_KEY_BEGIN = /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP |SSH2 ENCRYPTED )?PRIVATE KEY(?: BLOCK)?)-----/g;
const MAX_KEY_BODY = 64 * 1024;
function privateKeys(text) {
    const out = [];
    // The next END of each type, found once: a file of many BEGINs must not search the rest of it for each.
    const ends = new Map();
    for (const m of text.matchAll(PRIVATE_KEY_BEGIN)) {
        const type = m[1];
        const from = m.index + m[0].length;
        let end = ends.get(type);
        if (end === undefined || (end >= 0 && end < from))
            ends.set(type, (end = text.indexOf(`-----END ${type}-----`, from)));
        if (end < 0 || end - from > MAX_KEY_BODY)
            continue;
        // Drop escaped newlines and PEM headers (Proc-Type: ..., DEK-Info: ..., PGP's Version: ...).
        const lines = text
            .slice(from, end)
            .replace(/\\[nr]/g, '\n')
            .split(/\s*\n\s*/)
            .filter((l) => l !== '' && !/^[A-Za-z-]+: /.test(l));
        const body = lines.join('');
        if (body.length >= 16 && /^[A-Za-z0-9+/=]+$/.test(body))
            out.push({ index: m.index, type, body });
    }
    return out;
}
/** 1-based line of each index, for indexes in increasing order (one pass over the text). */
function lineCounter(text) {
    let line = 1;
    let at = 0;
    return (index) => {
        for (let i = text.indexOf('\n', at); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
            line++;
            at = i + 1;
        }
        return line;
    };
}
const cap = (l) => (l.length > MAX_LINE ? l.slice(0, MAX_LINE) : l);
/** Token formats anywhere in the text (comments included: a token in a comment is still a token). */
function findTokens(text) {
    const out = [];
    const lineAt = lineCounter(text);
    for (const k of privateKeys(text))
        out.push({ kind: 'private key', line: lineAt(k.index), preview: `-----BEGIN ${k.type}----- ${(0,preview/* mask */.dK)(k.body)}` });
    text.split('\n').forEach((raw, i) => {
        const l = cap(raw);
        const lower = l.toLowerCase();
        for (const r of TOKEN_RULES) {
            if (!r.keywords.some((k) => lower.includes(k)))
                continue;
            for (const m of l.matchAll(r.re)) {
                const secret = m[1] ?? m[0];
                if (r.accept === undefined || r.accept(secret))
                    out.push({ kind: r.kind, line: i + 1, preview: (0,preview/* mask */.dK)(secret) });
            }
        }
        if (!l.includes('@') && !l.includes('"auth"') && !l.includes('_auth'))
            return;
        for (const m of l.matchAll(URL_CREDENTIALS)) {
            const password = m[2] ?? '';
            if (isLiteral(password, 'credential') && !PLACEHOLDER_WORD.test(password))
                out.push({ kind: 'password in a URL', line: i + 1, preview: `${m[1] ?? ''}:${(0,preview/* mask */.dK)(password)}@` });
        }
        for (const m of l.matchAll(NPM_AUTH)) {
            const value = unquote(m[2] ?? '');
            if (value.length >= 8 && isLiteral(value, 'credential'))
                out.push({ kind: `npm _${m[1] ?? 'auth'}`, line: i + 1, preview: `_${m[1] ?? 'auth'}=${(0,preview/* mask */.dK)(value)}` });
        }
        for (const m of l.matchAll(DOCKER_AUTH)) {
            const decoded = Buffer.from(m[1] ?? '', 'base64').toString('utf8');
            const colon = decoded.indexOf(':');
            if (colon > 0 && colon < decoded.length - 1)
                out.push({ kind: 'registry auth', line: i + 1, preview: `auth=${(0,preview/* mask */.dK)(m[1] ?? '')}` });
        }
    });
    return dedupe(out);
}
function dedupe(ms) {
    const seen = new Set();
    return ms.filter((m) => {
        const k = `${m.line}\0${m.kind}\0${m.preview}`;
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}
// ---------------------------------------------------------------- keys and values
/**
 * Names of settings whose value is a credential: the credential word ends the
 * name (`DB_PASSWORD`, `client_secret`, `apiKey`), so `password_file`,
 * `token_url` or `password_encryption` (a path, a URL, a switch) do not count.
 */
const SECRET_WORD = /(?:^|[_.\-\s])(?:pass(?:word|wd|phrase)?|pwd|secret|secret[_.-]?key|token|api[_.-]?key|apikey|access[_.-]?key|access[_.-]?key[_.-]?secret|private[_.-]?key|client[_.-]?secret|credentials?|auth[_.-]?token)$/i;
/** camelCase names read as snake_case: dbPassword -> db_Password. */
const isSecretName = (key) => SECRET_WORD.test(key.replace(/([a-z0-9])([A-Z])/g, '$1_$2'));
/** Values people write where the real one goes, and well-known defaults (public, so not secrets). */
const PLACEHOLDER_WORD = /^(?:\*+|x+|X+|\.\.\.+|-+|_+|\?+|#+|changeme|change[_-]?me|change[_-]?it|changethis|replace[_-]?me|replaceme|password|passwd|pass|pwd|secret|token|apikey|api[_-]?key|your[_-].*|my[_-]?(?:password|secret|token)|example.*|sample|dummy|test|testing|todo|tbd|fixme|redacted|hidden|masked|placeholder|none|null|nil|undefined|empty|default|unset|required|optional|n\/a|foo|bar|foobar|foobared|admin|user|username|guest|root|mysql|postgres)$/i;
/** Switch and enum words a secret-named key takes in stock configs (nsswitch `passwd: files`, sshd `PasswordAuthentication no`...). */
const SWITCH_WORD = /^(?:true|false|yes|no|on|off|y|n|enabled?|disabled?|allow|deny|prompt|ask|always|never|auto|files|compat|systemd|db|dns|nis|nisplus|ldap|sss|winbind|extrausers|hesiod|local|remote|internal|external|plain|md5|sha\d*|scram-sha-256|trust|reject|ident|peer|any|all|strict|lax|required|requisite|sufficient|optional|include|substack)$/i;
/** Expanded at run time: `$VAR`, `${VAR}`, `$(cmd)`, `$dir/...` (and crypt hashes `$6$...`, not plaintext), templates, secret-store references. */
const REFERENCE = /^(?:\$.*|%\(?[A-Za-z_][A-Za-z0-9_]*\)?s?|%[A-Za-z_][A-Za-z0-9_]*%|\{\{.*\}\}|\{%.*%\}|<%.*%>|<[^>]*>|@[A-Za-z_][A-Za-z0-9_]*@|ENC\[.*\]|!vault.*|vault:.*|arn:aws:(?:secretsmanager|ssm|kms):.*|(?:file|env|keyring|secret|ssm|sm|op|awssm|gcpsm|azkv):.*)$/i;
/** A path or file reference: absolute, relative, home, or a name ending in a key/cert/config extension (a secret may hold '/', so no more). */
const PATH_LIKE = /^(?:\/|\.\.?\/|~\/|[A-Za-z]:\\)|\.(?:pem|key|crt|cer|der|p12|pfx|jks|keystore|pub|gpg|asc|txt|conf|cfg|ini|json|ya?ml|toml|properties|env|secret|token)$/i;
const URL_WITHOUT_CREDENTIALS = /^[a-z][a-z0-9+.-]*:\/\/[^@\s]*$/i;
const unquote = (v) => {
    let s = v.trim().replace(/[,;]$/, '').trim();
    if (s.length >= 2 && (s[0] === '"' || s[0] === "'") && s[s.length - 1] === s[0])
        s = s.slice(1, -1);
    return s;
};
/**
 * Whether a value set for a secret-named key is a literal secret: not a
 * reference, path, URL without credentials, switch word, number or
 * placeholder; in a config file it must also look generated.
 */
function isLiteral(raw, context) {
    const v = unquote(raw);
    if (v.length < 4 || PLACEHOLDER_WORD.test(v) || SWITCH_WORD.test(v) || REFERENCE.test(v) || PATH_LIKE.test(v) || URL_WITHOUT_CREDENTIALS.test(v))
        return false;
    if (/^[0-9.:_-]+$/.test(v))
        return false;
    // A value that contains a reference is assembled at run time (`pre-${SUFFIX}`): not a literal.
    if (/\$\{[A-Za-z_][A-Za-z0-9_]*(?::?[-=?+][^}]*)?\}|\$\([^)]*\)/.test(v))
        return false;
    if (context === 'credential')
        return true;
    return v.length >= 8 && !/\s/.test(v) && charClasses(v) >= 2 && shannonEntropy(v) >= 3;
}
/** `key = value`, `key: value`, `export KEY=value`, `"key": "value",` at the start of a line. */
const ASSIGNMENT = /^\s*(?:export\s+|set\s+)?["']?([A-Za-z0-9_.-]{1,128})["']?\s*(?:=|:|:=|=>)\s*(.*)$/;
/** <password>value</password> (Maven settings, Tomcat, XML configs). */
const XML_ELEMENT = /<([A-Za-z][A-Za-z0-9_.-]{0,64})>([^<]{1,256})<\/\1>/g;
/** password="value" attributes (Tomcat users, XML configs). */
const XML_ATTRIBUTE = /\s([A-Za-z][A-Za-z0-9_.-]{0,64})="([^"]{1,256})"/g;
const COMMENT = /^\s*(?:#|;|\/\/|--|!|<!--|\*|REM\s)/i;
/** `password=...` style lines (config files, env files). Comment lines are skipped. */
function findAssignments(text, context = 'config') {
    const out = [];
    text.split('\n').forEach((raw, i) => {
        const l = cap(raw);
        if (COMMENT.test(l))
            return;
        const m = ASSIGNMENT.exec(l);
        if (m !== null) {
            const key = m[1];
            // An unquoted value ends at an inline comment.
            const value = m[2].replace(/^([^"'].*?)\s+[#;].*$/, '$1');
            if (isSecretName(key) && isLiteral(value, context))
                out.push({ kind: `${key} setting`, line: i + 1, preview: `${key}=${(0,preview/* mask */.dK)(unquote(value))}` });
            return;
        }
        for (const re of [XML_ELEMENT, XML_ATTRIBUTE]) {
            for (const x of l.matchAll(re)) {
                const key = x[1];
                if (isSecretName(key) && isLiteral(x[2], context))
                    out.push({ kind: `${key} setting`, line: i + 1, preview: `${key}=${(0,preview/* mask */.dK)(x[2])}` });
            }
        }
    });
    return out;
}
/** .netrc: `machine host login user password secret` (one line or several). */
function findNetrc(text) {
    const out = [];
    text.split('\n').forEach((l, i) => {
        for (const m of cap(l).matchAll(/\bpassword\s+(\S+)/g))
            if (isLiteral(m[1], 'credential'))
                out.push({ kind: 'netrc password', line: i + 1, preview: `password ${(0,preview/* mask */.dK)(m[1])}` });
    });
    return out;
}
/** .pgpass: host:port:database:user:password, one per line. */
function findPgpass(text) {
    const out = [];
    text.split('\n').forEach((l, i) => {
        if (COMMENT.test(l))
            return;
        const fields = l.split(/(?<!\\):/);
        const password = fields.slice(4).join(':');
        if (fields.length >= 5 && isLiteral(password, 'credential'))
            out.push({ kind: 'pgpass password', line: i + 1, preview: `${fields[3] ?? ''}:${(0,preview/* mask */.dK)(password)}` });
    });
    return out;
}
/**
 * Is this text (an env value, a build step, a shell history line) carrying a
 * secret? Tokens, `KEY=value` pairs and `--password=value` flags count; values
 * that are references (`$VAR`) are not literals and do not.
 */
function secretsInText(text) {
    const found = findTokens(text);
    text.split('\n').forEach((raw, i) => {
        // `KEY=value`, or a flag and its value (`--password=hunter2`, `--password hunter2`); `password value` alone is prose.
        for (const m of cap(raw).matchAll(/(?<![^\s|;&(])(?:--?([A-Za-z0-9_.-]+)(?:=|\s+)|([A-Za-z0-9_.-]+)=)("[^"]*"|'[^']*'|[^\s;&|)]+)/g)) {
            const key = (m[1] ?? m[2]);
            const value = m[3];
            if (isSecretName(key) && isLiteral(value, 'credential'))
                found.push({ kind: `${key} value`, line: i + 1, preview: `${key}=${(0,preview/* mask */.dK)(unquote(value))}` });
        }
    });
    return dedupe(found);
}

;// CONCATENATED MODULE: ./shared/src/compliance/rules/secrets.ts
/**
 * CIS Docker 4.10: no secrets in env, labels, history or files.
 *
 * Which files: credential files by name (.env, .npmrc, .netrc, .pgpass, AWS
 * and docker credentials, shell histories and start-up files), key files (id_rsa, *_key, *.pem,
 * *.key) and config files by extension, outside the system trees packages
 * fill and the trees of published third-party packages (node_modules,
 * site-packages...), as trivy skips them. How each is read depends on what it is
 * (see secrets.ts: credential files take literal values, config files need a
 * generated-looking value).
 *
 * Stock files are not secrets someone added: a file that dpkg lists as a
 * conffile and whose bytes still match the package's md5 (/var/lib/dpkg/status
 * `Conffiles:`) is left alone. Keys generated at install time (SSH host keys,
 * the snakeoil certificate key, BIND's rndc.key) are not conffiles, so they
 * are still found: every container of the image shares them.
 */





/** System trees full of test keys and sample configs; scanning them only makes noise. */
const SYSTEM_PREFIXES = [
    '/usr/share/',
    '/usr/lib/',
    '/usr/lib64/',
    '/usr/libexec/',
    '/usr/include/',
    '/usr/src/',
    '/lib/',
    '/lib64/',
    '/var/lib/dpkg/',
    '/var/lib/apt/',
    '/var/lib/rpm/',
    '/var/cache/',
    '/proc/',
    '/sys/',
    '/usr/bin/',
    '/usr/sbin/',
    '/bin/',
    '/sbin/',
];
/**
 * Trees of published third-party packages (npm, pip, gems, Go modules, Composer):
 * their test fixtures ship sample keys (ssh2's test/fixtures/id_rsa...), and a
 * secret that is really in a published package leaked upstream, not here.
 * trivy's allow rules skip the same trees.
 */
// Not all of /usr/local/lib/: applications install there too (their configs are scanned); the
// package trees under it (node_modules, pythonX/site-packages) are caught by LIBRARY_SEGMENT.
const LIBRARY_PREFIXES = ['/usr/local/go/', '/usr/local/bundle/', '/var/lib/gems/', '/go/pkg/mod/', '/root/go/pkg/mod/', '/root/.cargo/registry/'];
const LIBRARY_SEGMENT = /\/(?:node_modules|site-packages|dist-packages|bower_components|jspm_packages)\//;
const KEY_FILE = /^(?:id_(?:rsa|dsa|ecdsa|ed25519)(?:_sk)?|.+_key|.*\.(?:pem|key|p8|ppk))$/;
const NETRC = /^(?:\.netrc|_netrc)$/;
const HISTORY = /^\.(?:bash|zsh|sh|ash|mysql|psql|sqlite|rediscli|node_repl|python)_history$/;
/** Files whose values are literal credentials by purpose. */
const CREDENTIAL_FILE = /^(?:\.git-credentials|\.npmrc|\.yarnrc(?:\.yml)?|\.pypirc|\.pgpass|\.my\.cnf|\.s3cfg|\.boto|\.dockercfg|\.vault-token|credentials|\.env(?:\..+)?|.+\.env)$/;
/** Shell start-up files: `export TOKEN=...` lands here. Values are literal, as in .env. */
const SHELL_RC = /^(?:\.bashrc|bash\.bashrc|\.profile|\.bash_profile|\.bash_login|\.zshrc|\.zshenv|\.zprofile|\.kshrc|\.mkshrc|profile|environment)$/;
const CONFIG_FILE = /\.(?:conf|cfg|cnf|ini|properties|ya?ml|toml|json|xml|env|sh|txt)$/;
const MAX_SCANNED = 256 * 1024;
const DPKG_STATUS = '/var/lib/dpkg/status';
const MAX_STATUS = 32 * 1024 * 1024;
const inCredentialDir = (path) => path.includes('/.aws/') || path.includes('/.docker/') || /\/\.kube\/config$/.test(path);
function scannedForSecrets(path, size) {
    if (size > MAX_SCANNED || SYSTEM_PREFIXES.some((p) => path.startsWith(p)) || LIBRARY_PREFIXES.some((p) => path.startsWith(p)) || LIBRARY_SEGMENT.test(path))
        return false;
    const name = (0,image_path/* baseName */.Fl)(path);
    return (KEY_FILE.test(name) ||
        NETRC.test(name) ||
        HISTORY.test(name) ||
        CREDENTIAL_FILE.test(name) ||
        SHELL_RC.test(name) ||
        CONFIG_FILE.test(name) ||
        inCredentialDir(path));
}
const BINARY = (b) => b.subarray(0, 8000).includes(0);
/** Secrets in one file, read the way its kind is written. */
function secretsInFile(path, text) {
    const name = (0,image_path/* baseName */.Fl)(path);
    if (HISTORY.test(name))
        return secretsInText(text);
    if (NETRC.test(name))
        return [...findTokens(text), ...findNetrc(text)];
    if (name === '.pgpass')
        return findPgpass(text);
    if (name === '.vault-token')
        return isLiteral(text.trim(), 'credential') ? [{ kind: 'Vault token', line: 1, preview: (0,preview/* mask */.dK)(text) }] : [];
    if (CREDENTIAL_FILE.test(name) || SHELL_RC.test(name) || inCredentialDir(path))
        return [...findTokens(text), ...findAssignments(text, 'credential')];
    if (CONFIG_FILE.test(name))
        return [...findTokens(text), ...findAssignments(text, 'config')];
    return findTokens(text);
}
/** path -> md5 of the conffiles dpkg installed, from /var/lib/dpkg/status (obsolete ones left out). */
function dpkgConffiles(status) {
    const out = new Map();
    let inConffiles = false;
    for (const line of status.split('\n')) {
        if (/^Conffiles:/.test(line)) {
            inConffiles = true;
            continue;
        }
        if (!line.startsWith(' ')) {
            inConffiles = false;
            continue;
        }
        if (!inConffiles)
            continue;
        const [file, md5, flag] = line.trim().split(/\s+/);
        if (file !== undefined && md5 !== undefined && /^[0-9a-f]{32}$/.test(md5) && flag !== 'obsolete')
            out.set(file, md5);
    }
    return out;
}
/**
 * The md5s come from the image's own /var/lib/dpkg/status, which the image
 * author could rewrite to match a planted file. Trusting it is acceptable: a
 * tampered status means the image author is the attacker, who could as well
 * delete or rename the file; this rule looks for secrets that leaked by
 * mistake. A conffile edited after install no longer matches and is scanned
 * (test/corpus/planted.ts pins that with /etc/debconf.conf and /etc/bash.bashrc).
 */
function stockFiles(view) {
    const status = (0,image_view/* capturedFile */.H7)(view, DPKG_STATUS);
    return status === undefined ? new Map() : dpkgConffiles(status.toString('utf8'));
}
const md5 = (b) => (0,external_node_crypto_.createHash)('md5').update(b).digest('hex');
/** ENV and LABEL entries: a secret-named key with a literal value, or a token format in the value. */
function keyedValue(key, value) {
    const token = findTokens(value)[0];
    if (token !== undefined)
        return token;
    return isSecretName(key) && isLiteral(value, 'credential') ? { kind: `${key} value`, line: 1, preview: (0,preview/* mask */.dK)(value) } : undefined;
}
const noSecrets = {
    id: 'CIS-4.10',
    pack: 'cis-docker',
    cis: '4.10',
    title: 'No secrets in the image',
    severity: 'error',
    why: 'Anyone who can pull the image can read its env, labels, history and files, so a secret there is public.',
    fix: 'Pass secrets at run time (env from a secret store, mounted files) or at build time with `RUN --mount=type=secret`; rotate any secret that shipped. Keys generated at install time (SSH host keys) belong in the container\u2019s first start, not the image.',
    wants: (path, size) => (path === DPKG_STATUS && size <= MAX_STATUS) || scannedForSecrets(path, size),
    check(view) {
        const hits = [];
        const expected = 'no credentials';
        for (const e of view.container.Env ?? []) {
            const eq = e.indexOf('=');
            const key = eq < 0 ? e : e.slice(0, eq);
            const value = eq < 0 ? '' : e.slice(eq + 1);
            const found = keyedValue(key, value);
            if (found !== undefined)
                hits.push({
                    subject: { kind: 'config', field: 'Env', key },
                    expected,
                    got: `ENV ${key}=${(0,preview/* mask */.dK)(value)}${found.kind.endsWith(' value') ? '' : ` (${found.kind})`}`,
                });
        }
        for (const [key, value] of Object.entries(view.container.Labels ?? {})) {
            const found = keyedValue(key, value);
            if (found !== undefined)
                hits.push({
                    subject: { kind: 'config', field: 'Labels', key },
                    expected,
                    got: `LABEL ${key}=${(0,preview/* mask */.dK)(value)}${found.kind.endsWith(' value') ? '' : ` (${found.kind})`}`,
                });
        }
        for (const h of view.history) {
            const found = secretsInText(h.createdBy);
            if (found.length > 0)
                hits.push({
                    subject: { kind: 'history', index: h.index, createdBy: '(redacted)' },
                    expected,
                    got: `build step ${h.index + 1} contains a ${found[0]?.kind}: ${found[0]?.preview}`,
                });
        }
        const stock = stockFiles(view);
        for (const node of view.fs.walk()) {
            if (node.type !== 'file' || node.content === undefined || !scannedForSecrets(node.path, node.size) || BINARY(node.content))
                continue;
            const packaged = stock.get(node.path);
            if (packaged !== undefined && packaged === md5(node.content))
                continue;
            const found = secretsInFile(node.path, node.content.toString('utf8'));
            const first = found[0];
            if (first !== undefined) {
                hits.push({
                    subject: { kind: 'file', path: node.path, layer: node.layer },
                    expected,
                    got: `a ${first.kind} at line ${first.line} (${first.preview})${found.length > 1 ? ` and ${found.length - 1} more` : ''}`,
                });
            }
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./shared/src/compliance/rules/user.ts
/** CIS Docker 4.1: run as a non-root user that exists in the image. */


const runAsNonRoot = {
    id: 'CIS-4.1',
    pack: 'cis-docker',
    cis: '4.1',
    title: 'Image runs as a non-root user',
    severity: 'error',
    why: 'A process running as root in the container is root on the host once it escapes the container.',
    fix: 'Add `USER <name>` (a user created in the image, not root or 0) as the last USER instruction of the Dockerfile.',
    wants: (p) => p === '/etc/passwd',
    files: ['/etc/passwd'],
    check(view) {
        const spec = (view.container.User ?? '').trim();
        const subject = { kind: 'config', field: 'User' };
        const expected = 'a non-root user that exists in /etc/passwd';
        if (spec === '')
            return [{ subject, expected, got: 'no USER (the container runs as root)' }];
        const { user, group } = parseUserSpec(spec);
        const passwdText = (0,image_view/* capturedFile */.H7)(view, '/etc/passwd')?.toString('utf8');
        const passwd = passwdText === undefined ? [] : parsePasswd(passwdText);
        if (/^\d+$/.test(user)) {
            if (Number(user) === 0)
                return [{ subject, expected, got: `USER ${spec} (uid 0 is root${group !== undefined ? ', whatever the group' : ''})` }];
            return [];
        }
        if (user === 'root')
            return [{ subject, expected, got: `USER ${spec}` }];
        const entry = passwd.find((e) => e.name === user);
        if (entry === undefined) {
            return [
                {
                    subject,
                    expected,
                    got: passwdText === undefined
                        ? `USER ${spec}, but the image has no /etc/passwd`
                        : `USER ${spec}, which is not in /etc/passwd (the container will not start)`,
                },
            ];
        }
        if (entry.uid === 0)
            return [{ subject, expected, got: `USER ${spec}, which has uid 0 in /etc/passwd` }];
        return [];
    },
};

;// CONCATENATED MODULE: ./shared/src/compliance/rules/index.ts







const PACKS = {
    'cis-docker': [
        runAsNonRoot,
        healthcheck,
        updateAlone,
        setuidFiles,
        addRemote,
        noSecrets,
        worldWritableDirs,
        emptyPasswords,
        duplicateIds,
        sudoInstalled,
        sensitiveVolumes,
        packageCaches,
        unwantedFiles,
        sizeBudget,
        layerBudget,
        baseNotPinned,
        linkEscapes,
    ],
};
const DEFAULT_PACKS = ['cis-docker'];
const ALL_RULES = Object.values(PACKS).flat();

;// CONCATENATED MODULE: ./shared/src/compliance/foreign-rules.ts
/**
 * Rule ids of the tools our users come from, mapped to ours, so an ignore list
 * written for dockle or trivy carries over (`compliance.ignore[].rule` may name
 * either) and the README's migration table has one source.
 *
 * Facts, not code, read from the tools' own sources:
 * - dockle: goodwithtech/dockle pkg/types/checkpoint.go (AlertDetails: the codes
 *   and titles below; CIS-DI-0010 and DKL-LI-0002 each name two checks there).
 * - trivy's Dockerfile misconfiguration checks: aquasecurity/trivy-checks
 *   checks/docker/*.rego METADATA (id DS-0001, aliases AVD-DS-0001, DS001 and a
 *   long_id such as docker-use-specific-tags), at 80e5382 (2026-08-21).
 * - trivy's secret scanner: aquasecurity/trivy pkg/fanal/secret/builtin-rules.go
 *   (rule IDs such as aws-access-key-id, private-key).
 * A foreign id with no counterpart maps to nothing, with the reason, so the
 * migration table can say what is not checked here instead of guessing.
 */
const dockle = (id, title, ours, note) => ({
    tool: 'dockle',
    id,
    title,
    ours,
    ...(note === undefined ? {} : { note }),
});
const trivy = (id, title, ours, aliases, note) => ({
    tool: 'trivy',
    id,
    title,
    ours,
    aliases,
    ...(note === undefined ? {} : { note }),
});
const DOCKLE_RULES = [
    dockle('CIS-DI-0001', 'Create a user for the container', 'CIS-4.1'),
    dockle('CIS-DI-0005', 'Enable Content trust for Docker', undefined, 'a setting of the Docker client, not of the image; test-image checks signatures instead (policy signatures:)'),
    dockle('CIS-DI-0006', 'Add HEALTHCHECK instruction to the container image', 'CIS-4.6'),
    dockle('CIS-DI-0007', 'Do not use update instructions alone in the Dockerfile', 'CIS-4.7'),
    dockle('CIS-DI-0008', 'Confirm safety of setuid/setgid files', 'CIS-4.8'),
    dockle('CIS-DI-0009', 'Use COPY instead of ADD in Dockerfile', 'CIS-4.9', 'ours reports ADD of remote URLs only'),
    dockle('CIS-DI-0010', 'Do not store secrets in ENVIRONMENT variables / Do not store secret files', 'CIS-4.10'),
    dockle('DKL-DI-0001', 'Avoid sudo command', 'IMG-SUDO'),
    dockle('DKL-DI-0002', 'Avoid sensitive directory mounting', 'IMG-SENSITIVE-VOLUME'),
    dockle('DKL-DI-0003', 'Avoid apt-get/apk/dist-upgrade', undefined, 'not checked'),
    dockle('DKL-DI-0004', 'Use apk add with --no-cache', 'IMG-PKG-CACHE'),
    dockle('DKL-DI-0005', 'Clear apt-get caches', 'IMG-PKG-CACHE'),
    dockle('DKL-DI-0006', 'Avoid latest tag', 'IMG-BASE-UNPINNED', 'ours asks for a digest, so any tag alone is reported'),
    dockle('DKL-LI-0001', 'Avoid empty password', 'IMG-EMPTY-PASSWORD'),
    dockle('DKL-LI-0002', 'Be unique UID / Be unique GROUP', 'IMG-DUPLICATE-ID'),
    dockle('DKL-LI-0003', 'Only put necessary files', 'IMG-UNWANTED-FILE'),
];
const TRIVY_RULES = [
    trivy('DS-0001', "':latest' tag used", 'IMG-BASE-UNPINNED', ['AVD-DS-0001', 'DS001', 'docker-use-specific-tags'], 'ours asks for a digest, so any tag alone is reported'),
    trivy('DS-0002', "Image user should not be 'root'", 'CIS-4.1', ['AVD-DS-0002', 'DS002', 'docker-least-privilege-user']),
    trivy('DS-0005', 'ADD instead of COPY', 'CIS-4.9', ['AVD-DS-0005', 'DS005', 'docker-use-copy-over-add'], 'ours reports ADD of remote URLs only'),
    trivy('DS-0010', "RUN using 'sudo'", 'IMG-SUDO', ['AVD-DS-0010', 'DS010', 'docker-no-sudo-run'], 'ours reports sudo installed in the image'),
    trivy('DS-0015', "'yum clean all' missing", 'IMG-PKG-CACHE', ['AVD-DS-0015', 'DS015', 'docker-purge-yum-package-cache']),
    trivy('DS-0017', "'RUN <package-manager> update' instruction alone", 'CIS-4.7', ['AVD-DS-0017', 'DS017', 'docker-no-orphan-package-update']),
    trivy('DS-0019', "'dnf clean all' missing", 'IMG-PKG-CACHE', ['AVD-DS-0019', 'DS019', 'docker-purge-dnf-package-cache']),
    trivy('DS-0020', "'zypper clean' missing", 'IMG-PKG-CACHE', ['AVD-DS-0020', 'DS020', 'docker-purge-zipper-cache']),
    trivy('DS-0024', "'apt-get dist-upgrade' used", undefined, ['AVD-DS-0024', 'DS024', 'docker-no-dist-upgrade'], 'not checked'),
    trivy('DS-0025', "'apk add' is missing '--no-cache'", 'IMG-PKG-CACHE', ['AVD-DS-0025', 'DS025', 'docker-purge-apk-package-cache']),
    trivy('DS-0026', 'No HEALTHCHECK defined', 'CIS-4.6', ['AVD-DS-0026', 'DS026', 'docker-no-healthcheck']),
    trivy('DS-0027', "'microdnf clean all' missing", 'IMG-PKG-CACHE', ['AVD-DS-0027', 'DS027', 'docker-purge-microdnf-package-cache']),
    trivy('DS-0031', 'Secrets passed via build-args or envs or copied secret files', 'CIS-4.10', ['AVD-DS-0031', 'DS031', 'docker-do-not-pass-secrets']),
    // The secret scanner's built-in rules: every one is a secret in the image, our CIS-4.10.
    ...[
        ['aws-access-key-id', 'AWS Access Key ID'],
        ['aws-secret-access-key', 'AWS Secret Access Key'],
        ['github-pat', 'GitHub Personal Access Token'],
        ['github-oauth', 'GitHub OAuth Access Token'],
        ['github-app-token', 'GitHub App Token'],
        ['github-refresh-token', 'GitHub Refresh Token'],
        ['github-fine-grained-pat', 'GitHub Fine-grained personal access tokens'],
        ['gitlab-pat', 'GitLab Personal Access Token'],
        ['private-key', 'Asymmetric Private Key'],
        ['slack-access-token', 'Slack token'],
        ['stripe-secret-token', 'Stripe Secret Key'],
        ['gcp-service-account', 'Google (GCP) Service-account'],
        ['pypi-upload-token', 'PyPI upload token'],
    ].map(([id, title]) => trivy(id, title, 'CIS-4.10', [], 'trivy secret scanner')),
];
const norm = (id) => id.trim().toUpperCase();
const BY_ID = new Map([
    ...DOCKLE_RULES.map((r) => [norm(r.id), r]),
    ...TRIVY_RULES.flatMap((r) => [r.id, ...r.aliases].map((a) => [norm(a), r])),
]);
/** The dockle or trivy rule an id names (any of trivy's spellings, any case), or undefined for ours and unknown ids. */
const foreignRule = (id) => BY_ID.get(norm(id));
/** Our rule id for an ignore's `rule:`: a dockle or trivy id maps to ours; anything else is returned as written. */
function ourRuleId(id) {
    const f = foreignRule(id);
    return f?.ours ?? id;
}

;// CONCATENATED MODULE: ./shared/src/compliance/engine.ts
/**
 * Runs the selected rules over an image view and turns their hits into
 * findings: severity overrides applied, stable fingerprints, and ignores
 * (scoped by rule and path glob, with a reason and an optional expiry) that
 * hide a finding until they expire, and then say so.
 */








const DEFAULT_SETTINGS = { maxImageBytes: 1024 ** 3, maxLayers: 50 };
/**
 * Which rules run, at which severity. `selection` is the `rules` input: pack
 * names and rule ids to run, `-<id or pack>` to leave out, `none` for none.
 * Empty means the policy's packs (default cis-docker).
 */
function selectRules(compliance, selection = []) {
    const known = (name) => PACKS[name] ?? ALL_RULES.filter((r) => r.id === name);
    const chosen = new Map();
    const adds = selection.filter((s) => !s.startsWith('-') && s !== 'none');
    const base = selection.length === 0 || (adds.length === 0 && !selection.includes('none')) ? (compliance?.packs ?? DEFAULT_PACKS) : [];
    for (const name of [...base, ...adds]) {
        const rules = known(name);
        if (rules === undefined || rules.length === 0)
            throw unknownRule(name, 'rules');
        for (const r of rules)
            chosen.set(r.id, r);
    }
    for (const s of selection.filter((x) => x.startsWith('-'))) {
        const rules = known(s.slice(1));
        if (rules === undefined || rules.length === 0)
            throw unknownRule(s.slice(1), 'rules');
        for (const r of rules)
            chosen.delete(r.id);
    }
    const overrides = compliance?.severity ?? {};
    for (const id of Object.keys(overrides))
        if (ALL_RULES.every((r) => r.id !== id))
            throw unknownRule(id, undefined, 'compliance.severity');
    const out = [];
    for (const rule of chosen.values()) {
        const o = overrides[rule.id];
        if (o === 'off')
            continue;
        out.push({ rule, severity: o ?? rule.severity });
    }
    return out;
}
function unknownRule(name, input, field) {
    const ids = [...Object.keys(PACKS), ...ALL_RULES.map((r) => r.id)].join(', ');
    return new errors/* PipelineError */.zC('INPUT', `${field !== undefined ? `${field}: ` : ''}'${name}' is neither a rule pack nor a rule id`, {
        ...(input === undefined ? {} : { input }),
        hint: `Known: ${ids}.`,
    });
}
function ruleSettings(compliance) {
    const s = compliance?.settings ?? {};
    const size = s.maxImageSize === undefined ? DEFAULT_SETTINGS.maxImageBytes : (0,src_bytes/* parseSize */.D)(s.maxImageSize);
    if (size === undefined)
        throw new errors/* PipelineError */.zC('POLICY', `compliance.settings.maxImageSize '${String(s.maxImageSize)}' is not a size`, { hint: 'Write e.g. 500MB or 1GiB.' });
    return {
        maxImageBytes: size,
        maxLayers: s.maxLayers ?? DEFAULT_SETTINGS.maxLayers,
        setuidAllowlist: new Set([...DEFAULT_SETUID_ALLOWLIST, ...(s.setuidAllowlist ?? [])]),
    };
}
/** Files the selected rules read, as one predicate for the scan. */
function wantedFiles(rules) {
    const wants = rules.map((r) => r.rule.wants).filter((w) => w !== undefined);
    return (path, size) => wants.some((w) => w(path, size));
}
/** Exact paths the selected rules read, for a targeted read of those the scan did not keep (links, big files). */
const requiredFiles = (rules) => [...new Set(rules.flatMap((r) => r.rule.files ?? []))];
const fingerprint = (ruleId, subject) => (0,external_node_crypto_.createHash)('sha256')
    .update(`${ruleId}\0${(0,finding/* subjectKey */.o)(subject)}`)
    .digest('hex')
    .slice(0, 32);
function toFinding(ruleId, severity, hit) {
    return {
        ...hit,
        ruleId,
        severity,
        message: hit.message ?? `${(0,finding/* subjectText */.y)(hit.subject)}: expected ${hit.expected}, got ${hit.got}`,
        fingerprint: fingerprint(ruleId, hit.subject),
    };
}
function runRules(view, rules, settings) {
    return rules.flatMap(({ rule, severity }) => rule.check(view, settings).map((hit) => toFinding(rule.id, severity, hit)));
}
/** The text an ignore's path globs are matched against. */
function subjectPath(s) {
    switch (s.kind) {
        case 'file':
            return s.path;
        case 'config':
            return `config.${s.field}${s.key !== undefined ? `.${s.key}` : ''}`;
        case 'history':
            return `history[${s.index}]`;
        case 'manifest':
            return `manifest.${s.field}`;
        case 'policy':
            return `test.${s.test}`;
        case 'resource':
            return s.id;
    }
}
/** `until` is inclusive: an ignore until 2027-01-31 still hides on that day, UTC. */
const isExpired = (until, today) => until !== undefined && today.toISOString().slice(0, 10) > until;
function applyIgnores(findings, ignores, today) {
    const kept = [];
    const suppressed = [];
    for (const f of findings) {
        const matching = ignores.filter(
        // A dockle or trivy rule id (CIS-DI-0001, DS002) names our rule, so their ignore lists carry over.
        (ig) => ourRuleId(ig.rule) === f.ruleId && (ig.paths === undefined || ig.paths.length === 0 || ig.paths.some((g) => matchesGlob(g, subjectPath(f.subject)))));
        const live = matching.find((ig) => !isExpired(ig.until, today));
        if (live !== undefined) {
            suppressed.push(live.until === undefined ? { finding: f, reason: live.reason } : { finding: f, reason: live.reason, until: live.until });
            continue;
        }
        const expired = matching[0];
        if (expired?.until !== undefined) {
            kept.push({
                ...f,
                expiredIgnore: { reason: expired.reason, until: expired.until },
                message: `${f.message} (the ignore for this expired on ${expired.until}: ${expired.reason})`,
            });
        }
        else
            kept.push(f);
    }
    return { findings: kept, suppressed };
}


/***/ }),

/***/ 66642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ subjectKey),
/* harmony export */   y: () => (/* binding */ subjectText)
/* harmony export */ });
/**
 * The shapes every check produces and every report consumes, without logic.
 */
const subjectKey = (s) => {
    switch (s.kind) {
        case 'file':
            return `file:${s.path}`;
        case 'config':
            return `config:${s.field}${s.key !== undefined ? `:${s.key}` : ''}`;
        case 'history':
            return `history:${s.index}`;
        case 'manifest':
            return `manifest:${s.field}`;
        case 'policy':
            return `policy:${s.test}`;
        case 'resource':
            return `resource:${s.id}`;
    }
};
const subjectText = (s) => {
    switch (s.kind) {
        case 'file':
            return s.path;
        case 'config':
            return `config ${s.field}${s.key !== undefined ? ` ${s.key}` : ''}`;
        case 'history':
            return `history step ${s.index + 1} (${s.createdBy.slice(0, 80)})`;
        case 'manifest':
            return `manifest ${s.field}`;
        case 'policy':
            return `test '${s.test}'`;
        case 'resource':
            return s.id;
    }
};


/***/ }),

/***/ 17534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ instructionOf)
/* harmony export */ });
/**
 * A history `created_by` as the Dockerfile instruction it came from (pure).
 * Builders write it differently:
 *   buildah/docker classic   `/bin/sh -c #(nop) USER app`, `/bin/sh -c apt-get update`
 *   with build args          `|2 A=1 B=2 /bin/sh -c make`
 *   BuildKit                 `RUN /bin/sh -c make # buildkit`, `USER app`
 */
const KEYWORDS = new Set([
    'ADD',
    'ARG',
    'CMD',
    'COPY',
    'ENTRYPOINT',
    'ENV',
    'EXPOSE',
    'HEALTHCHECK',
    'LABEL',
    'MAINTAINER',
    'ONBUILD',
    'RUN',
    'SHELL',
    'STOPSIGNAL',
    'USER',
    'VOLUME',
    'WORKDIR',
]);
function instructionOf(createdBy) {
    let s = createdBy.trim().replace(/\s+#\s*buildkit$/, '');
    s = s.replace(/^\|\d+(?:\s+\S+=(?:"[^"]*"|'[^']*'|\S*))*\s+/, '');
    const buildkitRun = /^RUN\s+(?:\|\d+(?:\s+\S+=\S*)*\s+)?(?:\/bin\/sh -c\s+)?/.exec(s);
    if (buildkitRun !== null)
        return { keyword: 'RUN', args: collapse(s.slice(buildkitRun[0].length)) };
    s = s.replace(/^\/bin\/(?:ba)?sh -c\s+/, '');
    const nop = /^#\(nop\)\s+/.exec(s);
    if (nop !== null)
        s = s.slice(nop[0].length);
    const word = /^([A-Za-z]+)\b\s*/.exec(s);
    if (word !== null && KEYWORDS.has(word[1].toUpperCase()) && (nop !== null || word[1] === word[1].toUpperCase())) {
        return { keyword: word[1].toUpperCase(), args: collapse(s.slice(word[0].length)) };
    }
    return { keyword: 'RUN', args: collapse(s) };
}
const collapse = (s) => s.replace(/\s+/g, ' ').trim();


/***/ }),

/***/ 78758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ makeImageView),
/* harmony export */   H7: () => (/* binding */ capturedFile),
/* harmony export */   R9: () => (/* binding */ imageSize)
/* harmony export */ });
/* unused harmony export historySteps */
/* harmony import */ var _layers_resolve_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62122);

function historySteps(config, layerCount) {
    const entries = config.history ?? [];
    const nonEmpty = entries.filter((h) => h.empty_layer !== true).length;
    const aligned = nonEmpty === layerCount;
    let layer = 0;
    return entries.map((h, index) => {
        const step = { index, createdBy: h.created_by ?? '', emptyLayer: h.empty_layer === true };
        if (h.empty_layer !== true) {
            if (aligned)
                step.layer = layer;
            layer++;
        }
        return step;
    });
}
function makeImageView(name, image, fs, rootAnnotations = {}) {
    return {
        name,
        descriptor: image.descriptor,
        manifest: image.manifest,
        config: image.config,
        container: image.config.config ?? {},
        history: historySteps(image.config, image.manifest.layers.length),
        annotations: { ...rootAnnotations, ...(image.manifest.annotations ?? {}) },
        fs,
    };
}
/** The captured bytes of a file, links followed inside the root; undefined when absent or not captured. */
function capturedFile(view, path) {
    const r = (0,_layers_resolve_js__WEBPACK_IMPORTED_MODULE_0__/* .resolvePath */ .o)(view.fs, path);
    if (r.kind !== 'found')
        return undefined;
    const holder = (0,_layers_resolve_js__WEBPACK_IMPORTED_MODULE_0__/* .dataNode */ .F)(view.fs, r.node);
    return holder?.content;
}
/** The image's uncompressed size, summed over its layers as they were read. */
const imageSize = (view) => view.fs.layerBytes.reduce((a, b) => a + b, 0);


/***/ }),

/***/ 59455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cm: () => (/* binding */ linkTarget),
/* harmony export */   Fl: () => (/* binding */ baseName),
/* harmony export */   Mb: () => (/* binding */ memberPath),
/* harmony export */   Uf: () => (/* binding */ splitPath),
/* harmony export */   gN: () => (/* binding */ parentOf),
/* harmony export */   nF: () => (/* binding */ clampedParts),
/* harmony export */   uJ: () => (/* binding */ joinPath)
/* harmony export */ });
/**
 * Paths inside an image root, as pure functions. Every path in the file-system
 * index is absolute and normalised (`/`, `/etc/passwd`): no `.`, no `..`, no
 * doubled or trailing slashes. A path that would climb above the root is not
 * clamped silently; it is reported, because a naive extractor would write it
 * outside the target folder.
 */
/** Split a path into components, applying `.` and `..`; `undefined` when `..` climbs above the root. */
function splitPath(path, base = []) {
    const out = path.startsWith('/') ? [] : [...base];
    for (const part of path.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (out.length === 0)
                return undefined;
            out.pop();
            continue;
        }
        out.push(part);
    }
    return out;
}
/**
 * Components of a link target, `.`/`..` applied from `base` (the folder
 * holding the link), clamped at the root: the one rule for following links
 * in an image. Inside a container the root is `/`, so an absolute target is
 * taken inside the image root and a `..` at `/` stays at `/` (the kernel's
 * chroot rule, and securejoin's / containerd's `fs.RootPath` when layers are
 * extracted). Nothing is ever followed out of the root.
 */
function clampedParts(target, base = []) {
    const out = target.startsWith('/') ? [] : [...base];
    for (const part of target.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..')
            out.pop();
        else
            out.push(part);
    }
    return out;
}
const joinPath = (parts) => `/${parts.join('/')}`;
/** Names as builders write them: relative, an optional `./` first, one `/` between components, maybe one at the end. */
const PLAIN_NAME = /^(?:\.\/)?((?:[^/]+\/)*[^/]+)\/?$/;
/** A `.` or `..` component. */
const DOT_PART = /(?:^|\/)\.\.?(?:\/|$)/;
/** A tar member name (`./etc/x`, `etc/x/`, `/etc/x`) as an image path; `undefined` when it escapes the root. */
function memberPath(name) {
    // Most names need no splitting: called for every member of every layer, so they are taken as they are when plain.
    const plain = PLAIN_NAME.exec(name)?.[1];
    if (plain !== undefined && !DOT_PART.test(plain))
        return `/${plain}`;
    const parts = splitPath(name.replace(/^\/+/, ''));
    return parts === undefined ? undefined : joinPath(parts);
}
const parentOf = (p) => {
    const i = p.lastIndexOf('/');
    return i <= 0 ? '/' : p.slice(0, i);
};
const baseName = (p) => p.slice(p.lastIndexOf('/') + 1);
/**
 * Where a link target points, lexically, from the folder that holds the link.
 * Absolute targets are taken inside the image root (never the host's).
 * `undefined` when a relative target climbs above the root.
 */
function linkTarget(linkPath, target) {
    const parts = splitPath(target, splitPath(parentOf(linkPath)) ?? []);
    return parts === undefined ? undefined : joinPath(parts);
}


/***/ }),

/***/ 62122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ dataNode),
/* harmony export */   o: () => (/* binding */ resolvePath)
/* harmony export */ });
/* harmony import */ var _image_path_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59455);

const MAX_LINKS = 40; // Linux's MAXSYMLINKS
/** Resolve `path`, following symlinks in every component and, when `followLast`, in the last one too. */
function resolvePath(index, path, followLast = true) {
    let pending = (0,_image_path_js__WEBPACK_IMPORTED_MODULE_0__/* .splitPath */ .Uf)(path) ?? [];
    let done = [];
    let node = index.root;
    let hops = 0;
    while (pending.length > 0) {
        const [name, ...rest] = pending;
        const child = node.children?.get(name);
        const here = [...done, name];
        if (child === undefined)
            return { kind: 'missing', path: (0,_image_path_js__WEBPACK_IMPORTED_MODULE_0__/* .joinPath */ .uJ)([...here, ...rest]) };
        if (child.type === 'symlink' && (rest.length > 0 || followLast)) {
            if (++hops > MAX_LINKS)
                return { kind: 'loop', link: (0,_image_path_js__WEBPACK_IMPORTED_MODULE_0__/* .joinPath */ .uJ)(here) };
            // Restart from the root with the target in place of the link.
            pending = [...(0,_image_path_js__WEBPACK_IMPORTED_MODULE_0__/* .clampedParts */ .nF)(child.linkname ?? '', done), ...rest];
            done = [];
            node = index.root;
            continue;
        }
        if (rest.length > 0 && child.type !== 'dir')
            return { kind: 'missing', path: (0,_image_path_js__WEBPACK_IMPORTED_MODULE_0__/* .joinPath */ .uJ)([...here, ...rest]) };
        done = here;
        node = child;
        pending = rest;
    }
    return { kind: 'found', path: (0,_image_path_js__WEBPACK_IMPORTED_MODULE_0__/* .joinPath */ .uJ)(done), node };
}
/** The node that holds a file's bytes: a hard link's target, else the node itself. */
function dataNode(index, node) {
    if (node.type !== 'hardlink')
        return node;
    const target = index.get(node.linkname ?? '');
    return target?.type === 'file' ? target : undefined;
}


/***/ })

};
