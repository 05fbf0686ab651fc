export const id = 128;
export const ids = [128];
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

/***/ 93128:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_VULNERABILITY_FAIL_ON: () => (/* binding */ DEFAULT_VULNERABILITY_FAIL_ON),
/* harmony export */   unratedNotice: () => (/* reexport safe */ _vulnerability_notices_js__WEBPACK_IMPORTED_MODULE_3__.w),
/* harmony export */   vulnerabilityFindings: () => (/* binding */ vulnerabilityFindings)
/* harmony export */ });
/* harmony import */ var _compliance_engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47067);
/* harmony import */ var _preview_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24659);
/* harmony import */ var _compliance_vulnerabilities_openvex_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77997);
/* harmony import */ var _vulnerability_notices_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48420);
/**
 * Matched advisories as report findings, so SARIF, JUnit, the summary and the
 * exit code all derive from the same list the rules' findings are in. ONE
 * filter decides what is in that list: the policy's failOn threshold,
 * ignoreUnfixed, the `vex` input's OpenVEX statements (not_affected or fixed
 * for this image, openvex.ts) and the ignore list (by advisory id or any
 * alias); a VEX suppression is an ignore whose reason names the document. What
 * passes is a finding at `error` (so it fails under the default fail-on);
 * what does not is absent from all three reports (counted in the summary
 * only), never a note: a below-threshold advisory is then a failure nowhere,
 * whatever the step's fail-on says.
 */




const DEFAULT_VULNERABILITY_FAIL_ON = 'high';
/** Most severe first. `unknown` (no rating from the source) ranks with low: shown from failOn low down, never hidden by default silently. */
const RANK = { critical: 5, high: 4, medium: 3, low: 2, unknown: 2, negligible: 1 };
const THRESHOLD = { critical: 5, high: 4, medium: 3, low: 2, negligible: 1, none: Infinity };
/** GitHub code scanning's buckets (>= 9 critical, >= 7 high, >= 4 medium, else low) when the source gives no CVSS score. */
const LEVEL_SCORE = { critical: 9.0, high: 7.0, medium: 4.0, low: 0.1, negligible: 0.1, unknown: 0.1 };
const subjectOf = (m) => ({ kind: 'resource', id: `${m.package.name}@${m.installedVersion}` });
const scoreOf = (m) => m.severity.cvss?.score ?? LEVEL_SCORE[m.severity.level];
const levelText = (m) => `${m.severity.level}${m.severity.cvss?.score === undefined ? '' : `, CVSS ${m.severity.cvss.score.toFixed(1)}`}`;
/**
 * What fixes it, named as what the fixed version is a version of: a distribution advisory's fixed version is
 * the SOURCE package's, which a binary of another name need not share (cpp 4:12.2.0-3 is built from
 * gcc-defaults 1.203), so "cpp 1.204 or later" would send the user after a version that never comes.
 */
const fixTarget = (m, fixed) => m.matched.name === m.package.name ? `${m.package.name} ${fixed}` : `${m.package.name} built from ${m.matched.name} ${fixed}`;
function toFinding(m) {
    const subject = subjectOf(m);
    const fix = m.fixedVersion === undefined ? 'no fix yet' : `fixed in ${m.fixedVersion}`;
    const via = m.matched.name === m.package.name ? '' : ` (source ${m.matched.name} ${m.matched.version})`;
    return {
        ruleId: m.id,
        severity: 'error',
        subject,
        expected: m.fixedVersion === undefined ? 'a fixed version (none yet)' : `${fixTarget(m, m.fixedVersion)} or later`,
        got: m.installedVersion,
        message: `${m.package.name} ${m.installedVersion}${via} is affected by ${m.id} (${levelText(m)}); ${fix}`,
        // Keyed by the purl (ecosystem, namespace, name, version, arch), not the name@version shown: npm's and PyPI's
        // "foo 1.0", or libc6 for two architectures, stay two findings instead of collapsing into one.
        fingerprint: (0,_compliance_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .fingerprint */ .Rj)(m.id, { kind: 'resource', id: m.package.purl }),
    };
}
function ruleOf(id, matches) {
    const first = matches[0];
    const packages = [...new Set(matches.map((m) => `${m.package.name} ${m.installedVersion}`))];
    const fixes = [...new Set(matches.map((m) => (m.fixedVersion === undefined ? `${m.package.name}: no fix yet` : fixTarget(m, m.fixedVersion))))];
    const about = first.summary === undefined ? '' : ` ${(0,_preview_js__WEBPACK_IMPORTED_MODULE_1__/* .preview */ .VH)(first.summary, { max: 200 })}`;
    const aliases = first.aliases.length === 0 ? '' : ` Also known as ${first.aliases.slice(0, 5).join(', ')}.`;
    const fixed = matches.every((m) => m.fixedVersion !== undefined);
    return {
        id,
        pack: 'vulnerabilities',
        title: `${id} in ${[...new Set(matches.map((m) => m.package.name))].join(', ')}`,
        severity: 'error',
        why: `${packages.join(', ')} ${packages.length === 1 ? 'is' : 'are'} affected by ${id} (${levelText(first)}, from ${first.source}).${about}${aliases}`,
        fix: fixed
            ? `Upgrade to ${fixes.join(', ')} or later and rebuild the image.`
            : `${fixes.join(', ')}: no fixed version is known yet; ignore it with a reason and an until date, or remove the package.`,
        securitySeverity: scoreOf(first).toFixed(1),
    };
}
/** The ignore list with each ignore of an alias also naming the advisory id it is an alias of. */
function byAlias(ignores, matches) {
    const idsOf = new Map();
    for (const m of matches)
        for (const a of m.aliases)
            idsOf.set(a, (idsOf.get(a) ?? new Set()).add(m.id));
    return ignores.flatMap((ig) => [ig, ...[...(idsOf.get(ig.rule) ?? [])].map((id) => ({ ...ig, rule: id }))]);
}
/** The one filter: failOn, ignoreUnfixed, then VEX, then the ignores. */
function vulnerabilityFindings(matches, policy, ignores, today, vex) {
    const failOn = policy.failOn ?? DEFAULT_VULNERABILITY_FAIL_ON;
    const unfixed = policy.ignoreUnfixed === true ? matches.filter((m) => m.fixedVersion === undefined).length : 0;
    const candidates = matches.filter((m) => !(policy.ignoreUnfixed === true && m.fixedVersion === undefined));
    const above = candidates.filter((m) => RANK[m.severity.level] >= THRESHOLD[failOn]);
    const byFingerprint = new Map(above.map((m) => [toFinding(m).fingerprint, m]));
    const vexIndex = vex === undefined || vex.statements.length === 0 ? undefined : (0,_compliance_vulnerabilities_openvex_js__WEBPACK_IMPORTED_MODULE_2__/* .indexVex */ .YI)(vex.statements);
    const vexed = [];
    const open = [];
    for (const [, m] of byFingerprint) {
        const f = toFinding(m);
        const stated = vexIndex === undefined ? undefined : (0,_compliance_vulnerabilities_openvex_js__WEBPACK_IMPORTED_MODULE_2__/* .decidingStatement */ .z0)(vexIndex, { ids: [m.id, ...m.aliases], purl: m.package.purl }, vex.image);
        const reason = stated === undefined ? undefined : (0,_compliance_vulnerabilities_openvex_js__WEBPACK_IMPORTED_MODULE_2__/* .vexReason */ .EV)(stated);
        if (reason === undefined)
            open.push(f);
        else
            vexed.push({ finding: f, reason });
    }
    const ignored = (0,_compliance_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .applyIgnores */ .wI)(open, byAlias(ignores, above), today);
    const findings = ignored.findings;
    const suppressed = [...vexed, ...ignored.suppressed];
    const kept = findings.map((f) => byFingerprint.get(f.fingerprint));
    const ids = [...new Set(kept.map((m) => m.id))];
    return {
        findings,
        suppressed,
        rules: ids.map((id) => ruleOf(id, kept.filter((m) => m.id === id))),
        summary: {
            failOn,
            rows: kept.map((m) => ({
                id: m.id,
                package: m.package.name,
                installed: m.installedVersion,
                ...(m.fixedVersion === undefined ? {} : { fixed: m.fixedVersion }),
                ...(m.fixedVersion === undefined || m.matched.name === m.package.name ? {} : { fixedIn: m.matched.name }),
                severity: m.severity.level,
                ...(m.severity.cvss?.score === undefined ? {} : { score: m.severity.cvss.score }),
            })),
            belowThreshold: candidates.length - above.length,
            unfixed,
            unrated: failOn === 'none' ? 0 : candidates.filter((m) => m.severity.level === 'unknown' && RANK.unknown < THRESHOLD[failOn]).length,
        },
    };
}


/***/ }),

/***/ 48420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ unratedNotice)
/* harmony export */ });
/**
 * The line the run log (as a warning) and the summary show when advisories without a rating were left out by
 * failOn: ranking them with low is a choice the user should see, not discover; undefined when there are none.
 */
function unratedNotice(s) {
    if (s.unrated === 0)
        return undefined;
    return `${s.unrated} ${s.unrated === 1 ? 'advisory has' : 'advisories have'} no severity rating and rank as low; set failOn: low to fail on them`;
}


/***/ })

};
