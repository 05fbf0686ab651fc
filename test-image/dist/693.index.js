export const id = 693;
export const ids = [693];
export const modules = {

/***/ 77997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D1: () => (/* binding */ VEX_LIMITS),
/* harmony export */   EV: () => (/* binding */ vexReason),
/* harmony export */   HG: () => (/* binding */ parseOpenVex),
/* harmony export */   YI: () => (/* binding */ indexVex),
/* harmony export */   rM: () => (/* reexport safe */ _advisory_js__WEBPACK_IMPORTED_MODULE_3__.rM),
/* harmony export */   z0: () => (/* binding */ decidingStatement)
/* harmony export */ });
/* unused harmony exports purlMatches, applies */
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87091);
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(packageurl_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33904);
/* harmony import */ var _preview_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24659);
/* harmony import */ var _advisory_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71931);
/**
 * OpenVEX v0.2.0 documents (github.com/openvex/spec) as a source of ignores:
 * the image's author says a vulnerability does not affect this image (or was
 * fixed in it), with a justification, and the finding is then suppressed like
 * a policy ignore, the document and its justification as the reason.
 *
 * A statement applies to a finding when
 *   - its vulnerability (`name`, `@id` or any of `aliases`) is the finding's
 *     advisory id or one of its aliases, and
 *   - one of its products is the image (a `pkg:oci/...@sha256:...` purl, or a
 *     `sha256:` digest as `@id` or `hashes.sha-256`, equal to the tested
 *     platform manifest's digest) and either lists no subcomponents or lists
 *     the package, or the product is the package itself.
 * A package is named by its purl: type, namespace, name, subpath and (when the
 * VEX purl gives one) version must be equal after decoding; every qualifier
 * the VEX purl gives must be the package's, in any order; qualifiers the VEX
 * purl leaves out (arch, distro) match anything.
 * The latest applicable statement wins (its last_updated, else its
 * timestamp, else the document's); on a tie the later one in input order.
 * not_affected and fixed suppress; affected and under_investigation do not.
 *
 * Documents are untrusted: bounded in size and statement count, every field
 * checked with "expected X, got Y" naming the input line, the document and
 * the field; text is previewed, never echoed whole.
 */





/** Largest VEX document read, and most statements in one. */
const VEX_LIMITS = { maxBytes: 16 * 1024 * 1024, maxStatements: 100_000 };
const STATUSES = ['not_affected', 'affected', 'fixed', 'under_investigation'];
const JUSTIFICATIONS = [
    'component_not_present',
    'vulnerable_code_not_present',
    'vulnerable_code_not_in_execute_path',
    'vulnerable_code_cannot_be_controlled_by_adversary',
    'inline_mitigations_already_exist',
];
function vexError(origin, reason, hint) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineError */ .zC('INPUT', `'${_advisory_js__WEBPACK_IMPORTED_MODULE_3__/* .VEX_INPUT */ .rM}' line ${origin.inputLine}: ${reason}`, {
        input: _advisory_js__WEBPACK_IMPORTED_MODULE_3__/* .VEX_INPUT */ .rM,
        file: origin.location,
        hint: hint ?? 'Give an OpenVEX v0.2.0 JSON document (https://github.com/openvex/spec); vexctl writes them.',
    });
}
const shown = (v) => (typeof v === 'string' ? JSON.stringify((0,_preview_js__WEBPACK_IMPORTED_MODULE_2__/* .preview */ .VH)(v, { max: 60 })) : (0,_advisory_js__WEBPACK_IMPORTED_MODULE_3__/* .shapeOf */ .F5)(v));
function time(v, field, origin) {
    if (v === undefined)
        return undefined;
    const ms = typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) ? Date.parse(v) : NaN;
    if (Number.isNaN(ms))
        throw vexError(origin, `expected ${field} to be an RFC 3339 time, got ${shown(v)}`);
    return ms;
}
function optionalString(v, field, origin) {
    if (v === undefined)
        return undefined;
    if (typeof v !== 'string')
        throw vexError(origin, `expected ${field} to be a string, got ${(0,_advisory_js__WEBPACK_IMPORTED_MODULE_3__/* .shapeOf */ .F5)(v)}`);
    return v;
}
/** A purl or digest string; anything else (a CPE, a URL) identifies nothing we can match and is skipped. */
function identifier(text, field, origin) {
    if (/^sha256:[0-9a-f]{64}$/.test(text))
        return { kind: 'digest', digest: text };
    if (!text.startsWith('pkg:'))
        return undefined;
    try {
        return { kind: 'purl', purl: packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL.fromString(text) };
    }
    catch (e) {
        throw vexError(origin, `expected ${field} to be a package URL, got ${shown(text)} (${(0,_preview_js__WEBPACK_IMPORTED_MODULE_2__/* .preview */ .VH)(String(e.message), { max: 80 })})`);
    }
}
/** A component's identifiers: its @id, identifiers.purl and hashes.sha-256. */
function componentIds(c, field, origin) {
    if (typeof c === 'string')
        return [identifier(c, field, origin)].filter((x) => x !== undefined);
    if (!(0,_advisory_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(c))
        throw vexError(origin, `expected ${field} to be an object with "@id" or "identifiers", got ${(0,_advisory_js__WEBPACK_IMPORTED_MODULE_3__/* .shapeOf */ .F5)(c)}`);
    const out = [];
    const id = optionalString(c['@id'], `${field}["@id"]`, origin);
    if (id !== undefined)
        out.push(...[identifier(id, `${field}["@id"]`, origin)].filter((x) => x !== undefined));
    const ids = c['identifiers'];
    if (ids !== undefined) {
        if (!(0,_advisory_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(ids))
            throw vexError(origin, `expected ${field}.identifiers to be an object, got ${(0,_advisory_js__WEBPACK_IMPORTED_MODULE_3__/* .shapeOf */ .F5)(ids)}`);
        const purl = optionalString(ids['purl'], `${field}.identifiers.purl`, origin);
        if (purl !== undefined) {
            const p = identifier(purl, `${field}.identifiers.purl`, origin);
            if (p === undefined)
                throw vexError(origin, `expected ${field}.identifiers.purl to start with pkg:, got ${shown(purl)}`);
            out.push(p);
        }
    }
    const hashes = c['hashes'];
    if (hashes !== undefined) {
        if (!(0,_advisory_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(hashes))
            throw vexError(origin, `expected ${field}.hashes to be an object, got ${(0,_advisory_js__WEBPACK_IMPORTED_MODULE_3__/* .shapeOf */ .F5)(hashes)}`);
        const sha = optionalString(hashes['sha-256'], `${field}.hashes["sha-256"]`, origin);
        if (sha !== undefined) {
            if (!/^[0-9a-f]{64}$/.test(sha))
                throw vexError(origin, `expected ${field}.hashes["sha-256"] to be 64 hex digits, got ${shown(sha)}`);
            out.push({ kind: 'digest', digest: `sha256:${sha}` });
        }
    }
    if (id === undefined && ids === undefined)
        throw vexError(origin, `expected ${field} to have "@id" or "identifiers", got neither`);
    return out;
}
function products(v, field, origin) {
    if (v === undefined)
        return [];
    if (!Array.isArray(v))
        throw vexError(origin, `expected ${field} to be an array, got ${(0,_advisory_js__WEBPACK_IMPORTED_MODULE_3__/* .shapeOf */ .F5)(v)}`);
    return v.map((p, i) => {
        const where = `${field}[${i}]`;
        const subs = (0,_advisory_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(p) ? p['subcomponents'] : undefined;
        if (subs !== undefined && !Array.isArray(subs))
            throw vexError(origin, `expected ${where}.subcomponents to be an array, got ${(0,_advisory_js__WEBPACK_IMPORTED_MODULE_3__/* .shapeOf */ .F5)(subs)}`);
        return {
            ids: componentIds(p, where, origin),
            subcomponents: (subs ?? []).map((s, j) => componentIds(s, `${where}.subcomponents[${j}]`, origin)),
        };
    });
}
function vulnerability(v, field, origin) {
    // v0.0.x wrote the id as a plain string; v0.2.0 an object with name, @id and aliases.
    if (typeof v === 'string' && v !== '')
        return [v];
    if (!(0,_advisory_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(v) || typeof v['name'] !== 'string' || v['name'] === '')
        throw vexError(origin, `expected ${field} to be { "name": "CVE-..." } (with optional "@id", "aliases"), got ${(0,_advisory_js__WEBPACK_IMPORTED_MODULE_3__/* .shapeOf */ .F5)(v)}`);
    const ids = [v['name']];
    const id = optionalString(v['@id'], `${field}["@id"]`, origin);
    if (id !== undefined)
        ids.push(id);
    const aliases = v['aliases'];
    if (aliases !== undefined) {
        if (!Array.isArray(aliases) || !aliases.every((a) => typeof a === 'string'))
            throw vexError(origin, `expected ${field}.aliases to be an array of strings, got ${(0,_advisory_js__WEBPACK_IMPORTED_MODULE_3__/* .shapeOf */ .F5)(aliases)}`);
        ids.push(...aliases);
    }
    return ids;
}
/** The statements of one OpenVEX document's JSON text. */
function parseOpenVex(text, origin) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        throw vexError(origin, `expected JSON, got a syntax error (${(0,_preview_js__WEBPACK_IMPORTED_MODULE_2__/* .preview */ .VH)(String(e.message), { max: 80 })})`);
    }
    if (!(0,_advisory_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(doc))
        throw vexError(origin, `expected an OpenVEX document (a JSON object), got ${(0,_advisory_js__WEBPACK_IMPORTED_MODULE_3__/* .shapeOf */ .F5)(doc)}`);
    const context = doc['@context'];
    if (typeof context !== 'string' || !context.startsWith('https://openvex.dev/ns'))
        throw vexError(origin, `expected "@context" to be https://openvex.dev/ns/v0.2.0, got ${shown(context)}`);
    const docTime = time(doc['timestamp'], '"timestamp"', origin);
    if (docTime === undefined)
        throw vexError(origin, 'expected "timestamp" (when the document was issued), got nothing');
    const docUpdated = time(doc['last_updated'], '"last_updated"', origin);
    const statements = doc['statements'];
    if (!Array.isArray(statements))
        throw vexError(origin, `expected "statements" to be an array, got ${(0,_advisory_js__WEBPACK_IMPORTED_MODULE_3__/* .shapeOf */ .F5)(statements)}`);
    if (statements.length > VEX_LIMITS.maxStatements)
        throw vexError(origin, `expected at most ${VEX_LIMITS.maxStatements} statements, got ${statements.length}`, 'Split the document.');
    return statements.map((s, index) => {
        const field = `statements[${index}]`;
        if (!(0,_advisory_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(s))
            throw vexError(origin, `expected ${field} to be an object, got ${(0,_advisory_js__WEBPACK_IMPORTED_MODULE_3__/* .shapeOf */ .F5)(s)}`);
        const status = s['status'];
        if (typeof status !== 'string' || !STATUSES.includes(status))
            throw vexError(origin, `expected ${field}.status to be one of ${STATUSES.join(', ')}, got ${shown(status)}`);
        const justification = optionalString(s['justification'], `${field}.justification`, origin);
        if (justification !== undefined && !JUSTIFICATIONS.includes(justification))
            throw vexError(origin, `expected ${field}.justification to be one of ${JUSTIFICATIONS.join(', ')}, got ${shown(justification)}`);
        const impactStatement = optionalString(s['impact_statement'], `${field}.impact_statement`, origin);
        if (status === 'not_affected' && justification === undefined && impactStatement === undefined)
            throw vexError(origin, `expected ${field} (not_affected) to have a justification or an impact_statement, got neither`, 'The OpenVEX spec requires one for not_affected: say why the image is not affected.');
        const stated = time(s['timestamp'], `${field}.timestamp`, origin);
        const updated = time(s['last_updated'], `${field}.last_updated`, origin);
        return {
            vulnerabilities: vulnerability(s['vulnerability'], `${field}.vulnerability`, origin),
            products: products(s['products'], `${field}.products`, origin),
            status: status,
            ...(justification === undefined ? {} : { justification }),
            ...(impactStatement === undefined ? {} : { impactStatement }),
            // The statement's own time overrides the document's (the spec's inheritance); an update is later still.
            time: updated ?? stated ?? docUpdated ?? docTime,
            where: { location: origin.location, line: origin.inputLine, index },
        };
    });
}
/** Whether `pattern` (from a VEX document) names the package purl `actual` (see the header for the rule). */
function purlMatches(pattern, actual) {
    if (pattern.type !== actual.type || (pattern.namespace ?? '') !== (actual.namespace ?? '') || pattern.name !== actual.name)
        return false;
    if (pattern.version !== undefined && pattern.version !== actual.version)
        return false;
    if (pattern.subpath !== undefined && pattern.subpath !== actual.subpath)
        return false;
    const want = pattern.qualifiers ?? {};
    const have = actual.qualifiers ?? {};
    return Object.keys(want).every((k) => have[k] === want[k]);
}
const isImage = (id, image) => id.kind === 'digest' ? id.digest === image.digest : id.purl.type === 'oci' && id.purl.version === image.digest;
function parsePurl(text) {
    try {
        return packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL.fromString(text);
    }
    catch {
        return undefined;
    }
}
const namesPackage = (ids, purl) => purl !== undefined && ids.some((id) => id.kind === 'purl' && id.purl.type !== 'oci' && purlMatches(id.purl, purl));
/** Whether a statement speaks about this finding in this image. */
function applies(s, subject, image, purl = parsePurl(subject.purl)) {
    if (!s.vulnerabilities.some((v) => subject.ids.includes(v)))
        return false;
    return s.products.some((p) => p.ids.some((id) => isImage(id, image)) ? p.subcomponents.length === 0 || p.subcomponents.some((sub) => namesPackage(sub, purl)) : namesPackage(p.ids, purl));
}
function indexVex(statements) {
    const byId = new Map();
    for (const s of statements)
        for (const v of new Set(s.vulnerabilities)) {
            const list = byId.get(v);
            if (list === undefined)
                byId.set(v, [s]);
            else
                list.push(s);
        }
    return byId;
}
/** The statement that decides a finding: the latest applicable one (later in input order on a tie); undefined when none applies. */
function decidingStatement(index, subject, image) {
    const purl = parsePurl(subject.purl);
    const candidates = new Set(subject.ids.flatMap((id) => index.get(id) ?? []));
    let winner;
    const order = (s) => [s.time, s.where.line, s.where.index];
    const later = (a, b) => {
        const [x, y] = [order(a), order(b)];
        return x[0] !== y[0] ? x[0] > y[0] : x[1] !== y[1] ? x[1] > y[1] : x[2] > y[2];
    };
    for (const s of candidates)
        if (applies(s, subject, image, purl) && (winner === undefined || later(s, winner)))
            winner = s;
    return winner;
}
/** The ignore reason a suppressing statement gives: the document, its status and why; undefined for affected and under_investigation. */
function vexReason(s) {
    if (s.status !== 'not_affected' && s.status !== 'fixed')
        return undefined;
    const why = [s.justification, s.impactStatement === undefined ? undefined : (0,_preview_js__WEBPACK_IMPORTED_MODULE_2__/* .preview */ .VH)(s.impactStatement, { max: 200 })].filter((x) => x !== undefined);
    return `VEX ${s.where.location} ('${_advisory_js__WEBPACK_IMPORTED_MODULE_3__/* .VEX_INPUT */ .rM}' line ${s.where.line}, statements[${s.where.index}]): ${s.status}${why.length === 0 ? '' : `: ${why.join('; ')}`}`;
}


/***/ }),

/***/ 53693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   releaseNames: () => (/* binding */ releaseNames),
/* harmony export */   scanVulnerabilities: () => (/* binding */ scanVulnerabilities)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33904);
/* harmony import */ var _preview_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24659);
/* harmony import */ var _read_bounded_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64318);
/* harmony import */ var _db_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38653);
/* harmony import */ var _openvex_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77997);
/* harmony import */ var _match_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(66261);
/* harmony import */ var _osv_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(72340);
/* harmony import */ var _package_filter_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(16273);
/**
 * The vulnerability scan of one SBOM: the databases of the `vulnerability-db`
 * input loaded (downloads first), matched against the packages, and each
 * database's age checked against the policy's maxDbAge. What counts as a
 * failure is decided afterwards, in one place (report/vulnerabilities.ts).
 */








/** The `vex` input's documents: each path confined to the workspace, each URL downloaded once, each bounded, parsed in input order. */
async function loadVex(vex, opts) {
    const local = (0,_db_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .localFiles */ .Jd)({ input: _openvex_js__WEBPACK_IMPORTED_MODULE_4__/* .VEX_INPUT */ .rM, what: 'VEX document', cacheDir: vex.cacheDir, maxBytes: _openvex_js__WEBPACK_IMPORTED_MODULE_4__/* .VEX_LIMITS */ .D1.maxBytes }, opts);
    const out = [];
    for (const entry of vex.entries) {
        const { location, line, file } = await local(entry);
        const text = await (0,_read_bounded_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readBoundedFile */ .M)(file, {
            what: `the VEX document ${location}`,
            maxBytes: _openvex_js__WEBPACK_IMPORTED_MODULE_4__/* .VEX_LIMITS */ .D1.maxBytes,
            input: _openvex_js__WEBPACK_IMPORTED_MODULE_4__/* .VEX_INPUT */ .rM,
            hint: 'Name an OpenVEX JSON document in the repository, or an https URL serving one.',
        }).catch((e) => {
            throw e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC ? (0,_db_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .atLine */ .sU)(_openvex_js__WEBPACK_IMPORTED_MODULE_4__/* .VEX_INPUT */ .rM, line, e) : e;
        });
        out.push(...(0,_openvex_js__WEBPACK_IMPORTED_MODULE_4__/* .parseOpenVex */ .HG)(text, { location, inputLine: line }));
    }
    return out;
}
/** How a database's age was read, for the stale message. */
const DATED = {
    records: "its newest OSV record's modified",
    'last-modified': "the server's Last-Modified",
    mtime: "the file's modification time",
};
const UNIT_MS = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };
/**
 * `7d` -> milliseconds. The policy loader already refuses anything else at its line (a positive number of hours,
 * days or weeks); this is the backstop for a policy that reached the scan another way.
 */
function parseDbAge(text) {
    const m = /^([1-9]\d*)([hdw])$/.exec(text);
    if (m === null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('POLICY', `compliance.vulnerabilities.maxDbAge: expected a positive number of hours, days or weeks (24h, 7d, 2w), got "${(0,_preview_js__WEBPACK_IMPORTED_MODULE_1__/* .preview */ .VH)(text)}"`, { hint: 'Set compliance.vulnerabilities.maxDbAge in the policy to a duration such as 7d.' });
    return Number(m[1]) * UNIT_MS[m[2]];
}
/**
 * The release names advisories of this distribution may use (codename, major, major.minor): the loader keeps
 * only those (test-image and check-updates alike); undefined, no filter.
 */
function releaseNames(d) {
    if (d === undefined)
        return undefined;
    const parts = d.versionId.split('.');
    // Ubuntu's OSV records name their release ubuntu:YY.MM (see osvEcosystem).
    const ubuntu = d.id === 'ubuntu' ? (0,_osv_js__WEBPACK_IMPORTED_MODULE_6__/* .ubuntuRelease */ .zW)(d.versionId) : undefined;
    return new Set([d.codename, parts[0], parts.slice(0, 2).join('.'), ubuntu].filter((r) => r !== undefined && r !== ''));
}
async function scanVulnerabilities(sbom, entries, policy, opts) {
    // The VEX documents first: they are small, and a malformed one fails before a large database is read.
    const vex = opts.vex === undefined ? [] : await loadVex(opts.vex, opts);
    const releases = releaseNames(sbom.distro);
    // The SBOM is known before any database is read: only its packages' advisories are parsed and kept.
    const dbs = await (0,_db_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .loadDbs */ .y_)(entries, { ...opts, ...(releases === undefined ? {} : { releases }), packages: (0,_package_filter_js__WEBPACK_IMPORTED_MODULE_7__/* .packageNames */ .V)(sbom.packages) });
    const advisories = dbs.flatMap((d) => d.advisories);
    const matches = (0,_match_js__WEBPACK_IMPORTED_MODULE_5__/* .match */ .YW)(sbom.packages, (0,_match_js__WEBPACK_IMPORTED_MODULE_5__/* .indexAdvisories */ .wt)(advisories), sbom.distro === undefined ? {} : { distro: sbom.distro });
    const now = (opts.now ?? new Date()).getTime();
    const maxAge = policy.maxDbAge === undefined ? undefined : parseDbAge(policy.maxDbAge);
    const stale = maxAge === undefined
        ? []
        : dbs
            .filter((d) => now - d.timestamp.getTime() > maxAge)
            .map((d) => `vulnerability database ${d.location} ('vulnerability-db' line ${d.line}) is from ${d.timestamp.toISOString()} (${DATED[d.dated]}), older than maxDbAge ${policy.maxDbAge}`);
    return { matches, databases: dbs.length, advisories: advisories.length, stale, vex };
}


/***/ })

};
