export const id = 273;
export const ids = [273];
export const modules = {

/***/ 6894:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dq: () => (/* binding */ goSemver),
/* harmony export */   E8: () => (/* binding */ GoBuildInfoReader),
/* harmony export */   X3: () => (/* binding */ goBuildInfo)
/* harmony export */ });
/* unused harmony export parseModInfo */
/**
 * Go modules from a Go binary's build information: the blob the linker
 * writes into the data segment, found by its `\xff Go buildinf:` magic. Go
 * 1.18+ writes the version and module strings inline after a 32-byte header
 * (flag bit 2), each prefixed by its uvarint length; the module string is
 * framed by 16 sentinel bytes and lists `path`, `mod` (the main module),
 * `dep` lines (path, version, sum) and `=>` lines (a replacement of the dep
 * before). Older binaries (pointers into the data segment) are not read
 * through the header; for them, and for binaries whose buildinfo section
 * was stripped (esbuild's release builds), the module string is found by
 * its sentinels in the read-only data (runtime/debug's copy of it).
 * Binaries built outside module mode (Debian's packaged Go tools) carry only
 * a `path` line and give no modules: the distribution package lists them.
 */
const MAGIC = Buffer.from('\xff Go buildinf:', 'latin1');
const HEADER = 32;
const FLAG_INLINE = 0x2;
/** Magic matches looked at in one file (a string constant can carry the magic too). */
const MAX_MATCHES = 16;
const ELF = Buffer.from('\x7fELF', 'latin1');
/** The 16 bytes cmd/go puts before and after the module string. */
const INFO_START = Buffer.from('3077af0c9274080241e1c107e6d618e6', 'hex');
const INFO_END = Buffer.from('f932433186182072008242104116d8f2', 'hex');
/** Longest module string read by its sentinels (a module graph of thousands of deps is ~500 KB). */
const MAX_MODINFO = 4 * 1024 * 1024;
const isMore = (v) => typeof v === 'object' && v !== null && 'need' in v;
/** An unsigned LEB128 varint at `at`: its value and the offset after it; undefined past 2^32. */
function uvarint(b, at) {
    let value = 0;
    for (let shift = 0, i = at; shift <= 28; shift += 7, i++) {
        if (i >= b.length)
            return { need: i + 1 };
        const byte = b[i];
        value += (byte & 0x7f) * 2 ** shift;
        if ((byte & 0x80) === 0)
            return [value, i + 1];
    }
    return undefined;
}
/** A uvarint-prefixed string; undefined past MAX_MODINFO, so what a match holds stays bounded. */
function inlineString(b, at) {
    const v = uvarint(b, at);
    if (v === undefined || isMore(v))
        return v;
    if (v[0] > MAX_MODINFO)
        return undefined;
    if (v[1] + v[0] > b.length)
        return { need: v[1] + v[0] };
    return [b.toString('utf8', v[1], v[1] + v[0]), v[1] + v[0]];
}
/** The inline build info whose magic is at `at` (Go 1.18+); undefined when that match is not one. */
function inlineInfo(b, at) {
    if (at + HEADER > b.length)
        return { need: at + HEADER };
    if ((b[at + 15] & FLAG_INLINE) === 0)
        return undefined;
    const vers = inlineString(b, at + HEADER);
    if (vers === undefined || isMore(vers))
        return vers;
    if (!vers[0].startsWith('go'))
        return undefined;
    const mod = inlineString(b, vers[1]);
    if (mod === undefined || isMore(mod))
        return mod;
    return { goVersion: vers[0], ...parseModInfo(mod[0]) };
}
/** The last `n` bytes of `b`, copied, so a kept overlap does not keep its whole chunk alive. */
const lastBytes = (b, n) => Buffer.from(b.subarray(Math.max(0, b.length - n)));
/** The module lines of a module string, sentinels removed. */
function parseModInfo(mod) {
    const text = mod.length >= 33 && mod[mod.length - 17] === '\n' ? mod.slice(16, -16) : mod;
    const deps = [];
    let main;
    for (const line of text.split('\n')) {
        const [kind, path, version] = line.split('\t');
        if (path === undefined || path === '')
            continue;
        if (kind === 'mod')
            main = { path, version: version ?? '' };
        else if (kind === 'dep')
            deps.push({ path, version: version ?? '' });
        else if (kind === '=>' && deps.length > 0 && version !== undefined && version !== '')
            deps[deps.length - 1] = { path, version };
    }
    return { ...(main === undefined ? {} : { main }), deps };
}
/** `b` from `at` on, to hold past this write: copied when it is a view of the lent chunk, as is when we concatenated it ourselves. */
const kept = (b, chunk, at) => (b === chunk ? Buffer.from(b.subarray(at)) : b.subarray(at));
/**
 * The build information of a Go binary read as it streams, chunk by chunk:
 * only the bytes from a magic match (or the first module-string sentinel) up
 * to the end of its strings are held, a few MiB at most, never the binary,
 * so a 64 MiB executable costs the scan no more memory than a small one.
 * Each byte is copied a bounded number of times (no re-concatenation per
 * chunk). Chunks are lent (BodySink, layers/tar-parse.ts): what is held is
 * a copy, never a view of a chunk the caller will reuse. The first magic match (of at most MAX_MATCHES) whose inline strings
 * read wins; without one, the module string between the sentinels. Once
 * decided, the remaining chunks are ignored.
 */
class GoBuildInfoReader {
    seen = 0;
    head = Buffer.alloc(0);
    done = false;
    found;
    /** Magic search: the overlap with the next chunk, or the match being read (held from its magic on, in parts). */
    magicTail = Buffer.alloc(0);
    held = [];
    heldBytes = 0;
    need = 0;
    matches = 0;
    /** Sentinel search: the overlap with the next chunk; from the first start sentinel on, the bytes held (in parts). */
    sentinelTail = Buffer.alloc(0);
    sentinelParts;
    sentinelBytes = 0;
    sentinelInfo = 'unknown';
    write(chunk) {
        if (this.done || chunk.length === 0)
            return;
        this.seen += chunk.length;
        if (this.head.length < ELF.length) {
            this.head = Buffer.concat([this.head, chunk.subarray(0, ELF.length - this.head.length)]);
            if (this.head.length === ELF.length && !this.head.equals(ELF)) {
                this.finish(undefined);
                return;
            }
        }
        this.readMagic(chunk, false);
        if (!this.done && this.sentinelInfo === 'unknown')
            this.readSentinel(chunk);
    }
    /** The build information of the whole file; undefined for other files and pre-1.18 Go binaries. */
    end() {
        if (this.done)
            return this.found;
        if (this.seen < HEADER || !this.head.equals(ELF))
            return this.finish(undefined);
        this.readMagic(Buffer.alloc(0), true);
        if (this.done)
            return this.found;
        return this.finish(this.sentinelInfo === 'unknown' ? undefined : this.sentinelInfo);
    }
    finish(info) {
        this.done = true;
        this.found = info;
        this.magicTail = Buffer.alloc(0);
        this.held = [];
        this.sentinelTail = Buffer.alloc(0);
        this.sentinelParts = undefined;
        return info;
    }
    readMagic(chunk, eof) {
        if (this.matches > MAX_MATCHES)
            return;
        let b;
        let candidate = -1;
        if (this.held.length > 0) {
            this.held.push(Buffer.from(chunk));
            this.heldBytes += chunk.length;
            if (this.heldBytes < this.need && !eof)
                return;
            b = Buffer.concat(this.held);
            this.held = [];
            candidate = 0;
        }
        else
            b = this.magicTail.length === 0 ? chunk : Buffer.concat([this.magicTail, chunk]);
        let from = 0;
        for (;;) {
            if (candidate >= 0) {
                const info = inlineInfo(b, candidate);
                if (isMore(info) && !eof) {
                    // Held from the magic on until the strings are complete (bounded: inlineString refuses lengths past MAX_MODINFO).
                    this.held = [kept(b, chunk, candidate)];
                    this.heldBytes = b.length - candidate;
                    this.need = info.need - candidate;
                    return;
                }
                if (info !== undefined && !isMore(info)) {
                    this.finish(info);
                    return;
                }
                from = candidate + 1;
            }
            if (this.matches >= MAX_MATCHES) {
                this.matches++;
                this.magicTail = Buffer.alloc(0);
                return;
            }
            const at = b.indexOf(MAGIC, from);
            if (at < 0) {
                // What a match across the next chunk boundary needs.
                this.magicTail = lastBytes(b.subarray(from), MAGIC.length - 1);
                return;
            }
            this.matches++;
            candidate = at;
        }
    }
    readSentinel(chunk) {
        if (this.sentinelParts === undefined) {
            const b = this.sentinelTail.length === 0 ? chunk : Buffer.concat([this.sentinelTail, chunk]);
            const at = b.indexOf(INFO_START);
            if (at < 0) {
                this.sentinelTail = lastBytes(b, INFO_START.length - 1);
                return;
            }
            const from = kept(b, chunk, at);
            this.sentinelParts = [from];
            this.sentinelBytes = from.length;
            this.sentinelTail = Buffer.alloc(0);
            this.findEnd(from, 0);
            return;
        }
        this.sentinelParts.push(Buffer.from(chunk));
        const base = this.sentinelBytes - this.sentinelTail.length;
        this.sentinelBytes += chunk.length;
        this.findEnd(Buffer.concat([this.sentinelTail, chunk]), base);
    }
    /** Look for the end sentinel in `b`, the held bytes from offset `base` (from the start sentinel) on. */
    findEnd(b, base) {
        const end = b.indexOf(INFO_END, Math.max(0, 16 - base));
        if (end < 0) {
            // The end sentinel must come within MAX_MODINFO of the start, or the first start sentinel is not a module string.
            if (this.sentinelBytes > MAX_MODINFO + INFO_END.length) {
                this.sentinelInfo = undefined;
                this.sentinelParts = undefined;
            }
            else
                this.sentinelTail = lastBytes(b, INFO_END.length - 1);
            return;
        }
        const at = base + end;
        const s = Buffer.concat(this.sentinelParts ?? []);
        this.sentinelParts = undefined;
        this.sentinelTail = Buffer.alloc(0);
        this.sentinelInfo =
            at > MAX_MODINFO || !s.toString('latin1', 16, 21).startsWith('path\t') ? undefined : { goVersion: '', ...parseModInfo(s.toString('utf8', 16, at)) };
    }
}
/** The build information of an ELF Go binary held whole; undefined for other files and pre-1.18 Go binaries. */
function goBuildInfo(bytes) {
    const reader = new GoBuildInfoReader();
    reader.write(bytes);
    return reader.end();
}
/**
 * A Go toolchain version (go1.21.5, go1.21, go1.21rc2, "go1.22.0 X:boringcrypto")
 * as the semver OSV's Go database gives the standard library ("stdlib"
 * advisories range over 1.21.5, 1.21.0-rc.2): the `go` prefix dropped, a bare
 * language version before 1.21 (go1.20) meaning its first release 1.20.0, and
 * rcN/betaN a pre-release of the .0 release. Undefined for what is not a
 * release (a `devel` toolchain), which no advisory range can place.
 */
function goSemver(goVersion) {
    const m = /^go(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:(rc|beta|alpha)(\d+))?(?:$|[ -])/.exec(goVersion.trim());
    if (m === null)
        return undefined;
    const [, major, minor = '0', patch = '0', pre, n] = m;
    return pre === undefined ? `${major}.${minor}.${patch}` : `${major}.${minor}.0-${pre}.${n}`;
}


/***/ }),

/***/ 66261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wt: () => (/* binding */ indexAdvisories),
  YW: () => (/* binding */ match),
  Pc: () => (/* binding */ normalizeName)
});

// UNUSED EXPORTS: verdict

// EXTERNAL MODULE: ./shared/src/compliance/vulnerabilities/osv.ts + 1 modules
var osv = __webpack_require__(72340);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./shared/src/updates/apk-version.ts
/**
 * Alpine apk version ordering, written from apk-tools' documented behaviour:
 * `digits{.digits}[letter]{_suffix[digits]}[-r<digits>]`.
 * - The first number compares as an integer; later numbers with a leading 0
 *   compare as decimal fractions (1.01 < 1.1), the rest as integers.
 * - Suffixes _alpha < _beta < _pre < _rc sort before the bare release;
 *   _cvs < _svn < _git < _hg < _p after it.
 * - Where one version goes on and the other does not (or goes on with a
 *   different kind of part), the longer one is newer unless what it goes on
 *   with is a pre-release suffix; between kinds: digit > letter > suffix >
 *   revision > end.
 * Text that does not follow the format is compared as a plain string from
 * where it stops following it, so an odd version never throws.
 */
/** Ranking of the kinds when two versions part ways: lower is newer. */
const KIND_ORDER = { digit: 0, letter: 1, suffix: 2, revision: 3, rest: 4, end: 5 };
const SUFFIX_RANK = { alpha: 0, beta: 1, pre: 2, rc: 3, cvs: 5, svn: 6, git: 7, hg: 8, p: 9 };
/** Ranks below this are pre-release suffixes. */
const RELEASE_RANK = 4;
function tokenizeApkVersion(version) {
    const out = [];
    const m = /^(\d+(?:\.\d+)*)([a-z])?((?:_(?:alpha|beta|pre|rc|cvs|svn|git|hg|p)\d*)*)(?:-r(\d+))?/.exec(version);
    if (m === null)
        return [{ kind: 'rest', text: version }];
    m[1].split('.').forEach((text, i) => out.push({ kind: 'digit', text, first: i === 0 }));
    if (m[2] !== undefined)
        out.push({ kind: 'letter', text: m[2] });
    for (const s of (m[3] ?? '').split('_').slice(1)) {
        const sm = /^([a-z]+)(\d*)$/.exec(s);
        out.push({ kind: 'suffix', rank: SUFFIX_RANK[sm[1]], n: sm[2] ?? '' });
    }
    if (m[4] !== undefined)
        out.push({ kind: 'revision', n: m[4] });
    if (m[0].length < version.length)
        out.push({ kind: 'rest', text: version.slice(m[0].length) });
    return out;
}
function compareInts(a, b) {
    const x = a.replace(/^0+/, '');
    const y = b.replace(/^0+/, '');
    if (x.length !== y.length)
        return x.length < y.length ? -1 : 1;
    return x < y ? -1 : x > y ? 1 : 0;
}
const sign = (n) => (n < 0 ? -1 : n > 0 ? 1 : 0);
function compareSame(a, b) {
    if (a.kind === 'digit' && b.kind === 'digit') {
        if (!a.first && (a.text.startsWith('0') || b.text.startsWith('0'))) {
            // Fractions: compare digit by digit, the shorter padded with zeros.
            const len = Math.max(a.text.length, b.text.length);
            const x = a.text.padEnd(len, '0');
            const y = b.text.padEnd(len, '0');
            return x < y ? -1 : x > y ? 1 : 0;
        }
        return compareInts(a.text, b.text);
    }
    if (a.kind === 'letter' && b.kind === 'letter')
        return sign(a.text.localeCompare(b.text, 'en'));
    if (a.kind === 'suffix' && b.kind === 'suffix')
        return a.rank !== b.rank ? sign(a.rank - b.rank) : compareInts(a.n, b.n);
    if (a.kind === 'revision' && b.kind === 'revision')
        return compareInts(a.n, b.n);
    if (a.kind === 'rest' && b.kind === 'rest')
        return a.text < b.text ? -1 : a.text > b.text ? 1 : 0;
    return 0;
}
/** Negative when `a` is older than `b`, positive when newer, 0 when equal. */
function compareApkVersions(a, b) {
    const x = tokenizeApkVersion(a.trim());
    const y = tokenizeApkVersion(b.trim());
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
        const ta = x[i];
        const tb = y[i];
        if (ta !== undefined && tb !== undefined && ta.kind === tb.kind) {
            const c = compareSame(ta, tb);
            if (c !== 0)
                return c;
            continue;
        }
        // The versions part ways here.
        if (ta?.kind === 'suffix' && ta.rank < RELEASE_RANK)
            return -1;
        if (tb?.kind === 'suffix' && tb.rank < RELEASE_RANK)
            return 1;
        const ka = KIND_ORDER[ta?.kind ?? 'end'];
        const kb = KIND_ORDER[tb?.kind ?? 'end'];
        return ka < kb ? 1 : -1;
    }
    return 0;
}

;// CONCATENATED MODULE: ./shared/src/updates/debian-version.ts
/**
 * Debian version ordering (Debian Policy 5.6.12), written from the rules:
 * `[epoch:]upstream[-revision]`; epochs compare as integers, then upstream,
 * then revision, each as alternating runs of non-digits and digits. Non-digit
 * runs compare character by character where `~` sorts before everything (even
 * the end of the run), letters before every other character; digit runs
 * compare as integers. A missing revision compares as `0`.
 */
function parseDebianVersion(text) {
    const v = text.trim();
    const colon = v.indexOf(':');
    const epochText = colon > 0 ? v.slice(0, colon) : '';
    const epoch = /^\d+$/.test(epochText) ? Number(epochText) : 0;
    const rest = colon > 0 && /^\d+$/.test(epochText) ? v.slice(colon + 1) : v;
    const dash = rest.lastIndexOf('-');
    return dash > 0 ? { epoch, upstream: rest.slice(0, dash), revision: rest.slice(dash + 1) } : { epoch, upstream: rest, revision: '' };
}
/** Weight of one character in a non-digit run; the end of the run weighs 0. */
function weight(c) {
    if (c === undefined)
        return 0;
    if (c === '~')
        return -1;
    const code = c.charCodeAt(0);
    if (/[A-Za-z]/.test(c))
        return code;
    return code + 256;
}
const isDigit = (c) => c !== undefined && c >= '0' && c <= '9';
/** Compare two digit strings as integers of any length. */
function compareDigits(a, b) {
    const x = a.replace(/^0+/, '');
    const y = b.replace(/^0+/, '');
    if (x.length !== y.length)
        return x.length < y.length ? -1 : 1;
    return x < y ? -1 : x > y ? 1 : 0;
}
/** One part (upstream or revision). */
function compareDebianPart(a, b) {
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        // Non-digit runs, character by character; a run that ends weighs 0.
        while ((i < a.length && !isDigit(a[i])) || (j < b.length && !isDigit(b[j]))) {
            const wa = isDigit(a[i]) ? 0 : weight(a[i]);
            const wb = isDigit(b[j]) ? 0 : weight(b[j]);
            if (wa !== wb)
                return wa < wb ? -1 : 1;
            if (i < a.length && !isDigit(a[i]))
                i++;
            if (j < b.length && !isDigit(b[j]))
                j++;
        }
        let da = '';
        let db = '';
        while (isDigit(a[i]))
            da += a[i++];
        while (isDigit(b[j]))
            db += b[j++];
        const d = compareDigits(da, db);
        if (d !== 0)
            return d;
    }
    return 0;
}
/** Negative when `a` is older than `b`, positive when newer, 0 when equal. */
function compareDebianVersions(a, b) {
    const x = parseDebianVersion(a);
    const y = parseDebianVersion(b);
    if (x.epoch !== y.epoch)
        return x.epoch < y.epoch ? -1 : 1;
    return compareDebianPart(x.upstream, y.upstream) || compareDebianPart(x.revision, y.revision);
}

// EXTERNAL MODULE: ./shared/src/compliance/sbom/go-buildinfo.ts
var go_buildinfo = __webpack_require__(6894);
;// CONCATENATED MODULE: ./shared/src/compliance/vulnerabilities/versions/maven.ts
/**
 * Maven version ordering, written from the rules of Maven's ComparableVersion:
 * a version is a list of items split at `.`, at `-` (which opens a sub-list)
 * and at digit/letter transitions; numbers compare as integers, the known
 * qualifiers in the order alpha < beta < milestone < rc = cr < snapshot <
 * "" = ga = final = release < sp, unknown qualifiers after them by text;
 * trailing "null" items (0, "", ga, an empty list) are dropped before comparing.
 */
const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];
const ALIASES = { ga: '', final: '', release: '', cr: 'rc' };
const RELEASE_INDEX = String(QUALIFIERS.indexOf(''));
function stringItem(text, followedByDigit) {
    let value = text;
    if (followedByDigit && value.length === 1)
        value = { a: 'alpha', b: 'beta', m: 'milestone' }[value] ?? value;
    return { kind: 'string', value: ALIASES[value] ?? value };
}
function parseItem(isDigit, text) {
    return isDigit ? { kind: 'int', value: BigInt(text) } : stringItem(text, false);
}
function comparable(q) {
    const i = QUALIFIERS.indexOf(q);
    return i === -1 ? `${QUALIFIERS.length}-${q}` : String(i);
}
function isNull(item) {
    if (item.kind === 'int')
        return item.value === 0n;
    if (item.kind === 'string')
        return comparable(item.value) === RELEASE_INDEX;
    return item.items.length === 0;
}
function normalize(list) {
    for (let i = list.length - 1; i >= 0; i--) {
        const last = list[i];
        if (isNull(last))
            list.splice(i, 1);
        else if (last.kind !== 'list')
            break;
    }
}
function parseMaven(version) {
    const text = version.trim().toLowerCase();
    const root = [];
    let list = root;
    const stack = [root];
    const open = () => {
        const sub = [];
        list.push({ kind: 'list', items: sub });
        list = sub;
        stack.push(sub);
    };
    let isDigit = false;
    let start = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '.' || c === '-') {
            list.push(i === start ? { kind: 'int', value: 0n } : parseItem(isDigit, text.slice(start, i)));
            start = i + 1;
            if (c === '-')
                open();
        }
        else if (c >= '0' && c <= '9') {
            if (!isDigit && i > start) {
                list.push(stringItem(text.slice(start, i), true));
                start = i;
                open();
            }
            isDigit = true;
        }
        else {
            if (isDigit && i > start) {
                list.push(parseItem(true, text.slice(start, i)));
                start = i;
                open();
            }
            isDigit = false;
        }
    }
    if (text.length > start) {
        // A trailing qualifier opens a sub-list, so `2.0.a` sorts before `2-1` as `1.0.0.X1` before `1.0.0-X2`.
        if (!isDigit && list.length > 0)
            open();
        list.push(parseItem(isDigit, text.slice(start)));
    }
    while (stack.length > 0)
        normalize(stack.pop());
    return { kind: 'list', items: root };
}
const maven_sign = (n) => (n < 0 ? -1 : n > 0 ? 1 : 0);
/** ComparableVersion's compareTo, `b` undefined standing for Java's null. */
function compareItems(a, b) {
    if (a.kind === 'int') {
        if (b === undefined)
            return a.value === 0n ? 0 : 1;
        if (b.kind === 'int')
            return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
        return 1; // a number is newer than a qualifier or a sub-list
    }
    if (a.kind === 'string') {
        if (b === undefined)
            return maven_sign(comparable(a.value).localeCompare(RELEASE_INDEX, 'en'));
        if (b.kind === 'string') {
            const x = comparable(a.value);
            const y = comparable(b.value);
            return x < y ? -1 : x > y ? 1 : 0;
        }
        return -1;
    }
    if (b === undefined)
        return a.items.length === 0 ? 0 : compareItems(a.items[0], undefined);
    if (b.kind === 'int')
        return -1;
    if (b.kind === 'string')
        return 1;
    for (let i = 0; i < Math.max(a.items.length, b.items.length); i++) {
        const l = a.items[i];
        const r = b.items[i];
        const c = l === undefined ? (r === undefined ? 0 : -compareItems(r, undefined)) : compareItems(l, r);
        if (c !== 0)
            return c;
    }
    return 0;
}
/** Negative when `a` is older than `b`, positive when newer, 0 when equal. */
function compareMaven(a, b) {
    return compareItems(parseMaven(a), parseMaven(b));
}

;// CONCATENATED MODULE: ./shared/src/compliance/vulnerabilities/versions/pep440.ts
/**
 * PEP 440 version ordering (Python packages), written from the PEP's rules:
 * `[N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local]` after normalization (case,
 * `alpha`/`beta`/`c`/`pre`/`preview` spellings, `-`/`_`/`.` separators,
 * implicit numbers, a leading `v`, `-N` as a post release). Versions that are
 * not PEP 440 (legacy) sort before every valid one, among themselves by text.
 */
const PATTERN = /^v?(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?(a|alpha|b|beta|rc|c|pre|preview)[-_.]?(\d+)?)?(?:-(\d+)|[-_.]?(post|rev|r)[-_.]?(\d+)?)?(?:[-_.]?(dev)[-_.]?(\d+)?)?(?:\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?$/;
const PRE_RANK = { a: 0, alpha: 0, b: 1, beta: 1, rc: 2, c: 2, pre: 2, preview: 2 };
function parsePep440(text) {
    const m = PATTERN.exec(text.trim().toLowerCase());
    if (m === null)
        return undefined;
    const release = (m[2] ?? '0').split('.').map(Number);
    while (release.length > 1 && release[release.length - 1] === 0)
        release.pop();
    const v = { epoch: Number(m[1] ?? 0), release, local: [] };
    if (m[3] !== undefined)
        v.pre = [PRE_RANK[m[3]] ?? 0, Number(m[4] ?? 0)];
    if (m[5] !== undefined)
        v.post = Number(m[5]);
    else if (m[6] !== undefined)
        v.post = Number(m[7] ?? 0);
    if (m[8] !== undefined)
        v.dev = Number(m[9] ?? 0);
    if (m[10] !== undefined)
        v.local = m[10].split(/[-_.]/).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    return v;
}
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/**
 * The PEP's sort key, one number per part: a dev-only release sorts before
 * its pre-releases; no pre-release sorts after every pre-release; no post
 * before every post; no dev after every dev.
 */
function key(v) {
    const pre = v.pre !== undefined ? v.pre : v.post === undefined && v.dev !== undefined ? [-1, 0] : [Infinity, 0];
    return [pre[0] ?? 0, pre[1] ?? 0, v.post ?? -1, v.dev ?? Infinity];
}
function compareLocal(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const x = a[i];
        const y = b[i];
        if (x === undefined)
            return -1; // a shorter local version sorts first when its segments match
        if (y === undefined)
            return 1;
        if (typeof x === 'number' && typeof y === 'number') {
            if (x !== y)
                return cmp(x, y);
        }
        else if (typeof x === 'number')
            return 1; // numeric segments sort after alphanumeric ones
        else if (typeof y === 'number')
            return -1;
        else if (x !== y)
            return x < y ? -1 : 1;
    }
    return 0;
}
/** Negative when `a` is older than `b`, positive when newer, 0 when equal. */
function comparePep440(a, b) {
    const x = parsePep440(a);
    const y = parsePep440(b);
    if (x === undefined || y === undefined) {
        if (x !== undefined)
            return 1;
        if (y !== undefined)
            return -1;
        return a < b ? -1 : a > b ? 1 : 0;
    }
    if (x.epoch !== y.epoch)
        return cmp(x.epoch, y.epoch);
    for (let i = 0; i < Math.max(x.release.length, y.release.length); i++) {
        const c = cmp(x.release[i] ?? 0, y.release[i] ?? 0);
        if (c !== 0)
            return c;
    }
    const kx = key(x);
    const ky = key(y);
    for (let i = 0; i < kx.length; i++) {
        const c = cmp(kx[i] ?? 0, ky[i] ?? 0);
        if (c !== 0)
            return c;
    }
    return compareLocal(x.local, y.local);
}

;// CONCATENATED MODULE: ./shared/src/compliance/vulnerabilities/versions/rpm.ts
/**
 * rpm's version ordering (lib/rpmvercmp.c, rpm >= 4.15), written from its
 * documented behaviour and checked against rpm's own test cases: strings are
 * split into runs of ASCII digits and ASCII letters, everything else only
 * separates them; digits compare as numbers (leading zeros ignored) and beat
 * letters; `~` sorts before anything, even the end of the string (1.0~rc1 <
 * 1.0); `^` sorts after the end of the string but before anything else
 * (1.0 < 1.0^git1 < 1.0.1). Whole `[epoch:]version[-release]` strings compare
 * epoch (missing = 0), then version, then release (a missing one older than
 * any, even `~`), as rpm's own `rpm.vercmp` does.
 */
const rpm_isDigit = (c) => c >= 48 && c <= 57;
const isAlpha = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const TILDE = 126;
const CARET = 94;
/** What `at` reads past the end of a string. */
const END = -1;
const at = (s, i) => (i < s.length ? s.charCodeAt(i) : END);
/** rpmvercmp: negative when `a` is older, positive when newer, 0 when rpm holds them equal. */
function rpmvercmp(a, b) {
    if (a === b)
        return 0;
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        while (i < a.length && !rpm_isDigit(at(a, i)) && !isAlpha(at(a, i)) && at(a, i) !== TILDE && at(a, i) !== CARET)
            i++;
        while (j < b.length && !rpm_isDigit(at(b, j)) && !isAlpha(at(b, j)) && at(b, j) !== TILDE && at(b, j) !== CARET)
            j++;
        const x = at(a, i);
        const y = at(b, j);
        // A tilde sorts before everything, the end of the string included.
        if (x === TILDE || y === TILDE) {
            if (x !== TILDE)
                return 1;
            if (y !== TILDE)
                return -1;
            i++;
            j++;
            continue;
        }
        // A caret sorts after the end of the string and before everything else.
        if (x === CARET || y === CARET) {
            if (x === END)
                return -1;
            if (y === END)
                return 1;
            if (x !== CARET)
                return 1;
            if (y !== CARET)
                return -1;
            i++;
            j++;
            continue;
        }
        if (x === END || y === END)
            break;
        // One run of digits or of letters, its kind set by `a`'s.
        const numeric = rpm_isDigit(x);
        const inRun = numeric ? rpm_isDigit : isAlpha;
        let ie = i;
        let je = j;
        while (ie < a.length && inRun(at(a, ie)))
            ie++;
        while (je < b.length && inRun(at(b, je)))
            je++;
        // `b` has a run of the other kind here: a number is newer than letters.
        if (je === j)
            return numeric ? 1 : -1;
        let sa = a.slice(i, ie);
        let sb = b.slice(j, je);
        if (numeric) {
            sa = sa.replace(/^0+/, '');
            sb = sb.replace(/^0+/, '');
            if (sa.length !== sb.length)
                return sa.length > sb.length ? 1 : -1;
        }
        if (sa !== sb)
            return sa > sb ? 1 : -1;
        i = ie;
        j = je;
    }
    // Every run compared equal: equal if both ended (only separators differed), else the longer is newer.
    if (i >= a.length && j >= b.length)
        return 0;
    return i >= a.length ? -1 : 1;
}
/** `[epoch:]version[-release]` split as rpm splits it (rpmverParse): the epoch before the first `:`, the release after the last `-`. */
function parseEvr(evr) {
    const colon = /^\d*:/.exec(evr);
    const rest = colon === null ? evr : evr.slice(colon[0].length);
    const epoch = colon === null || colon[0] === ':' ? '0' : colon[0].slice(0, -1);
    const dash = rest.lastIndexOf('-');
    return dash < 0 ? { epoch, version: rest } : { epoch, version: rest.slice(0, dash), release: rest.slice(dash + 1) };
}
/** Two `[epoch:]version[-release]` strings in rpm's order. */
function compareRpmVersions(a, b) {
    const x = parseEvr(a);
    const y = parseEvr(b);
    const byEpoch = rpmvercmp(x.epoch, y.epoch);
    if (byEpoch !== 0)
        return byEpoch;
    const byVersion = rpmvercmp(x.version, y.version);
    if (byVersion !== 0)
        return byVersion;
    if (x.release !== undefined && y.release !== undefined)
        return rpmvercmp(x.release, y.release);
    return x.release !== undefined ? 1 : y.release !== undefined ? -1 : 0;
}

;// CONCATENATED MODULE: ./shared/src/compliance/vulnerabilities/versions/index.ts
/**
 * One comparator per ecosystem, each with its one home: dpkg and apk ordering
 * live beside the update checker that needed them first; semver (npm, Go),
 * PEP 440, Maven and rpm here. The matcher asks only `compareVersions`.
 */







/**
 * Semver for npm and Go (Go's `v` prefix and `+incompatible` dropped; a
 * pseudo-version is a valid semver pre-release). Text that is not semver sorts
 * before every valid version, among itself by text, so the order stays total.
 */
function compareSemver(a, b) {
    const x = semver_default().parse(a.trim().replace(/^v/, ''), { loose: true });
    const y = semver_default().parse(b.trim().replace(/^v/, ''), { loose: true });
    if (x !== null && y !== null)
        return x.compare(y);
    if (x !== null)
        return 1;
    if (y !== null)
        return -1;
    return a < b ? -1 : a > b ? 1 : 0;
}
/** A Go toolchain version (go1.21, go1.21rc2: the standard library's, as another SBOM may spell it) as semver; other versions as they are. */
const goVersion = (v) => (v.trim().startsWith('go') ? ((0,go_buildinfo/* goSemver */.Dq)(v) ?? v) : v);
const COMPARATORS = {
    deb: compareDebianVersions,
    apk: compareApkVersions,
    rpm: compareRpmVersions,
    npm: compareSemver,
    golang: (a, b) => compareSemver(goVersion(a), goVersion(b)),
    pypi: comparePep440,
    maven: compareMaven,
};
/** Negative when `a` is older than `b` in `ecosystem`'s ordering, positive when newer, 0 when equal. */
function compareVersions(ecosystem, a, b) {
    return COMPARATORS[ecosystem](a, b);
}

;// CONCATENATED MODULE: ./shared/src/compliance/vulnerabilities/match.ts


/** Each distribution's own source, whose verdict wins for its packages. */
const DISTRO_SOURCE = {
    deb: { distroId: 'debian', source: 'debian-tracker' },
    apk: { distroId: 'alpine', source: 'alpine-secdb' },
};
/** Names as each ecosystem compares them (PyPI per PEP 503: case and runs of `-_.` do not matter). */
function normalizeName(ecosystem, name) {
    return ecosystem === 'pypi' ? name.toLowerCase().replace(/[-_.]+/g, '-') : name;
}
const keyOf = (ecosystem, release, name) => `${ecosystem}\0${release}\0${normalizeName(ecosystem, name)}`;
function indexAdvisories(advisories) {
    const byKey = new Map();
    for (const a of advisories) {
        const k = keyOf(a.ecosystem, a.distroRelease ?? '', a.package);
        const list = byKey.get(k);
        if (list === undefined)
            byKey.set(k, [a]);
        else
            list.push(a);
    }
    return { byKey };
}
/** The release names a distribution's advisories may use: Debian's codename or major number, Alpine's x.y, Ubuntu's `ubuntu:YY.MM` (OSV's, see osvEcosystem). */
function releasesOf(ecosystem, distro) {
    const own = DISTRO_SOURCE[ecosystem];
    if (own === undefined)
        return [''];
    // Ubuntu has no tracker here: only OSV's Ubuntu records, by the os-release VERSION_ID (24.04).
    if (ecosystem === 'deb' && distro?.id === 'ubuntu')
        return [(0,osv/* ubuntuRelease */.zW)(distro.versionId)].filter((r) => r !== undefined);
    if (distro === undefined || distro.id !== own.distroId)
        return [];
    const parts = distro.versionId.split('.');
    if (ecosystem === 'apk')
        return parts.length >= 2 ? [`${parts[0]}.${parts[1]}`] : [];
    return [distro.codename, parts[0]].filter((r) => r !== undefined && r !== '');
}
const isIntroducedZero = (e) => e.introduced === '0';
/** OSV's evaluation of one range: events in version order, each turning "affected" on or off at its version. */
function rangeVerdict(ecosystem, range, version) {
    const at = (e) => e.introduced ?? e.fixed ?? e.last_affected ?? e.limit ?? '';
    const events = [...range.events].sort((x, y) => (isIntroducedZero(x) ? -1 : isIntroducedZero(y) ? 1 : compareVersions(ecosystem, at(x), at(y))));
    let affected = false;
    for (const e of events) {
        if (e.introduced !== undefined) {
            if (e.introduced === '0' || compareVersions(ecosystem, version, e.introduced) >= 0)
                affected = true;
        }
        else if (e.fixed !== undefined || e.limit !== undefined) {
            if (compareVersions(ecosystem, version, (e.fixed ?? e.limit)) >= 0)
                affected = false;
        }
        else if (e.last_affected !== undefined && compareVersions(ecosystem, version, e.last_affected) > 0)
            affected = false;
    }
    if (!affected)
        return { affected };
    const fixed = events.find((e) => e.fixed !== undefined && compareVersions(ecosystem, e.fixed, version) > 0)?.fixed;
    return fixed === undefined ? { affected } : { affected, fixed };
}
/** Whether `version` is affected, and the version that fixes it. */
function verdict(a, version) {
    switch (a.status) {
        case 'not-affected':
            return { affected: false };
        case 'open':
            return { affected: true };
        case 'fixed':
            return a.fixedVersion !== undefined && compareVersions(a.ecosystem, version, a.fixedVersion) < 0
                ? { affected: true, fixed: a.fixedVersion }
                : { affected: false };
        case 'ranges': {
            const aff = a.affected ?? { ranges: [], versions: [] };
            for (const r of aff.ranges) {
                const v = rangeVerdict(a.ecosystem, r, version);
                if (v.affected)
                    return v;
            }
            return { affected: aff.versions.some((v) => v === version || compareVersions(a.ecosystem, v, version) === 0) };
        }
    }
}
function hitsFor(ecosystem, name, version, candidates) {
    const own = DISTRO_SOURCE[ecosystem]?.source;
    // The distribution's own source first: its verdict claims the ids before any other source speaks.
    const ordered = own === undefined ? candidates : [...candidates.filter((a) => a.source === own), ...candidates.filter((a) => a.source !== own)];
    const claimed = new Map();
    const hits = [];
    for (const a of ordered) {
        const ids = [a.id, ...a.aliases];
        const earlier = ids.map((id) => claimed.get(id)).find((h) => h !== undefined);
        if (earlier !== undefined) {
            if (earlier !== null)
                for (const id of ids)
                    if (id !== earlier.id && !earlier.aliases.includes(id))
                        earlier.aliases.push(id);
            continue;
        }
        const v = verdict(a, version);
        const hit = v.affected
            ? {
                matched: { name, version },
                id: a.id,
                aliases: [...a.aliases],
                ...(v.fixed === undefined ? {} : { fixedVersion: v.fixed }),
                severity: a.severity,
                source: a.source,
                ...(a.summary === undefined ? {} : { summary: a.summary }),
            }
            : null;
        if (hit !== null)
            hits.push(hit);
        // A distribution's verdict claims its ids even when it says "not affected"; another source's only when it reports.
        if (hit !== null || a.source === own)
            for (const id of ids)
                claimed.set(id, hit);
    }
    // By id, so reports do not depend on the order of the databases or of a folder's files.
    return hits.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}
/** The findings for `packages`: one per (package, vulnerability), in package order. */
function match(packages, advisories, options = {}) {
    const index = 'byKey' in advisories ? advisories : indexAdvisories(advisories);
    // Binary packages of one source (libssl3, openssl from openssl) share the verdicts: computed once per source and version.
    const cache = new Map();
    const findings = [];
    for (const p of packages) {
        const distroPackage = DISTRO_SOURCE[p.ecosystem] !== undefined;
        const name = distroPackage ? (p.source?.name ?? p.name) : p.name;
        const version = distroPackage ? (p.source?.version ?? p.version) : p.version;
        const releases = releasesOf(p.ecosystem, p.distro ?? options.distro);
        const cacheKey = `${releases.map((r) => keyOf(p.ecosystem, r, name)).join('\u0001')}\0${version}`;
        let hits = cache.get(cacheKey);
        if (hits === undefined) {
            const candidates = releases.flatMap((r) => index.byKey.get(keyOf(p.ecosystem, r, name)) ?? []);
            hits = candidates.length === 0 ? [] : hitsFor(p.ecosystem, name, version, candidates);
            cache.set(cacheKey, hits);
        }
        for (const h of hits)
            findings.push({ package: p, installedVersion: p.version, ...h, aliases: [...h.aliases] });
    }
    return findings;
}


/***/ }),

/***/ 72340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x4: () => (/* binding */ parseOsvRecord),
  zW: () => (/* binding */ ubuntuRelease)
});

// UNUSED EXPORTS: osvEcosystem

// EXTERNAL MODULE: ./shared/src/compliance/vulnerabilities/advisory.ts
var advisory = __webpack_require__(71931);
;// CONCATENATED MODULE: ./shared/src/compliance/vulnerabilities/cvss.ts
const WEIGHTS = {
    AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
    AC: { L: 0.77, H: 0.44 },
    UI: { N: 0.85, R: 0.62 },
    C: { H: 0.56, L: 0.22, N: 0 },
    I: { H: 0.56, L: 0.22, N: 0 },
    A: { H: 0.56, L: 0.22, N: 0 },
};
const PR_UNCHANGED = { N: 0.85, L: 0.62, H: 0.27 };
const PR_CHANGED = { N: 0.85, L: 0.68, H: 0.5 };
const BASE = ['AV', 'AC', 'PR', 'UI', 'S', 'C', 'I', 'A'];
/** The spec's Roundup: the smallest one-decimal number >= x, robust to floating-point noise (Appendix A). */
function roundUp(x) {
    const i = Math.round(x * 100000);
    return i % 10000 === 0 ? i / 100000 : (Math.floor(i / 10000) + 1) / 10;
}
/** The base score of a `CVSS:3.0/...` or `CVSS:3.1/...` vector; undefined when it is not a complete v3 vector. */
function cvss3BaseScore(vector) {
    const parts = vector.trim().split('/');
    if (!/^CVSS:3\.[01]$/.test(parts[0] ?? ''))
        return undefined;
    const m = new Map();
    for (const p of parts.slice(1)) {
        const [k, v, extra] = p.split(':');
        if (k === undefined || v === undefined || extra !== undefined || m.has(k))
            return undefined;
        m.set(k, v);
    }
    if (BASE.some((k) => !m.has(k)))
        return undefined;
    const scope = m.get('S');
    if (scope !== 'U' && scope !== 'C')
        return undefined;
    const w = (table, k) => table[m.get(k) ?? ''];
    const av = w(WEIGHTS.AV, 'AV');
    const ac = w(WEIGHTS.AC, 'AC');
    const pr = w(scope === 'C' ? PR_CHANGED : PR_UNCHANGED, 'PR');
    const ui = w(WEIGHTS.UI, 'UI');
    const c = w(WEIGHTS.C, 'C');
    const i = w(WEIGHTS.I, 'I');
    const a = w(WEIGHTS.A, 'A');
    if (av === undefined || ac === undefined || pr === undefined || ui === undefined || c === undefined || i === undefined || a === undefined)
        return undefined;
    const iss = 1 - (1 - c) * (1 - i) * (1 - a);
    const impact = scope === 'U' ? 6.42 * iss : 7.52 * (iss - 0.029) - 3.25 * (iss - 0.02) ** 15;
    const exploitability = 8.22 * av * ac * pr * ui;
    if (impact <= 0)
        return 0;
    return scope === 'U' ? roundUp(Math.min(impact + exploitability, 10)) : roundUp(Math.min(1.08 * (impact + exploitability), 10));
}
/** The spec's qualitative rating (Table 14); "None" (0.0) reads as negligible. */
function levelOfScore(score) {
    if (score >= 9)
        return 'critical';
    if (score >= 7)
        return 'high';
    if (score >= 4)
        return 'medium';
    if (score >= 0.1)
        return 'low';
    return 'negligible';
}

;// CONCATENATED MODULE: ./shared/src/compliance/vulnerabilities/osv.ts


const LANGUAGE = { npm: 'npm', PyPI: 'pypi', Go: 'golang', Maven: 'maven' };
/** The release name of Ubuntu's advisories for an os-release VERSION_ID (`24.04` -> `ubuntu:24.04`); undefined when it is no YY.MM. */
const ubuntuRelease = (versionId) => (/^\d+\.\d+$/.test(versionId) ? `ubuntu:${versionId}` : undefined);
/**
 * `Debian:12` -> deb release 12, `Alpine:v3.19` -> apk release 3.19, `npm` -> npm; undefined for others.
 * Ubuntu's (`Ubuntu:24.04:LTS`, `Ubuntu:24.10`, `Ubuntu:Pro:18.04:LTS`: source packages, dpkg versions) -> deb
 * release `ubuntu:24.04`, so a Debian release never matches an Ubuntu image's packages or the reverse. Pro
 * (ESM) records count: the package is affected either way, and the fix they name is Ubuntu Pro's.
 */
function osvEcosystem(text) {
    const lang = LANGUAGE[text];
    if (lang !== undefined)
        return { ecosystem: lang };
    const ubuntu = /^Ubuntu:(?:Pro:)?(\d+\.\d+)(?::LTS)?$/.exec(text);
    if (ubuntu !== null)
        return { ecosystem: 'deb', release: ubuntuRelease(ubuntu[1]) };
    const m = /^(Debian|Alpine):v?(\d+(?:\.\d+)?)/.exec(text);
    if (m === null)
        return undefined;
    return { ecosystem: m[1] === 'Debian' ? 'deb' : 'apk', release: m[2] };
}
/** GitHub's and others' words for severity (`database_specific.severity`). */
const RATING = {
    critical: 'critical',
    high: 'high',
    moderate: 'medium',
    medium: 'medium',
    low: 'low',
    negligible: 'negligible',
};
function severityOf(record) {
    const list = Array.isArray(record['severity']) ? record['severity'] : [];
    const v3 = list.find((s) => (0,advisory/* isRecord */.u4)(s) && s['type'] === 'CVSS_V3' && typeof s['score'] === 'string');
    if (v3 !== undefined) {
        const score = cvss3BaseScore(v3.score);
        if (score !== undefined)
            return { level: levelOfScore(score), cvss: { score, vector: v3.score } };
    }
    // The source's own rating: Ubuntu's records give their priority as a severity of type "Ubuntu" (often the only
    // one, when NVD has not scored the CVE); GitHub's and others' as database_specific.severity.
    const ubuntu = list.find((s) => (0,advisory/* isRecord */.u4)(s) && s['type'] === 'Ubuntu' && typeof s['score'] === 'string');
    const ds = record['database_specific'];
    const rated = (ubuntu === undefined ? undefined : RATING[ubuntu.score.toLowerCase()]) ??
        ((0,advisory/* isRecord */.u4)(ds) && typeof ds['severity'] === 'string' ? RATING[ds['severity'].toLowerCase()] : undefined);
    // A CVSS v4 vector is kept for the report; its score needs the v4 lookup tables, so the rating comes from the source.
    const v4 = list.find((s) => (0,advisory/* isRecord */.u4)(s) && s['type'] === 'CVSS_V4' && typeof s['score'] === 'string');
    const vector = v3?.score ?? v4?.score;
    return { level: rated ?? 'unknown', ...(vector === undefined ? {} : { cvss: { vector } }) };
}
const EVENT_KEYS = ['introduced', 'fixed', 'last_affected', 'limit'];
function rangesOf(entry, where, origin) {
    const ranges = entry['ranges'] ?? [];
    if (!Array.isArray(ranges))
        throw (0,advisory/* dbError */.vs)(origin, `expected ${where}.ranges to be an array, got ${(0,advisory/* shapeOf */.F5)(ranges)}`);
    const out = [];
    ranges.forEach((r, i) => {
        if (!(0,advisory/* isRecord */.u4)(r) || !Array.isArray(r['events']))
            throw (0,advisory/* dbError */.vs)(origin, `expected ${where}.ranges[${i}] to be { "type", "events": [...] }, got ${(0,advisory/* shapeOf */.F5)(r)}`);
        const type = r['type'];
        if (type === 'GIT')
            return;
        if (type !== 'ECOSYSTEM' && type !== 'SEMVER')
            throw (0,advisory/* dbError */.vs)(origin, `expected ${where}.ranges[${i}].type to be ECOSYSTEM, SEMVER or GIT, got ${JSON.stringify(String(type).slice(0, 20))}`);
        const events = r['events'].map((e, j) => {
            const key = (0,advisory/* isRecord */.u4)(e) ? EVENT_KEYS.find((k) => typeof e[k] === 'string') : undefined;
            if (key === undefined || !(0,advisory/* isRecord */.u4)(e))
                throw (0,advisory/* dbError */.vs)(origin, `expected ${where}.ranges[${i}].events[${j}] to be one of {introduced|fixed|last_affected|limit: "<version>"}, got ${(0,advisory/* shapeOf */.F5)(e)}`);
            return { [key]: e[key] };
        });
        out.push({ type, events });
    });
    return out;
}
/** `modified` (RFC 3339, required by OSV) as ms; absent is tolerated (older exports), unreadable is an error. */
function modifiedOf(doc, id, origin) {
    const m = doc['modified'];
    if (m === undefined)
        return undefined;
    const ms = typeof m === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(m) ? Date.parse(m) : NaN;
    if (Number.isNaN(ms))
        throw (0,advisory/* dbError */.vs)(origin, `expected ${id.slice(0, 40)} "modified" to be an RFC 3339 time, got ${typeof m === 'string' ? JSON.stringify(m.slice(0, 40)) : (0,advisory/* shapeOf */.F5)(m)}`);
    return ms;
}
/** The advisories of one OSV record (a parsed JSON document); `[]` when withdrawn or of no ecosystem we catalog. */
function parseOsvRecord(doc, origin) {
    if (!(0,advisory/* isRecord */.u4)(doc) || typeof doc['id'] !== 'string')
        throw (0,advisory/* dbError */.vs)(origin, `expected an OSV record (an object with an "id" string), got ${(0,advisory/* shapeOf */.F5)(doc)}`);
    if (doc['withdrawn'] !== undefined)
        return [];
    const id = doc['id'];
    const aliases = Array.isArray(doc['aliases']) ? doc['aliases'].filter((a) => typeof a === 'string') : [];
    const affected = doc['affected'] ?? [];
    if (!Array.isArray(affected))
        throw (0,advisory/* dbError */.vs)(origin, `expected ${id.slice(0, 40)} "affected" to be an array, got ${(0,advisory/* shapeOf */.F5)(affected)}`);
    const severity = severityOf(doc);
    const modified = modifiedOf(doc, id, origin);
    const summary = typeof doc['summary'] === 'string' ? doc['summary'] : typeof doc['details'] === 'string' ? doc['details'] : undefined;
    const out = [];
    affected.forEach((entry, i) => {
        const where = `${id.slice(0, 40)} affected[${i}]`;
        const pkg = (0,advisory/* isRecord */.u4)(entry) ? entry['package'] : undefined;
        if (!(0,advisory/* isRecord */.u4)(entry) || !(0,advisory/* isRecord */.u4)(pkg) || typeof pkg['ecosystem'] !== 'string' || typeof pkg['name'] !== 'string')
            throw (0,advisory/* dbError */.vs)(origin, `expected ${where} to have "package": { "ecosystem", "name" }, got ${(0,advisory/* shapeOf */.F5)(pkg)}`);
        const eco = osvEcosystem(pkg['ecosystem']);
        if (eco === undefined)
            return;
        const versions = Array.isArray(entry['versions']) ? entry['versions'].filter((v) => typeof v === 'string') : [];
        const ranges = rangesOf(entry, where, origin);
        const fixed = ranges.flatMap((r) => r.events).find((e) => e.fixed !== undefined)?.fixed;
        out.push({
            id,
            aliases,
            ecosystem: eco.ecosystem,
            package: pkg['name'],
            ...(eco.release === undefined ? {} : { distroRelease: eco.release }),
            status: 'ranges',
            ...(fixed === undefined ? {} : { fixedVersion: fixed }),
            affected: { ranges, versions },
            severity,
            source: 'osv',
            ...(summary === undefined ? {} : { summary }),
            ...(modified === undefined ? {} : { modified }),
        });
    });
    return out;
}


/***/ }),

/***/ 16273:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ packageNames),
/* harmony export */   c: () => (/* binding */ wantsPackage)
/* harmony export */ });
/* harmony import */ var _match_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66261);

/**
 * The names advisories of these packages are filed under. A distribution package is matched by its source
 * (what Debian's tracker and Alpine's secdb name) and otherwise by its own name; both are kept, so the filter
 * never drops what the matcher would look up, whichever it uses.
 */
function packageNames(packages) {
    const out = new Map();
    const add = (ecosystem, name) => {
        let set = out.get(ecosystem);
        if (set === undefined)
            out.set(ecosystem, (set = new Set()));
        set.add((0,_match_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeName */ .Pc)(ecosystem, name));
    };
    for (const p of packages) {
        add(p.ecosystem, p.name);
        if (p.source !== undefined)
            add(p.ecosystem, p.source.name);
    }
    return out;
}
/** Whether the filter keeps an advisory of this ecosystem and package (no filter keeps all). */
const wantsPackage = (filter, ecosystem, name) => filter === undefined || filter.get(ecosystem)?.has((0,_match_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeName */ .Pc)(ecosystem, name)) === true;


/***/ })

};
