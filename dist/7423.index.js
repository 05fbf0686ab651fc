export const id = 7423;
export const ids = [7423];
export const modules = {

/***/ 47423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DB_LIMITS: () => (/* binding */ DB_LIMITS),
  readVulnerabilityDb: () => (/* binding */ readVulnerabilityDb)
});

// UNUSED EXPORTS: parseOsvZip, parseVulnerabilityJson, streamDebianTracker

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var esm = __webpack_require__(51306);
// EXTERNAL MODULE: ./shared/src/bytes.ts
var src_bytes = __webpack_require__(71220);
// EXTERNAL MODULE: ./shared/src/read-bounded-file.ts
var read_bounded_file = __webpack_require__(64318);
// EXTERNAL MODULE: ./shared/src/compliance/vulnerabilities/advisory.ts
var vulnerabilities_advisory = __webpack_require__(71931);
// EXTERNAL MODULE: ./shared/src/compliance/vulnerabilities/package-filter.ts
var package_filter = __webpack_require__(16273);
;// CONCATENATED MODULE: ./shared/src/compliance/vulnerabilities/alpine-secdb.ts
/**
 * Alpine's secdb (https://secdb.alpinelinux.org/v3.19/main.json):
 * `{ distroversion: "v3.19", reponame, packages: [ { pkg: { name, secfixes:
 * { "<fixed version>": ["CVE-... [other ids]"] } } } ] }`. Package names are
 * origins (source packages); the version `0` lists ids that never affected
 * the release. Secdb gives no severity.
 */


function parseAlpineSecdb(doc, origin, options = {}) {
    if (!(0,vulnerabilities_advisory/* isRecord */.u4)(doc))
        throw (0,vulnerabilities_advisory/* dbError */.vs)(origin, `expected an Alpine secdb object, got ${(0,vulnerabilities_advisory/* shapeOf */.F5)(doc)}`);
    const dv = doc['distroversion'];
    if (typeof dv !== 'string' || !/^v?\d+\.\d+$/.test(dv))
        throw (0,vulnerabilities_advisory/* dbError */.vs)(origin, `expected "distroversion" like "v3.19", got ${typeof dv === 'string' ? JSON.stringify(dv.slice(0, 20)) : (0,vulnerabilities_advisory/* shapeOf */.F5)(dv)}`);
    const release = dv.replace(/^v/, '');
    const packages = doc['packages'];
    if (!Array.isArray(packages))
        throw (0,vulnerabilities_advisory/* dbError */.vs)(origin, `expected "packages" to be an array, got ${(0,vulnerabilities_advisory/* shapeOf */.F5)(packages)}`);
    const out = [];
    packages.forEach((entry, i) => {
        const pkg = (0,vulnerabilities_advisory/* isRecord */.u4)(entry) ? entry['pkg'] : undefined;
        if (!(0,vulnerabilities_advisory/* isRecord */.u4)(pkg) || typeof pkg['name'] !== 'string')
            throw (0,vulnerabilities_advisory/* dbError */.vs)(origin, `expected packages[${i}] to be { "pkg": { "name": ..., "secfixes": ... } }, got ${(0,vulnerabilities_advisory/* shapeOf */.F5)(entry)}`);
        const name = pkg['name'];
        if (!(0,package_filter/* wantsPackage */.c)(options.packages, 'apk', name))
            return;
        const secfixes = pkg['secfixes'] ?? {};
        if (!(0,vulnerabilities_advisory/* isRecord */.u4)(secfixes))
            throw (0,vulnerabilities_advisory/* dbError */.vs)(origin, `expected packages[${i}] (${name.slice(0, 80)}) "secfixes" to be an object, got ${(0,vulnerabilities_advisory/* shapeOf */.F5)(secfixes)}`);
        for (const [version, ids] of Object.entries(secfixes)) {
            if (!Array.isArray(ids))
                throw (0,vulnerabilities_advisory/* dbError */.vs)(origin, `expected packages[${i}] (${name.slice(0, 80)}) secfixes "${version.slice(0, 40)}" to be an array of ids, got ${(0,vulnerabilities_advisory/* shapeOf */.F5)(ids)}`);
            for (const line of ids) {
                if (typeof line !== 'string')
                    throw (0,vulnerabilities_advisory/* dbError */.vs)(origin, `expected packages[${i}] (${name.slice(0, 80)}) secfixes "${version.slice(0, 40)}" to hold strings, got ${(0,vulnerabilities_advisory/* shapeOf */.F5)(line)}`);
                // A line may name several ids for one fix ("CVE-2021-1 GHSA-..."); the first is the advisory's id.
                const [id, ...aliases] = line.trim().split(/\s+/);
                if (id === undefined || id === '')
                    continue;
                const base = {
                    id,
                    aliases,
                    ecosystem: 'apk',
                    package: name,
                    distroRelease: release,
                    severity: { level: 'unknown' },
                    source: 'alpine-secdb',
                };
                out.push(version === '0' ? { ...base, status: 'not-affected' } : { ...base, status: 'fixed', fixedVersion: version });
            }
        }
    });
    return out;
}

;// CONCATENATED MODULE: ./shared/src/compliance/vulnerabilities/debian-tracker.ts
/**
 * The Debian security tracker's JSON export
 * (https://security-tracker.debian.org/tracker/data/json):
 * `{ "<source package>": { "<CVE or TEMP id>": { description, scope, debianbug?,
 * releases: { "<codename>": { status, fixed_version?, urgency, repositories } } } } }`.
 * One advisory per (package, id, release): `resolved` with a version is fixed
 * there, `resolved` with `fixed_version "0"` never affected that release,
 * `open` is affected with no fix, `undetermined` is skipped (no verdict).
 */


/** Tracker urgencies; a `**` suffix (e.g. `low**`) marks an urgency not yet reviewed and means the same level. */
const URGENCY = {
    high: 'high',
    medium: 'medium',
    low: 'low',
    unimportant: 'negligible',
};
function urgencyLevel(urgency) {
    if (typeof urgency !== 'string')
        return 'unknown';
    return URGENCY[urgency.replace(/\*+$/, '').trim()] ?? 'unknown';
}
/**
 * Top-level keys that make an object something other than the tracker (an Alpine secdb, an OSV record):
 * the streaming reader leaves a document with one of them to parseVulnerabilityJson, which tells formats apart.
 */
const NOT_TRACKER_KEYS = new Set(['distroversion', 'packages', 'id']);
/** The advisories of one source package's entry (`{ "<CVE or TEMP id>": { ... } }`), appended to `out`. */
function parseTrackerPackage(pkg, issues, origin, options, out) {
    if (!(0,vulnerabilities_advisory/* isRecord */.u4)(issues))
        throw (0,vulnerabilities_advisory/* dbError */.vs)(origin, `expected package '${pkg.slice(0, 80)}' to map issue ids to objects, got ${(0,vulnerabilities_advisory/* shapeOf */.F5)(issues)}`);
    // for-in over parsed JSON (own, plain properties): the file has ~150k entries and this loop is most of the parse time.
    for (const id in issues) {
        const issue = issues[id];
        const where = `${pkg.slice(0, 80)} / ${id.slice(0, 40)}`;
        if (!(0,vulnerabilities_advisory/* isRecord */.u4)(issue))
            throw (0,vulnerabilities_advisory/* dbError */.vs)(origin, `expected ${where} to be an object, got ${(0,vulnerabilities_advisory/* shapeOf */.F5)(issue)}`);
        const releases = issue['releases'];
        if (!(0,vulnerabilities_advisory/* isRecord */.u4)(releases))
            throw (0,vulnerabilities_advisory/* dbError */.vs)(origin, `expected ${where} to have "releases" (an object), got ${(0,vulnerabilities_advisory/* shapeOf */.F5)(releases)}`);
        const description = issue['description'];
        for (const release in releases) {
            if (options.releases !== undefined && !options.releases.has(release))
                continue;
            const r = releases[release];
            if (!(0,vulnerabilities_advisory/* isRecord */.u4)(r))
                throw (0,vulnerabilities_advisory/* dbError */.vs)(origin, `expected ${where} / ${release.slice(0, 40)} to be an object, got ${(0,vulnerabilities_advisory/* shapeOf */.F5)(r)}`);
            const status = r['status'];
            if (status === 'undetermined')
                continue;
            const advisory = {
                id,
                aliases: [],
                ecosystem: 'deb',
                package: pkg,
                distroRelease: release,
                status: 'open',
                severity: { level: urgencyLevel(r['urgency']) },
                source: 'debian-tracker',
            };
            if (typeof description === 'string')
                advisory.summary = description;
            if (status === 'resolved') {
                const fixed = r['fixed_version'];
                if (typeof fixed !== 'string' || fixed === '')
                    throw (0,vulnerabilities_advisory/* dbError */.vs)(origin, `expected ${where} / ${release.slice(0, 40)} (resolved) to have a "fixed_version" string, got ${(0,vulnerabilities_advisory/* shapeOf */.F5)(fixed)}`);
                if (fixed === '0')
                    advisory.status = 'not-affected';
                else {
                    advisory.status = 'fixed';
                    advisory.fixedVersion = fixed;
                }
            }
            else if (status !== 'open') {
                throw (0,vulnerabilities_advisory/* dbError */.vs)(origin, `expected ${where} / ${release.slice(0, 40)} status to be resolved, open or undetermined, got ${JSON.stringify(String(status).slice(0, 40))}`);
            }
            out.push(advisory);
        }
    }
}
function parseDebianTracker(doc, origin, options = {}) {
    if (!(0,vulnerabilities_advisory/* isRecord */.u4)(doc))
        throw (0,vulnerabilities_advisory/* dbError */.vs)(origin, `expected the Debian security tracker JSON (an object of source packages), got ${(0,vulnerabilities_advisory/* shapeOf */.F5)(doc)}`);
    const out = [];
    for (const pkg in doc)
        if ((0,package_filter/* wantsPackage */.c)(options.packages, 'deb', pkg))
            parseTrackerPackage(pkg, doc[pkg], origin, options, out);
    return out;
}

;// CONCATENATED MODULE: ./shared/src/compliance/vulnerabilities/json-members.ts
/**
 * The members of a JSON document's top-level object, one at a time, from its
 * bytes as they are read: each member's key and the bytes of its value (an
 * object), which the caller parses alone with JSON.parse. A database of tens
 * of megabytes (the Debian tracker) is then never one tree in memory, only
 * one member's at a time, and never one string either.
 *
 * Only what finds a member's end is looked at here (strings, escapes,
 * nesting); each value is validated by JSON.parse. Anything this walk does not
 * expect (the top level is not an object, a value is not an object, stray
 * bytes) makes `push` and `end` return false: the caller then reads the
 * document the ordinary way, which says precisely what is wrong. State is
 * kept between chunks, so a member may span any number of them; memory is
 * the largest member, not the document.
 *
 * A caller that needs only some members says so by key (`wanted`): the value
 * of any other member is walked only as far as finding its end (strings,
 * escapes, nesting), its bytes are neither kept nor handed over, and so never
 * parsed or validated beyond that walk.
 */
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COLON = 0x3a;
const COMMA = 0x2c;
const isSpace = (b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
class ObjectMembers {
    onMember;
    wanted;
    phase = 'start';
    /** The current key's or value's bytes from earlier chunks. */
    parts = [];
    key = '';
    depth = 0;
    inString = false;
    /** A backslash ended the previous chunk inside a string: the next byte is escaped. */
    escaped = false;
    /** The next backslash at or after the scan in the current chunk (-1: none left; -2: not looked for yet). */
    backslash = -2;
    /** The current value is kept and handed over (its key was wanted). */
    keep = true;
    constructor(onMember, wanted = () => true) {
        this.onMember = onMember;
        this.wanted = wanted;
    }
    /** Feed the next bytes; false when the document is not an object of objects (stop, and read it the ordinary way). */
    push(chunk) {
        let i = 0;
        const n = chunk.length;
        this.backslash = -2;
        // Where the key or value being captured starts in this chunk (0 when it started in an earlier one).
        let from = 0;
        while (i < n) {
            switch (this.phase) {
                case 'start':
                case 'key-or-end':
                case 'key':
                case 'colon':
                case 'value':
                case 'comma-or-end':
                case 'done': {
                    const b = chunk[i];
                    i++;
                    if (isSpace(b))
                        continue;
                    if (!this.structural(b))
                        return false;
                    // structural() moved the phase on (TypeScript keeps the narrowing of before the call).
                    const next = this.phase;
                    if (next === 'in-key' || next === 'in-value') {
                        from = i - 1;
                        this.parts = [];
                    }
                    continue;
                }
                case 'in-key': {
                    const end = this.stringEnd(chunk, i);
                    if (end < 0) {
                        i = n;
                        continue;
                    }
                    i = end + 1;
                    this.parts.push(chunk.subarray(from, i));
                    try {
                        const key = JSON.parse(Buffer.concat(this.parts).toString('utf8'));
                        if (typeof key !== 'string')
                            return false;
                        this.key = key;
                        this.keep = this.wanted(key);
                    }
                    catch {
                        return false;
                    }
                    this.parts = [];
                    this.phase = 'colon';
                    continue;
                }
                case 'in-value': {
                    const end = this.valueEnd(chunk, i);
                    if (end < 0) {
                        i = n;
                        continue;
                    }
                    i = end + 1;
                    this.phase = 'comma-or-end';
                    if (!this.keep)
                        continue;
                    this.parts.push(chunk.subarray(from, i));
                    const value = this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts);
                    this.parts = [];
                    this.onMember(this.key, value);
                    continue;
                }
            }
        }
        // A key or value continues in the next chunk: keep this chunk's share of it (not of a skipped value).
        if ((this.phase === 'in-key' || (this.phase === 'in-value' && this.keep)) && from < n)
            this.parts.push(chunk.subarray(from));
        return true;
    }
    /** Whether the document ended as a whole object (only white space after it). */
    end() {
        return this.phase === 'done';
    }
    /** One byte outside keys and values: the object's punctuation. */
    structural(b) {
        switch (this.phase) {
            case 'start':
                if (b !== OPEN_BRACE)
                    return false;
                this.phase = 'key-or-end';
                return true;
            case 'key-or-end':
            case 'key':
                if (b === QUOTE) {
                    this.phase = 'in-key';
                    this.inString = true;
                    this.escaped = false;
                    return true;
                }
                if (b === CLOSE_BRACE && this.phase === 'key-or-end') {
                    this.phase = 'done';
                    return true;
                }
                return false;
            case 'colon':
                if (b !== COLON)
                    return false;
                this.phase = 'value';
                return true;
            case 'value':
                if (b !== OPEN_BRACE)
                    return false;
                this.phase = 'in-value';
                this.depth = 1;
                this.inString = false;
                this.escaped = false;
                return true;
            case 'comma-or-end':
                if (b === COMMA)
                    this.phase = 'key';
                else if (b === CLOSE_BRACE)
                    this.phase = 'done';
                else
                    return false;
                return true;
            default:
                return false;
        }
    }
    /** The index of the quote closing the string this chunk is in, from `i`; -1 when it goes on into the next chunk. */
    stringEnd(chunk, i) {
        let at = i;
        if (this.escaped) {
            this.escaped = false;
            at++;
        }
        // Jumps from quote to quote (memchr); the next backslash is looked for once per chunk and again only when passed.
        for (;;) {
            if (this.backslash === -2 || (this.backslash >= 0 && this.backslash < at))
                this.backslash = chunk.indexOf(BACKSLASH, at);
            const quote = chunk.indexOf(QUOTE, at);
            const backslash = this.backslash;
            if (backslash >= 0 && (quote < 0 || backslash < quote)) {
                if (backslash + 1 >= chunk.length) {
                    this.escaped = true;
                    return -1;
                }
                at = backslash + 2;
                continue;
            }
            if (quote < 0)
                return -1;
            this.inString = false;
            return quote;
        }
    }
    /** The index of the brace closing the value, from `i`; -1 when it goes on into the next chunk. */
    valueEnd(chunk, i) {
        let at = i;
        const n = chunk.length;
        while (at < n) {
            if (this.inString) {
                const end = this.stringEnd(chunk, at);
                if (end < 0)
                    return -1;
                at = end + 1;
                continue;
            }
            const b = chunk[at];
            if (b === QUOTE)
                this.inString = true;
            else if (b === OPEN_BRACE || b === OPEN_BRACKET)
                this.depth++;
            else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) {
                this.depth--;
                if (this.depth === 0)
                    return at;
            }
            at++;
        }
        return -1;
    }
}

// EXTERNAL MODULE: ./shared/src/compliance/vulnerabilities/osv.ts + 1 modules
var osv = __webpack_require__(72340);
;// CONCATENATED MODULE: ./shared/src/compliance/vulnerabilities/load.ts
/**
 * Reading the databases a `vulnerability-db` line names (a local path; the
 * action downloads URLs first): a JSON file (Debian tracker, Alpine secdb, one
 * OSV record or an array of them, told apart by shape), a folder of OSV JSON
 * files, or a zip of them. Every database is untrusted: each read is bounded,
 * a folder's symbolic links are not followed, and a zip is read in memory,
 * never extracted, with its entry count, total inflated size and entry names
 * checked as it inflates (a zip bomb stops at the bound, not after it).
 */












const DB_LIMITS = { maxFileBytes: 512 * read_bounded_file/* MiB */.l, maxEntries: 500_000, maxTotalBytes: 512 * read_bounded_file/* MiB */.l };
const HINT = 'Give the Debian security tracker JSON, an Alpine secdb JSON, or OSV records (a .json file, a folder or a .zip of them).';
/** The 1-based line of a JSON.parse error's character position, when the message gives one. */
function jsonErrorLine(text, e) {
    const m = /position (\d+)/.exec(String(e));
    if (m === null)
        return '';
    const pos = Number(m[1]);
    let line = 1;
    for (let i = 0; i < pos && i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return ` at line ${line}`;
}
/** OSV advisories as the options keep them, the records' newest `modified` noted first. */
function keptOsv(list, options) {
    const { releases, packages, newest } = options;
    if (newest !== undefined)
        for (const a of list)
            if (a.modified !== undefined && (newest.modified === undefined || a.modified > newest.modified))
                newest.modified = a.modified;
    if (releases === undefined && packages === undefined)
        return list;
    return list.filter((a) => (releases === undefined || a.distroRelease === undefined || releases.has(a.distroRelease)) && (0,package_filter/* wantsPackage */.c)(packages, a.ecosystem, a.package));
}
/** The tracker's and the secdb's options: only the filters. */
const filters = (options) => ({
    ...(options.releases === undefined ? {} : { releases: options.releases }),
    ...(options.packages === undefined ? {} : { packages: options.packages }),
});
/** Parse one database's JSON text, recognizing its format by shape. */
function parseVulnerabilityJson(text, origin, options = {}) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        throw (0,vulnerabilities_advisory/* dbError */.vs)(origin, `expected JSON, got a syntax error${jsonErrorLine(text, e)}`, HINT);
    }
    if (options.format === 'osv' && !Array.isArray(doc))
        return keptOsv((0,osv/* parseOsvRecord */.x4)(doc, origin), options);
    if (Array.isArray(doc))
        return keptOsv(doc.flatMap((r, i) => (0,osv/* parseOsvRecord */.x4)(r, { ...origin, location: `${origin.location}[${i}]` })), options);
    if ((0,vulnerabilities_advisory/* isRecord */.u4)(doc) && 'distroversion' in doc && 'packages' in doc) {
        const { releases } = options;
        const list = parseAlpineSecdb(doc, origin, options.packages === undefined ? {} : { packages: options.packages });
        return releases === undefined ? list : list.filter((a) => a.distroRelease === undefined || releases.has(a.distroRelease));
    }
    if ((0,vulnerabilities_advisory/* isRecord */.u4)(doc) && typeof doc['id'] === 'string' && ('affected' in doc || 'modified' in doc || 'schema_version' in doc))
        return keptOsv((0,osv/* parseOsvRecord */.x4)(doc, origin), options);
    return parseDebianTracker(doc, origin, filters(options));
}
/** A regular file's bytes, at most `max`; named errors for anything else. */
async function readBytes(file, max, origin, follow) {
    let handle;
    try {
        // Inside a folder a link is not followed (O_NOFOLLOW closes the race with the directory listing).
        handle = await promises_.open(file, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK | (follow ? 0 : external_node_fs_.constants.O_NOFOLLOW));
    }
    catch (e) {
        throw (0,vulnerabilities_advisory/* dbError */.vs)(origin, `expected a readable database file, got ${e.code ?? String(e)}`, HINT);
    }
    try {
        const st = await handle.stat();
        if (!st.isFile())
            throw (0,vulnerabilities_advisory/* dbError */.vs)(origin, 'expected a regular file, got something else (a device, FIFO or socket)', HINT);
        if (st.size > max)
            throw (0,vulnerabilities_advisory/* dbError */.vs)(origin, `expected a database of at most ${(0,src_bytes/* formatBytes */.z)(max)}, got ${(0,src_bytes/* formatBytes */.z)(st.size)}`);
        const buf = Buffer.alloc(Math.min(max + 1, st.size + 1));
        let filled = 0;
        while (filled < buf.length) {
            const { bytesRead } = await handle.read(buf, filled, buf.length - filled, filled);
            if (bytesRead === 0)
                break;
            filled += bytesRead;
        }
        if (filled > max)
            throw (0,vulnerabilities_advisory/* dbError */.vs)(origin, `expected a database of at most ${(0,src_bytes/* formatBytes */.z)(max)}, got a file that grew past it while being read`);
        return buf.subarray(0, filled);
    }
    finally {
        await handle.close();
    }
}
function decode(bytes, origin) {
    try {
        return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    }
    catch (e) {
        throw (0,vulnerabilities_advisory/* dbError */.vs)(origin, `expected JSON text of a size Node can hold, got ${(0,src_bytes/* formatBytes */.z)(bytes.byteLength)} (${String(e).slice(0, 80)})`);
    }
}
/** A zip entry name that would leave its root if extracted: refused, even though nothing is extracted, as the mark of a hostile archive. */
function unsafeEntryName(name) {
    return name.startsWith('/') || name.includes('\\') || name.includes('\0') || /^[a-zA-Z]:/.test(name) || name.split('/').includes('..');
}
/** The OSV records of a zip held in memory (the layout of osv.dev's `all.zip` exports). */
function parseOsvZip(bytes, origin, limits = DB_LIMITS, options = {}) {
    const texts = [];
    let entries = 0;
    let total = 0;
    let failure;
    const unzip = new esm.Unzip((file) => {
        if (failure !== undefined)
            return;
        entries++;
        if (entries > limits.maxEntries) {
            failure = (0,vulnerabilities_advisory/* dbError */.vs)(origin, `expected a zip of at most ${limits.maxEntries} entries, got more`);
            return;
        }
        if (unsafeEntryName(file.name)) {
            failure = (0,vulnerabilities_advisory/* dbError */.vs)(origin, `expected zip entry names inside the archive, got ${JSON.stringify(file.name.slice(0, 80))}`, 'The archive is refused as a whole.');
            return;
        }
        if (!file.name.endsWith('.json'))
            return;
        const entry = { name: file.name, chunks: [] };
        texts.push(entry);
        file.ondata = (err, chunk) => {
            if (failure !== undefined)
                return;
            if (err !== null) {
                failure = (0,vulnerabilities_advisory/* dbError */.vs)(origin, `expected a readable zip, got ${err.message} in entry ${JSON.stringify(file.name.slice(0, 80))}`);
                return;
            }
            total += chunk.length;
            if (total > limits.maxTotalBytes) {
                failure = (0,vulnerabilities_advisory/* dbError */.vs)(origin, `expected the zip's entries to inflate to at most ${(0,src_bytes/* formatBytes */.z)(limits.maxTotalBytes)}, got more (entry ${JSON.stringify(file.name.slice(0, 80))})`);
                file.terminate();
                return;
            }
            entry.chunks.push(chunk);
        };
        file.start();
    });
    unzip.register(esm.UnzipInflate);
    unzip.register(esm.UnzipPassThrough);
    // Fed in slices, so a bomb stops within one slice of the bound instead of after inflating a whole entry.
    const step = 1024 * 1024;
    try {
        for (let at = 0; at < bytes.length && failure === undefined; at += step)
            unzip.push(bytes.subarray(at, at + step), at + step >= bytes.length);
    }
    catch (e) {
        failure ??= (0,vulnerabilities_advisory/* dbError */.vs)(origin, `expected a readable zip, got ${String(e).slice(0, 120)}`);
    }
    if (failure !== undefined)
        throw failure;
    return texts.flatMap((t) => parseVulnerabilityJson(decode(Buffer.concat(t.chunks), origin), { ...origin, location: `${origin.location}!${t.name}` }, { ...options, format: 'osv' }));
}
/** Every .json file under `dir`, not following symbolic links; bounded in count and total size. */
async function parseOsvFolder(dir, origin, limits, options) {
    const out = [];
    let entries = 0;
    let total = 0;
    const walk = async (d) => {
        for (const ent of await promises_.readdir(d, { withFileTypes: true })) {
            if (++entries > limits.maxEntries)
                throw (0,vulnerabilities_advisory/* dbError */.vs)(origin, `expected a folder of at most ${limits.maxEntries} entries, got more`);
            const p = external_node_path_.join(d, ent.name);
            if (ent.isDirectory())
                await walk(p);
            else if (ent.isFile() && ent.name.endsWith('.json')) {
                const fileOrigin = { ...origin, location: p };
                const bytes = await readBytes(p, Math.min(limits.maxFileBytes, limits.maxTotalBytes - total), fileOrigin, false);
                total += bytes.length;
                out.push(...parseVulnerabilityJson(decode(bytes, fileOrigin), fileOrigin, { ...options, format: 'osv' }));
            }
        }
    };
    await walk(dir);
    return out;
}
/** Bytes read at a time by the streaming tracker reader. */
const STREAM_CHUNK = 1024 * 1024;
/**
 * The Debian tracker read member by member (one source package at a time,
 * see json-members.ts): the whole JSON tree, and the file as one string,
 * never exist. Undefined when the file is anything else (another format, a
 * zip, malformed, too large, not a regular file): the whole-document reader
 * then tells formats apart and words the error, so both readers agree on
 * every input by construction. With `options.packages`, a member of a
 * package the image does not have is decided on by its key and skipped: its
 * bytes are not kept, parsed or checked beyond finding their end. The
 * whole-document reader, reached only when this one gives up, skips it as
 * well, but after JSON.parse of the whole file: a syntax error anywhere in a
 * file this reader gave up on still fails there.
 */
async function streamDebianTracker(file, origin, max, options) {
    let handle;
    try {
        handle = await promises_.open(file, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    }
    catch {
        return undefined;
    }
    try {
        const st = await handle.stat();
        if (!st.isFile() || st.size > max)
            return undefined;
        // By package, so a key given twice keeps its last value, as JSON.parse does.
        const byPackage = new Map();
        const trackerOptions = filters(options);
        let other = false;
        const members = new ObjectMembers((pkg, value) => {
            const out = [];
            parseTrackerPackage(pkg, JSON.parse(value.toString('utf8')), origin, trackerOptions, out);
            byPackage.set(pkg, out);
        }, 
        // Decided by the key, before the value's bytes are kept: a package the image does not have is skipped unparsed.
        (pkg) => {
            if (NOT_TRACKER_KEYS.has(pkg))
                other = true;
            return !other && (0,package_filter/* wantsPackage */.c)(options.packages, 'deb', pkg);
        });
        let total = 0;
        for (;;) {
            // A fresh buffer each time: a member spanning chunks keeps slices of the earlier ones.
            const chunk = Buffer.allocUnsafe(STREAM_CHUNK);
            const { bytesRead } = await handle.read(chunk, 0, chunk.length, total);
            if (bytesRead === 0)
                break;
            total += bytesRead;
            if (total > max)
                return undefined;
            if (!members.push(chunk.subarray(0, bytesRead)) || other)
                return undefined;
        }
        return members.end() ? [...byPackage.values()].flat() : undefined;
    }
    catch {
        // A member that is not valid JSON or not the tracker's shape: the whole-document reader says what.
        return undefined;
    }
    finally {
        await handle.close();
    }
}
/** The advisories of one database at a local path: a JSON file, a zip, or a folder of OSV JSON. */
async function readVulnerabilityDb(location, origin = { location }, limits = DB_LIMITS, options = {}) {
    let st;
    try {
        st = await promises_.stat(location);
    }
    catch (e) {
        throw (0,vulnerabilities_advisory/* dbError */.vs)(origin, `expected a database file or folder, got ${e.code ?? String(e)}`, HINT);
    }
    if (st.isDirectory())
        return parseOsvFolder(location, origin, limits, options);
    const streamed = await streamDebianTracker(location, origin, limits.maxFileBytes, options);
    if (streamed !== undefined)
        return streamed;
    const bytes = await readBytes(location, limits.maxFileBytes, origin, true);
    const isZip = bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50;
    return isZip ? parseOsvZip(bytes, origin, limits, options) : parseVulnerabilityJson(decode(bytes, origin), origin, options);
}


/***/ })

};
