export const id = 151;
export const ids = [151];
export const modules = {

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


/***/ }),

/***/ 76151:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  anchorFindings: () => (/* reexport */ anchorFindings),
  annotate: () => (/* binding */ annotate),
  buildReport: () => (/* reexport */ report_report/* buildReport */.FK),
  documentTime: () => (/* reexport */ documentTime),
  sbomFiles: () => (/* binding */ sbomFiles),
  summaryOf: () => (/* binding */ summaryOf),
  toAnnotations: () => (/* reexport */ toAnnotations),
  writeReportFiles: () => (/* reexport */ writeReportFiles)
});

// EXTERNAL MODULE: ./shared/src/preview.ts
var preview = __webpack_require__(24659);
;// CONCATENATED MODULE: ./shared/src/report/annotations.ts

function toAnnotations(findings, opts = {}) {
    return findings
        .filter((f) => opts.includeNotes === true || f.severity !== 'note')
        .map((f) => {
        const a = { level: f.severity === 'note' ? 'notice' : f.severity, title: (0,preview/* printable */.g$)(f.ruleId), message: (0,preview/* printable */.g$)(f.message) };
        if (f.anchor !== undefined) {
            a.file = (0,preview/* printable */.g$)(f.anchor.file);
            a.line = f.anchor.line;
        }
        return a;
    });
}

;// CONCATENATED MODULE: ./shared/src/report/markdown.ts
/**
 * Text from an image (file names, build steps, labels), a policy or a tool,
 * placed in the job summary or a check run's Markdown: the one escaping
 * function for it. GitHub renders both with GFM and a subset of HTML, so raw
 * text could add links, images, headings, tables or tags; escaped, it shows
 * as the characters it is.
 *
 * - control characters are made visible (`printable`), so a name cannot end
 *   a table row or hide behind a bidi override;
 * - `&`, `<`, `>` become entities (no tag, no entity survives);
 * - the punctuation that starts an inline construct gets a backslash, which
 *   CommonMark defines as "this character, literally": emphasis and
 *   strikethrough (`* _ ~`), code spans, links and images (`[ ]`: without
 *   an unescaped bracket no `[text](url)` or `![alt](src)` can form; a `(`
 *   right after `]` is escaped too, so `](` never appears; other
 *   parentheses, common in real text, stay as they are),
 *   table cells (`|`), math (`$`), the backslash itself, and the `:` of
 *   `://` and the `.` of `www.` that would make a link of a name.
 *   Block markers (`#`, `-`, `1.`) need none: this text never starts a line.
 * Cut to `max` characters before escaping, so a cut never splits an escape.
 */

const INLINE = /[\\`*_~[\]|$]|(?<=\])\(|:(?=\/\/)|(?<=\bwww)\./gi;
const ENTITY = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
function markdownText(text, max = Infinity) {
    const cut = text.length > max ? `${text.slice(0, max)}\u2026` : text;
    return (0,preview/* printable */.g$)(cut)
        .replace(INLINE, '\\$&')
        .replace(/[&<>]/g, (c) => ENTITY[c]);
}
/** Untrusted text shown as code: `<code>` with the text escaped (a backtick span could be closed by the text). */
const markdownCode = (text, max = Infinity) => `<code>${markdownText(text, max)}</code>`;

// EXTERNAL MODULE: ./shared/src/report/report.ts
var report_report = __webpack_require__(78566);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./shared/src/builders/epoch.ts
var epoch = __webpack_require__(98049);
;// CONCATENATED MODULE: ./shared/src/compliance/sbom/document.ts
/**
 * What the SPDX and CycloneDX writers share: the document's time, the tool
 * that wrote it, and the one order and identity of packages, so both
 * documents list the same packages in the same order and the same image
 * always gives the same bytes. Pure.
 */


/** To the second, no fraction: SPDX 2.3 asks for YYYY-MM-DDThh:mm:ssZ. */
const toSecond = (d) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
/**
 * The time a document states: SOURCE_DATE_EPOCH when set (read and checked
 * with the action's inputs), else the image config's `created` (so the same
 * image gives the same document), else now \u2014 the only case in which two runs
 * over the same image differ.
 */
function documentTime(sourceDateEpoch, imageCreated, now = () => new Date()) {
    if (sourceDateEpoch !== undefined)
        return (0,epoch/* epochToIso */.kH)(sourceDateEpoch);
    // The config comes from the image: a value Date cannot read (or outside its range) is not a time to state.
    const t = imageCreated === undefined ? NaN : Date.parse(imageCreated);
    return toSecond(Number.isFinite(t) ? new Date(t) : now());
}
const byString = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** Stable whatever order the catalogers found them in: purl, then layer, then where. */
function comparePackages(a, b) {
    return byString(a.purl, b.purl) || a.layer.index - b.layer.index || byString(a.locations.join('\n'), b.locations.join('\n'));
}
/** The same package found twice in the same layer (e.g. a status file and a status.d entry) is one package with both locations. */
const installKey = (p) => JSON.stringify([p.purl, p.layer.digest, p.license ?? null, p.source?.name ?? null, p.source?.version ?? null]);
/** The packages of an SBOM in document order, exact duplicates merged, each with its unique ref. */
function listPackages(packages) {
    const installs = new Map();
    for (const p of [...packages].sort(comparePackages)) {
        const prev = installs.get(installKey(p));
        if (prev === undefined)
            installs.set(installKey(p), { ...p, locations: [...new Set(p.locations)].sort(byString) });
        else
            prev.locations = [...new Set([...prev.locations, ...p.locations])].sort(byString);
    }
    const merged = [...installs.values()];
    const seen = new Map();
    return merged.map((pkg) => {
        const n = (seen.get(pkg.purl) ?? 0) + 1;
        seen.set(pkg.purl, n);
        return { pkg, ref: n === 1 ? pkg.purl : `${pkg.purl}#${n}` };
    });
}
/**
 * A name-based (version 5 layout) UUID: the same name always gives the same
 * UUID, so the same image's BOM keeps its serial number.
 */
function nameUuid(name) {
    const h = (0,external_node_crypto_.createHash)('sha1').update('image-pipeline sbom\n').update(name).digest();
    h[6] = (h[6] & 0x0f) | 0x50;
    h[8] = (h[8] & 0x3f) | 0x80;
    const x = h.subarray(0, 16).toString('hex');
    return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}
/** Words for where a package came from, for SPDX sourceInfo and the like. */
function provenance(pkg) {
    const source = pkg.source === undefined ? '' : `built from source package ${pkg.source.name} ${pkg.source.version}; `;
    return `${source}introduced by layer ${pkg.layer.index} (${pkg.layer.digest}); found in ${pkg.locations.join(', ')}`;
}

;// CONCATENATED MODULE: ./shared/src/compliance/sbom/cyclonedx.ts
/**
 * An Sbom as a CycloneDX 1.6 JSON BOM (cyclonedx.org/docs/1.6/json): the
 * image is metadata.component (type container, version = its digest), each
 * cataloged package a library component whose bom-ref is its purl, the
 * distribution an operating-system component. The serial number is derived
 * from the image digest and the time comes from DocumentOptions, so the same
 * image gives the same bytes. Pure.
 */

/** Our property names, in CycloneDX's namespaced style (cyclonedx.org/docs/1.6/json/#components_items_properties). */
const PROPERTY = {
    sourceName: 'image-pipeline:package:source-name',
    sourceVersion: 'image-pipeline:package:source-version',
    layerIndex: 'image-pipeline:layer:index',
    layerDigest: 'image-pipeline:layer:digest',
    location: 'image-pipeline:location',
    platform: 'image-pipeline:image:platform',
};
function packageProperties(pkg) {
    return [
        ...(pkg.source === undefined
            ? []
            : [
                { name: PROPERTY.sourceName, value: pkg.source.name },
                { name: PROPERTY.sourceVersion, value: pkg.source.version },
            ]),
        { name: PROPERTY.layerIndex, value: String(pkg.layer.index) },
        { name: PROPERTY.layerDigest, value: pkg.layer.digest },
        ...pkg.locations.map((value) => ({ name: PROPERTY.location, value })),
    ];
}
function toCycloneDx(sbom, opts) {
    const imageRef = `image:${sbom.image.digest}`;
    const components = listPackages(sbom.packages).map(({ pkg, ref }) => ({
        type: 'library',
        'bom-ref': ref,
        name: pkg.name,
        version: pkg.version,
        purl: pkg.purl,
        ...(pkg.license === undefined ? {} : { licenses: [{ expression: pkg.license }] }),
        properties: packageProperties(pkg),
    }));
    const d = sbom.distro;
    const os = d === undefined
        ? []
        : [
            {
                type: 'operating-system',
                'bom-ref': `os:${d.id}@${d.versionId !== '' ? d.versionId : (d.codename ?? '')}`,
                name: d.id,
                ...(d.versionId !== '' ? { version: d.versionId } : d.codename !== undefined ? { version: d.codename } : {}),
            },
        ];
    return {
        $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
        bomFormat: 'CycloneDX',
        specVersion: '1.6',
        // The same image (platform manifest digest) always gets the same serial number.
        serialNumber: `urn:uuid:${nameUuid(`cyclonedx ${sbom.image.digest}`)}`,
        version: 1,
        metadata: {
            timestamp: opts.created,
            tools: { components: [{ type: 'application', name: 'image-pipeline', version: opts.toolVersion }] },
            component: {
                type: 'container',
                'bom-ref': imageRef,
                name: sbom.image.name,
                version: sbom.image.digest,
                properties: [{ name: PROPERTY.platform, value: sbom.image.platform }],
            },
        },
        components: [...os, ...components],
    };
}
/** The BOM as the file holds it: two-space JSON and a final newline. */
const cycloneDxJson = (sbom, opts) => `${JSON.stringify(toCycloneDx(sbom, opts), null, 2)}\n`;

;// CONCATENATED MODULE: ./shared/src/compliance/sbom/spdx.ts
/**
 * An Sbom as an SPDX 2.3 JSON document (spdx.github.io/spdx-spec/v2.3): the
 * image is a CONTAINER package the document DESCRIBES and that CONTAINS each
 * cataloged package (and the distribution, when os-release named one). The
 * namespace comes from the image digest and the time from DocumentOptions,
 * so the same image gives the same bytes. Pure.
 */

const NOASSERTION = 'NOASSERTION';
const IMAGE_ID = 'SPDXRef-Image';
/** What we do not know about a package (where to download it, who supplies it, a reviewed licence, copyright), said as SPDX asks. */
const UNASSERTED = {
    supplier: NOASSERTION,
    downloadLocation: NOASSERTION,
    filesAnalyzed: false,
    licenseConcluded: NOASSERTION,
    licenseDeclared: NOASSERTION,
    copyrightText: NOASSERTION,
};
/** SPDX ids allow letters, digits, '.' and '-' only; anything else becomes '-'. */
const idPart = (s) => s.replace(/[^A-Za-z0-9.-]+/g, '-');
/** `SPDXRef-Package-deb-bash-5.2.15-2-b2`, with `-2`, `-3`, ... where two packages would share one (sanitising can merge names). */
function uniqueIds(bases) {
    const used = new Set([IMAGE_ID]);
    return bases.map((base) => {
        let id = base;
        for (let n = 2; used.has(id); n++)
            id = `${base}-${n}`;
        used.add(id);
        return id;
    });
}
/** LicenseRef-* in an expression: each must be declared in the document (SPDX 2.3 section 10). */
const licenseRefs = (expression) => expression.match(/LicenseRef-[A-Za-z0-9.-]+/g) ?? [];
const distroPackage = (d) => ({
    SPDXID: 'SPDXRef-OperatingSystem',
    name: d.id,
    ...(d.versionId !== '' ? { versionInfo: d.versionId } : d.codename !== undefined ? { versionInfo: d.codename } : {}),
    primaryPackagePurpose: 'OPERATING_SYSTEM',
    ...UNASSERTED,
});
function toSpdx(sbom, opts) {
    const listed = listPackages(sbom.packages);
    const ids = uniqueIds(listed.map(({ pkg }) => `SPDXRef-Package-${idPart(`${pkg.ecosystem}-${pkg.name}-${pkg.version}`)}`));
    const image = {
        SPDXID: IMAGE_ID,
        name: sbom.image.name,
        versionInfo: sbom.image.digest,
        primaryPackagePurpose: 'CONTAINER',
        ...UNASSERTED,
        sourceInfo: `platform ${sbom.image.platform}`,
    };
    const packages = listed.map(({ pkg }, i) => ({
        SPDXID: ids[i],
        name: pkg.name,
        versionInfo: pkg.version,
        // Concluded stays NOASSERTION: it is a reviewer's verdict, and we only read what the package declares.
        ...UNASSERTED,
        licenseDeclared: pkg.license ?? NOASSERTION,
        sourceInfo: provenance(pkg),
        externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: pkg.purl }],
    }));
    const os = sbom.distro === undefined ? [] : [distroPackage(sbom.distro)];
    const refs = [...new Set(listed.flatMap(({ pkg }) => (pkg.license === undefined ? [] : licenseRefs(pkg.license))))].sort();
    return {
        spdxVersion: 'SPDX-2.3',
        dataLicense: 'CC0-1.0',
        SPDXID: 'SPDXRef-DOCUMENT',
        name: `${sbom.image.name}@${sbom.image.digest}`,
        // Unique per image (the platform manifest's digest) and the same every time that image is described.
        documentNamespace: `https://image-pipeline.dev/spdx/${encodeURIComponent(sbom.image.digest).replace(/%3A/g, ':')}`,
        creationInfo: { created: opts.created, creators: [`Tool: image-pipeline-${opts.toolVersion}`] },
        packages: [image, ...os, ...packages],
        relationships: [
            { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: IMAGE_ID },
            ...[...os, ...packages].map((p) => ({ spdxElementId: IMAGE_ID, relationshipType: 'CONTAINS', relatedSpdxElement: p.SPDXID })),
        ],
        ...(refs.length === 0
            ? {}
            : {
                hasExtractedLicensingInfos: refs.map((licenseId) => ({
                    licenseId,
                    extractedText: NOASSERTION,
                    comment: 'Named by the package; its text is not part of this document.',
                })),
            }),
    };
}
/** The document as the file holds it: two-space JSON and a final newline. */
const spdxJson = (sbom, opts) => `${JSON.stringify(toSpdx(sbom, opts), null, 2)}\n`;

;// CONCATENATED MODULE: ./shared/src/report/junit.ts

const xmlEscape = (s) => s
    // eslint-disable-next-line no-control-regex -- XML 1.0 forbids these characters; they must be dropped
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
const suiteXml = (name, cases) => {
    const failures = cases.filter((c) => c.failure !== undefined).length;
    const skipped = cases.filter((c) => c.skipped !== undefined).length;
    const time = cases.reduce((t, c) => t + c.time, 0);
    const body = cases
        .map((c) => {
        const where = `${c.file !== undefined ? ` file="${xmlEscape(c.file)}"` : ''}${c.line !== undefined ? ` line="${c.line}"` : ''}`;
        const open = `    <testcase name="${xmlEscape(c.name)}" classname="${xmlEscape(c.classname)}" time="${c.time.toFixed(3)}"${where}`;
        const out = c.out !== undefined ? `\n      <system-out>${xmlEscape(c.out)}</system-out>` : '';
        if (c.failure !== undefined)
            return `${open}>\n      <failure message="${xmlEscape(c.failure.message)}" type="failure">${xmlEscape(c.failure.body)}</failure>\n    </testcase>`;
        if (c.skipped !== undefined)
            return `${open}>\n      <skipped message="${xmlEscape(c.skipped)}"/>${out}\n    </testcase>`;
        return `${open}/>`;
    })
        .join('\n');
    return `  <testsuite name="${xmlEscape(name)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${time.toFixed(3)}">\n${body}\n  </testsuite>`;
};
const KIND_SUITE = {
    command: 'Command Tests',
    fileExistence: 'File Existence Tests',
    fileContent: 'File Content Tests',
    metadata: 'Metadata Test',
    license: 'License Tests',
};
const count = (n) => `${n} finding${n === 1 ? '' : 's'}`;
const findingLine = (h) => `${h.message}${h.anchor !== undefined ? ` [${h.anchor.file}:${h.anchor.line}]` : ''}`;
/** Names made unique across the document, in order: a repeated name gets ' (2)', ' (3)', ... */
function uniqueNames(cases) {
    const seen = new Set();
    for (const c of cases.flat()) {
        let name = c.name;
        for (let i = 2; seen.has(name); i++)
            name = `${c.name} (${i})`;
        seen.add(name);
        c.name = name;
    }
}
/** A rule's case: failing with its findings at or above fail-on, else skipped with the ones below it, else passed. */
function ruleCase(report, r) {
    const hits = report.findings.filter((f) => f.ruleId === r.id);
    const failing = hits.filter((h) => (0,report_report/* fails */.c6)([h], report.failOn));
    const below = hits.filter((h) => !(0,report_report/* fails */.c6)([h], report.failOn));
    const c = { name: `${r.id} ${r.title}`, classname: `test-image.${r.pack}`, time: 0 };
    const anchored = [...failing, ...below].find((h) => h.anchor !== undefined)?.anchor;
    if (anchored !== undefined) {
        c.file = anchored.file;
        c.line = anchored.line;
    }
    if (failing.length > 0)
        c.failure = { message: `${count(failing.length)} (${failing[0]?.severity})`, body: [...failing, ...below].map(findingLine).join('\n') };
    else if (below.length > 0) {
        c.skipped = `${count(below.length)} (${below[0]?.severity}) below fail-on '${report.failOn}': reported, not failing`;
        c.out = below.map(findingLine).join('\n');
    }
    return c;
}
/** A structure test's case: its finding decides (severity against fail-on); a failure the policy ignores is skipped with the reason. */
function testCase(report, t) {
    const c = { name: t.name, classname: `test-image.${t.kind}`, time: t.durationMs / 1000 };
    if (report.policy !== undefined && t.line !== undefined) {
        c.file = report.policy;
        c.line = t.line;
    }
    if (t.skipped !== undefined) {
        c.skipped = t.skipped;
        return c;
    }
    if (t.passed)
        return c;
    const mine = (f) => f.subject.kind === 'policy' && f.subject.test === t.name && f.ruleId.startsWith('CST-');
    const finding = report.findings.find(mine);
    if (finding !== undefined && (0,report_report/* fails */.c6)([finding], report.failOn))
        c.failure = { message: t.failures[0] ?? 'failed', body: t.failures.join('\n') };
    else {
        const ignored = report.suppressed.find((s) => mine(s.finding));
        c.skipped =
            finding !== undefined
                ? `failed (${finding.severity}) below fail-on '${report.failOn}': reported, not failing`
                : `failed, ignored by the policy: ${ignored?.reason ?? 'no reason given'}`;
        c.out = t.failures.join('\n');
    }
    return c;
}
function toJUnit(report) {
    const ruleCases = report.rules.filter((r) => !r.id.startsWith('CST-')).map((r) => ruleCase(report, r));
    const kinds = Object.keys(KIND_SUITE).filter((k) => report.tests.some((t) => t.kind === k));
    const testCases = kinds.map((k) => report.tests.filter((t) => t.kind === k).map((t) => testCase(report, t)));
    uniqueNames([ruleCases, ...testCases]);
    const suites = [suiteXml(`test-image compliance (${report.image.name})`, ruleCases), ...kinds.map((k, i) => suiteXml(KIND_SUITE[k], testCases[i]))];
    const all = [ruleCases, ...testCases].flat();
    const failures = all.filter((c) => c.failure !== undefined).length;
    const skipped = all.filter((c) => c.skipped !== undefined).length;
    return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="test-image" tests="${all.length}" failures="${failures}" errors="0" skipped="${skipped}">\n${suites.join('\n')}\n</testsuites>\n`;
}

// EXTERNAL MODULE: ./shared/src/compliance/finding.ts
var finding = __webpack_require__(66642);
;// CONCATENATED MODULE: ./shared/src/report/rule-ids/help-uri.ts
const REPOSITORY_URL = 'https://github.com/image-pipeline/image-pipeline';
const RULE_REFERENCE_URL = `${REPOSITORY_URL}/blob/main/README.md`;
const ruleAnchor = (id) => `rule-${id.toLowerCase().replace(/[^a-z0-9.-]+/g, '-')}`;
function ruleHelpUri(r) {
    if (r.pack === 'vulnerabilities')
        return `https://osv.dev/vulnerability/${encodeURIComponent(r.id)}`;
    return `${RULE_REFERENCE_URL}#${ruleAnchor(r.id)}`;
}

;// CONCATENATED MODULE: ./shared/src/report/sarif.ts


/** GitHub maps >= 7.0 to high, >= 4.0 to medium, else low. */
const SECURITY_SEVERITY = { error: '8.0', warning: '5.0', note: '2.0' };
const relative = (file) => file.replace(/\\/g, '/').replace(/^\.\//, '');
/** One URI path segment per name: `#`, `%`, spaces and the like are escaped, so the uri is a valid uri-reference. */
const uriPath = (p) => {
    const parts = p.split('/').filter((s) => s !== '' && s !== '.');
    return parts.length === 0 ? '.' : parts.map(encodeURIComponent).join('/');
};
/**
 * The category when the user gave none: the image as the user named it, without what changes from run to run
 * (a registry tag or digest), plus the platform, so two images, or two platforms of one, never share a category,
 * and the same image keeps its category (and its alerts) run after run.
 */
function defaultCategory(imageName, platform) {
    const file = FILE_SOURCE.exec(imageName);
    const name = file !== null ? imageName.slice(file[0].length) : repositoryOf(imageName);
    const slug = name
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/^[-.]+|-+$/g, '')
        .slice(-100);
    return `test-image/${slug === '' ? 'image' : slug}/${platform.replace(/[^A-Za-z0-9._-]+/g, '-')}`;
}
/** How the image sources name themselves (oci/layout.ts, oci/archive.ts); anything else is a registry reference. */
const FILE_SOURCE = /^(?:layout |oci-archive:|docker-archive:)/;
/** A registry reference without its digest and tag: both move with every build (sha-\u2026, 1.2.3), the repository does not. */
function repositoryOf(ref) {
    const name = ref.replace(/@[A-Za-z0-9+._-]+:[0-9a-fA-F]+$/, '');
    const colon = name.lastIndexOf(':');
    return colon > name.lastIndexOf('/') ? name.slice(0, colon) : name;
}
/** runAutomationDetails.id is `category/run-id`; a trailing slash keeps the whole string the category. */
const automationId = (category) => (category.endsWith('/') ? category : `${category}/`);
function sarifRule(r) {
    return {
        id: r.id,
        name: r.id
            .replace(/[^A-Za-z0-9]+/g, ' ')
            .trim()
            .replace(/ (\w)/g, (_m, c) => c.toUpperCase())
            .replace(/ /g, ''),
        shortDescription: { text: r.title },
        fullDescription: { text: r.why },
        help: { text: `${r.why} Fix: ${r.fix}`, markdown: `${r.why}\n\n**Fix:** ${r.fix}${r.cis !== undefined ? `\n\nCIS Docker Benchmark ${r.cis}.` : ''}` },
        helpUri: ruleHelpUri(r),
        defaultConfiguration: { level: r.severity },
        properties: {
            tags: ['security', 'container', ...(r.cis !== undefined ? [`CIS-Docker-${r.cis}`] : []), r.pack],
            'security-severity': r.securitySeverity ?? SECURITY_SEVERITY[r.severity],
            precision: 'high',
        },
    };
}
/** Where an unanchored finding is: inside the image, under a base id that says so. */
function imageLocation(s) {
    switch (s.kind) {
        case 'file':
            return { uri: uriPath(s.path), uriBaseId: 'IMAGE_ROOT' };
        case 'config':
            return { uri: uriPath(`config/${s.field}${s.key !== undefined ? `/${s.key}` : ''}`), uriBaseId: 'IMAGE' };
        case 'history':
            return { uri: uriPath(`history/${s.index + 1}`), uriBaseId: 'IMAGE' };
        case 'manifest':
            return { uri: uriPath(`manifest/${s.field}`), uriBaseId: 'IMAGE' };
        case 'policy':
            return { uri: uriPath(`tests/${s.test}`), uriBaseId: 'IMAGE' };
        case 'resource':
            return { uri: uriPath(`packages/${s.id}`), uriBaseId: 'IMAGE' };
    }
}
function sarifResult(f, ruleIndex) {
    const physicalLocation = f.anchor === undefined
        ? { artifactLocation: imageLocation(f.subject), region: { startLine: 1 } }
        : { artifactLocation: { uri: relative(f.anchor.file) }, region: { startLine: f.anchor.line } };
    return {
        ruleId: f.ruleId,
        ruleIndex,
        level: f.severity,
        message: { text: f.message },
        locations: [
            {
                physicalLocation,
                logicalLocations: [{ fullyQualifiedName: (0,finding/* subjectText */.y)(f.subject), kind: f.subject.kind === 'file' ? 'resource' : 'member' }],
            },
        ],
        partialFingerprints: { 'imagePipelineFinding/v1': f.fingerprint },
        properties: { expected: f.expected, got: f.got, ...(f.expiredIgnore !== undefined ? { expiredIgnore: f.expiredIgnore } : {}) },
    };
}
function toSarif(report, opts = {}) {
    const rules = report.rules;
    const index = new Map(rules.map((r, i) => [r.id, i]));
    const category = opts.category ?? defaultCategory(report.image.name, report.image.platform);
    const what = `${report.image.name} (${report.image.platform}, ${report.image.digest})`;
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: report.tool.name,
                        version: report.tool.version,
                        semanticVersion: report.tool.version,
                        informationUri: report.tool.informationUri,
                        rules: rules.map(sarifRule),
                    },
                },
                automationDetails: { id: automationId(category) },
                // Roots with no uri: the image is no file of the repository or the runner, and a consumer must not resolve these paths there.
                originalUriBaseIds: {
                    IMAGE_ROOT: { description: { text: `The root file system of ${what}.` } },
                    IMAGE: { description: { text: `The metadata (config, manifest, history) and packages of ${what}.` } },
                },
                results: report.findings.map((f) => sarifResult(f, index.get(f.ruleId) ?? 0)),
                properties: { image: report.image.name, digest: report.image.digest, platform: report.image.platform, category },
            },
        ],
    };
}

;// CONCATENATED MODULE: ./shared/src/report/report-files.ts
/**
 * The three report files test-image leaves behind, written before any
 * verdict so a failing image still has them: the JSON report, SARIF 2.1.0
 * (under the `category` input, else one derived from the image and platform;
 * findings without a repository anchor point into the image, see sarif.ts)
 * and JUnit XML (fail-on decides what is a failure); and for a container
 * image its SBOM, as SPDX 2.3 and CycloneDX 1.6 JSON.
 */






/** An unanchored finding is reported inside the image (sarif.ts), never at a repository file it has nothing to do with. */
async function writeReportFiles(report, paths) {
    await writeFile(paths.report, `${JSON.stringify(report, null, 2)}\n`);
    await writeFile(paths.sarif, `${JSON.stringify(toSarif(report, paths.category === undefined ? {} : { category: paths.category }), null, 2)}\n`);
    await writeFile(paths.junit, toJUnit(report));
}
async function writeSbomFiles(sbom, paths, opts) {
    await writeFile(paths.sbom, spdxJson(sbom, opts));
    await writeFile(paths['sbom-cyclonedx'], cycloneDxJson(sbom, opts));
}
async function writeFile(p, text) {
    await promises_.mkdir(external_node_path_.dirname(p), { recursive: true });
    await promises_.writeFile(p, text);
}

// EXTERNAL MODULE: ./shared/src/bytes.ts
var bytes = __webpack_require__(71220);
// EXTERNAL MODULE: ./shared/src/report/vulnerability-notices.ts
var vulnerability_notices = __webpack_require__(48420);
;// CONCATENATED MODULE: ./shared/src/report/summary/test.ts
/**
 * The job summary: a verdict line, counts, and one table of findings, kept
 * under GitHub's 1 MiB step-summary cap by cutting rows (and saying so)
 * rather than being dropped whole.
 */




const SUMMARY_LIMIT = 1024 * 1024;
/** A table cell of text that came from the image or the policy: escaped, one line, at most 400 characters. */
const cell = (s) => markdownText(s, 400);
const ICON = { error: '\u{1f534} error', warning: '\u{1f7e0} warning', note: '\u{1f535} note' };
/** Distribution packages first, then language packages: the order readers scan an SBOM in. */
const ECOSYSTEMS = ['deb', 'apk', 'rpm', 'npm', 'pypi', 'golang', 'maven'];
/** One line: how many packages of each type (purl type names) the SBOM lists, and where both documents are. */
function sbomLine({ sbom, spdx, cyclonedx }) {
    const counts = new Map();
    for (const p of sbom.packages)
        counts.set(p.ecosystem, (counts.get(p.ecosystem) ?? 0) + 1);
    const n = sbom.packages.length;
    const parts = ECOSYSTEMS.filter((e) => counts.has(e)).map((e) => `${e} ${counts.get(e)}`);
    return `**SBOM**: ${n} package${n === 1 ? '' : 's'}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}, written to ${markdownCode(spdx, 300)} (SPDX 2.3) and ${markdownCode(cyclonedx, 300)} (CycloneDX 1.6).`;
}
/** The advisories that count (above the policy's failOn, not ignored): package, installed, fixed in, severity, id. */
function vulnerabilityTable(report) {
    const v = report.vulnerabilities;
    if (v === undefined)
        return [];
    const out = ['', `### Vulnerabilities: ${v.rows.length} at or above \`${v.failOn}\``];
    const left = [
        ...(v.belowThreshold > 0 ? [`${v.belowThreshold} below \`${v.failOn}\` not counted`] : []),
        ...(v.unfixed > 0 ? [`${v.unfixed} without a fix left out (ignoreUnfixed)`] : []),
    ];
    if (left.length > 0)
        out.push('', `_${left.join('; ')}._`);
    const unrated = (0,vulnerability_notices/* unratedNotice */.w)(v);
    if (unrated !== undefined)
        out.push('', `**Note**: ${unrated}.`);
    if (v.rows.length === 0)
        return out;
    out.push('', '| Package | Installed | Fixed in | Severity | Id |', '| --- | --- | --- | --- | --- |');
    const rows = v.rows.slice(0, 500);
    for (const r of rows)
        out.push(`| ${cell(r.package)} | ${cell(r.installed)} | ${r.fixed === undefined ? 'no fix yet' : cell(r.fixedIn === undefined ? r.fixed : `${r.fixedIn} ${r.fixed}`)} | ${r.severity}${r.score === undefined ? '' : ` (${r.score.toFixed(1)})`} | ${markdownCode(r.id, 100)} |`);
    if (v.rows.length > rows.length)
        out.push('', `_${v.rows.length - rows.length} more in the SARIF, JUnit or JSON report._`);
    return out;
}
function toSummary(report, { limit = SUMMARY_LIMIT - 16 * 1024, sbom } = {}) {
    const head = [];
    const c = report.counts;
    head.push(`## test-image: ${report.result === 'passed' ? '\u2705 passed' : '\u274c failed'}`);
    head.push('');
    head.push(report.image.platform === 'aws/ec2'
        ? `Machine image ${markdownText(report.image.name, 300)}.`
        : `Image ${markdownCode(report.image.name, 300)} ${markdownText(report.image.platform)} \`${report.image.digest}\` \u2014 ${report.image.layers} layers, ${report.image.files} files, ${(0,bytes/* formatBytes */.z)(report.image.size)}.`);
    if (sbom !== undefined)
        head.push('', sbomLine(sbom));
    head.push('');
    head.push(`**${c.error}** errors, **${c.warning}** warnings, **${c.note}** notes${c.suppressed > 0 ? `, ${c.suppressed} ignored` : ''}; ${c.tests - c.testsFailed}/${c.tests} structure tests passed. Fails on: \`${report.failOn}\`.`);
    head.push('');
    const rows = [];
    if (report.findings.length > 0) {
        head.push('| Severity | Rule | Where | Finding |', '| --- | --- | --- | --- |');
        for (const f of report.findings) {
            const where = f.anchor !== undefined ? `${f.anchor.file}:${f.anchor.line}` : '';
            rows.push(`| ${ICON[f.severity]} | \`${f.ruleId}\` | ${cell(where)} | ${cell(`${(0,finding/* subjectText */.y)(f.subject)}: expected ${f.expected}, got ${f.got}`)}${f.expiredIgnore !== undefined ? ` (ignore expired ${markdownText(f.expiredIgnore.until)})` : ''} |`);
        }
    }
    const tail = [...vulnerabilityTable(report)];
    if (report.suppressed.length > 0) {
        tail.push('', '<details><summary>Ignored findings</summary>', '', '| Rule | Subject | Reason | Until |', '| --- | --- | --- | --- |');
        for (const s of report.suppressed.slice(0, 200))
            tail.push(`| \`${s.finding.ruleId}\` | ${cell((0,finding/* subjectText */.y)(s.finding.subject))} | ${cell(s.reason)} | ${markdownText(s.until ?? '')} |`);
        tail.push('', '</details>');
    }
    let text = head.join('\n');
    let used = Buffer.byteLength(text) + Buffer.byteLength(tail.join('\n')) + 200;
    let shown = 0;
    for (const r of rows) {
        const n = Buffer.byteLength(r) + 1;
        if (used + n > limit)
            break;
        text += `\n${r}`;
        used += n;
        shown++;
    }
    if (shown < rows.length)
        text += `\n\n_${rows.length - shown} more findings not shown here (GitHub caps the summary at 1 MiB); see the SARIF, JUnit or JSON report._`;
    return `${text}\n${tail.join('\n')}\n`;
}

// EXTERNAL MODULE: ./shared/src/compliance/history-step.ts
var history_step = __webpack_require__(17534);
;// CONCATENATED MODULE: ./shared/src/builders/dockerfile.ts
/**
 * Just enough of a Dockerfile parser to know what the builder will do before
 * it runs, and to point at a line when it fails: instructions with their line
 * numbers, stages, which stages the target needs, whether those run programs
 * (a foreign platform then needs an emulator), and which external image the
 * result is based on. Builders do not print Dockerfile line numbers (buildah
 * 1.28 prints "STEP 3/7: RUN ..."), so the line comes from this model.
 */
/** Parse the text of a Dockerfile/Containerfile. Never throws: the builder judges validity. */
function parseDockerfile(text) {
    const lines = text.split(/\r?\n/);
    const escape = escapeDirective(lines);
    const instructions = [];
    let current;
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i];
        const trimmed = raw.trim();
        if (current === undefined) {
            if (trimmed === '' || trimmed.startsWith('#'))
                continue;
            current = { parts: [], line: i + 1 };
        }
        else if (trimmed.startsWith('#') || trimmed === '') {
            // Comment and empty lines inside a continuation are skipped.
            continue;
        }
        const continues = trimmed.endsWith(escape) && !trimmed.endsWith(escape + escape);
        current.parts.push(continues ? trimmed.slice(0, -1).trim() : trimmed);
        if (!continues) {
            // Heredocs (`RUN <<EOF` ... `EOF`): their body lines belong to the instruction, not new ones.
            for (const m of trimmed.matchAll(HEREDOC)) {
                const delimiter = m[3];
                const body = [];
                while (i + 1 < lines.length && lines[i + 1].trim() !== delimiter)
                    body.push(lines[++i]);
                i++; // the delimiter line
                current.parts.push(body.join('\n'));
            }
            instructions.push(toInstruction(current.parts.join(' '), current.line));
            current = undefined;
        }
    }
    if (current !== undefined)
        instructions.push(toInstruction(current.parts.join(' '), current.line));
    const globalArgs = new Map();
    const stages = [];
    for (const ins of instructions) {
        if (ins.keyword === 'FROM') {
            const { image, name } = parseFrom(ins.args);
            const stage = { index: stages.length, from: image, instructions: [ins] };
            if (name !== undefined)
                stage.name = name.toLowerCase();
            stages.push(stage);
        }
        else if (stages.length === 0) {
            if (ins.keyword === 'ARG')
                for (const [k, v] of parseArg(ins.args))
                    globalArgs.set(k, v);
        }
        else {
            stages[stages.length - 1].instructions.push(ins);
        }
    }
    return { globalArgs, stages };
}
const HEREDOC = /<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g;
function escapeDirective(lines) {
    for (const l of lines) {
        const m = /^#\s*([a-zA-Z]+)\s*=\s*(\S+)\s*$/.exec(l.trim());
        if (m === null)
            break; // directives only at the very top
        if (m[1].toLowerCase() === 'escape' && (m[2] === '`' || m[2] === '\\'))
            return m[2];
    }
    return '\\';
}
function toInstruction(text, line) {
    const m = /^(\S+)\s*([\s\S]*)$/.exec(text);
    return { keyword: (m?.[1] ?? '').toUpperCase(), args: (m?.[2] ?? '').trim(), line };
}
function parseFrom(args) {
    const words = args.split(/\s+/).filter((w) => w !== '' && !w.startsWith('--'));
    const image = words[0] ?? '';
    const as = words.findIndex((w) => w.toLowerCase() === 'as');
    return as > 0 && words[as + 1] !== undefined ? { image, name: words[as + 1] } : { image };
}
/** `ARG a=1 b` as [name, default] pairs, in order (no default: undefined). */
function parseArg(args) {
    return args
        .split(/\s+/)
        .filter((w) => w !== '')
        .map((w) => {
        const eq = w.indexOf('=');
        return eq < 0 ? [w, undefined] : [w.slice(0, eq), unquote(w.slice(eq + 1))];
    });
}
const unquote = (s) => (/^(["']).*\1$/.test(s) ? s.slice(1, -1) : s);
/** Expand `$VAR`, `${VAR}`, `${VAR:-default}` and `${VAR:+alt}` as the FROM line does. */
function expandArgs(text, vars) {
    return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::([-+])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_m, braced, op, word, bare) => {
        const name = (braced ?? bare);
        const value = vars.get(name);
        if (op === '-')
            return value === undefined || value === '' ? (word ?? '') : value;
        if (op === '+')
            return value === undefined || value === '' ? '' : (word ?? '');
        return value ?? '';
    });
}
/** The stage `target` names (by name or index), or the last stage. */
function targetStage(df, target) {
    if (target === undefined || target === '')
        return df.stages[df.stages.length - 1];
    const t = target.toLowerCase();
    return df.stages.find((s) => s.name === t) ?? (/^\d+$/.test(t) ? df.stages[Number(t)] : undefined);
}
/** The earlier stage `ref` names (by name or index), if any: a stage may only read stages above it. */
function stageRef(df, ref, before) {
    const r = ref.toLowerCase();
    const named = df.stages.find((s) => s.index < before && s.name === r);
    if (named !== undefined)
        return named;
    return /^\d+$/.test(r) && Number(r) < before ? df.stages[Number(r)] : undefined;
}
/** The variables a FROM line sees: the global ARGs (before the first FROM), each overridden by a build-arg of its name. */
function fromScope(df, buildArgs) {
    const vars = new Map(df.globalArgs);
    for (const [k, v] of buildArgs)
        if (vars.has(k))
            vars.set(k, v);
    return vars;
}
const FROM_FLAG = /--(?:from|mount=[^\s]*?\bfrom)=([^\s,]+)/g;
/**
 * What one stage reads, ARGs expanded as the builder expands them: its FROM with the global ARGs, each
 * `COPY --from=` / `RUN --mount=...,from=` also with the stage's own ARGs declared above it (`ARG S=x`, or
 * `ARG S` taking the global default), each overridden by a build-arg of its name (buildah 1.28, checked by
 * hand for images). A name may be an image, an earlier stage (stageRef) or scratch; the caller tells which. Pure.
 */
function stageReads(df, stage, buildArgs) {
    const global = fromScope(df, buildArgs);
    const out = [expandArgs(stage.from, global)];
    const scope = new Map(global);
    for (const ins of stage.instructions.slice(1)) {
        if (ins.keyword === 'ARG') {
            for (const [k, v] of parseArg(ins.args))
                scope.set(k, buildArgs.get(k) ?? (v !== undefined ? expandArgs(v, scope) : df.globalArgs.get(k)));
            continue;
        }
        for (const m of ins.args.matchAll(FROM_FLAG))
            out.push(expandArgs(m[1], scope));
    }
    return out;
}
/**
 * The stages building `target` needs: its FROM chain and every `COPY --from` / `--mount=from` stage, transitively,
 * a stage named through an ARG (`ARG STAGE=builder` then `COPY --from=$STAGE`, or `FROM ${BASE}`) included, as
 * buildah follows it since 1.30 (global ARGs, containers/buildah#4578) and with a stage's own ARGs (#6730).
 * buildah 1.28 skips such a stage and then fails on the name as an image ("no stage or image found with that
 * name", checked by hand), so following it there costs nothing; BuildKit refuses ARGs in --from. Pure.
 */
function neededStages(df, target, buildArgs = new Map()) {
    const start = targetStage(df, target);
    if (start === undefined)
        return [];
    const seen = new Set();
    const visit = (s) => {
        if (seen.has(s.index))
            return;
        seen.add(s.index);
        for (const r of stageReads(df, s, buildArgs)) {
            const dep = stageRef(df, r, s.index);
            if (dep !== undefined)
                visit(dep);
        }
    };
    visit(start);
    return df.stages.filter((s) => seen.has(s.index));
}
/** Whether any needed stage runs a program (RUN), which needs an emulator on a foreign platform. */
function runsPrograms(df, target, buildArgs = new Map()) {
    return neededStages(df, target, buildArgs).some((s) => s.instructions.some((i) => i.keyword === 'RUN'));
}
/**
 * The external image the target is built on, following FROM through earlier
 * stages: a name, 'scratch', or undefined when it cannot be told (no stages).
 */
function baseImageOf(df, target, buildArgs) {
    let stage = targetStage(df, target);
    const vars = fromScope(df, buildArgs);
    for (let hops = 0; stage !== undefined && hops <= df.stages.length; hops++) {
        const from = expandArgs(stage.from, vars);
        const dep = stageRef(df, from, stage.index);
        if (dep === undefined)
            return from.toLowerCase() === 'scratch' ? 'scratch' : from;
        stage = dep;
    }
    return undefined;
}
/** Every external (non-stage, non-scratch) image named by a needed FROM, expanded. */
function externalImages(df, target, buildArgs) {
    const vars = fromScope(df, buildArgs);
    const out = new Set();
    for (const s of neededStages(df, target, buildArgs)) {
        const from = expandArgs(s.from, vars);
        if (from.toLowerCase() !== 'scratch' && stageRef(df, from, s.index) === undefined)
            out.add(from);
    }
    return [...out];
}
/**
 * The instruction a builder names by stage and step (both 1-based, the FROM is
 * step 1), checked against the keyword it printed; falls back to the first
 * instruction whose text matches.
 */
function instructionAt(df, where) {
    const keyword = where.text?.trim().split(/\s+/)[0]?.toUpperCase();
    if (where.step !== undefined) {
        const stage = df.stages[(where.stage ?? 1) - 1];
        const ins = stage?.instructions[where.step - 1];
        if (ins !== undefined && (keyword === undefined || ins.keyword === keyword))
            return ins;
    }
    if (where.text !== undefined) {
        const norm = (s) => s.replace(/\s+/g, ' ').trim().toUpperCase();
        const want = norm(where.text);
        const all = df.stages.flatMap((s) => s.instructions);
        return (all.find((i) => norm(`${i.keyword} ${i.args}`) === want) ??
            all.find((i) => want.startsWith(norm(`${i.keyword} ${i.args}`).slice(0, 40)) && i.keyword === keyword));
    }
    return undefined;
}

;// CONCATENATED MODULE: ./shared/src/report/dockerfile.ts
/**
 * The Dockerfile as report anchoring needs it: a flat list of instructions
 * with their first line and stage. The parsing itself is build-image's
 * (shared/src/builders/dockerfile.ts), so both see the same instructions.
 */

function dockerfile_parseDockerfile(text) {
    return parseDockerfile(text).stages.flatMap((s) => s.instructions.map((i) => ({ keyword: i.keyword, args: i.args.replace(/\s+/g, ' ').trim(), line: i.line, stage: s.index })));
}
const finalStage = (ins) => {
    const last = ins.reduce((m, x) => Math.max(m, x.stage), 0);
    return ins.filter((x) => x.stage === last);
};

;// CONCATENATED MODULE: ./shared/src/report/anchors.ts


const lastToken = (s) => s
    .replace(/\s+#.*$/, '')
    .trim()
    .split(/\s+/)
    .pop() ?? '';
function sameInstruction(h, d) {
    if (h.keyword !== d.keyword)
        return false;
    if (h.keyword === 'RUN') {
        const a = h.args.replace(/\s+/g, ' ');
        const b = d.args.replace(/^(?:--\S+\s+)+/, '').replace(/\s+/g, ' ');
        // A heredoc's script is recorded in ways that differ by builder; any RUN step may be it.
        if (b.startsWith('<<'))
            return true;
        return a === b || a.includes(b) || b.includes(a);
    }
    if (h.keyword === 'COPY' || h.keyword === 'ADD')
        return lastToken(h.args) === lastToken(d.args);
    return true;
}
/** history index -> Dockerfile instruction, aligned from the end (the base image's steps come first and match nothing). */
function alignHistory(view, instructions) {
    const ours = finalStage(instructions).filter((d) => d.keyword !== 'FROM' && d.keyword !== 'ARG');
    const map = new Map();
    let j = ours.length - 1;
    for (let i = view.history.length - 1; i >= 0 && j >= 0; i--) {
        const h = (0,history_step/* instructionOf */.u)(view.history[i].createdBy);
        for (let k = j; k >= 0; k--) {
            if (sameInstruction(h, ours[k])) {
                map.set(i, ours[k]);
                j = k - 1;
                break;
            }
        }
    }
    return map;
}
function anchorFindings(findings, view, ctx) {
    const instructions = ctx.dockerfile === undefined ? [] : dockerfile_parseDockerfile(ctx.dockerfile.text);
    const stage = finalStage(instructions);
    const aligned = alignHistory(view, instructions);
    const dockerfile = ctx.dockerfile?.file;
    const at = (d) => d === undefined || dockerfile === undefined ? undefined : { file: dockerfile, line: d.line };
    const lastOf = (keyword, pred = () => true) => [...stage].reverse().find((d) => d.keyword === keyword && pred(d));
    const from = lastOf('FROM');
    // History steps before the first step of ours are the base image's, once every instruction of ours was found.
    const ours = stage.filter((d) => d.keyword !== 'FROM' && d.keyword !== 'ARG').length;
    const firstOurs = aligned.size === ours ? Math.min(...aligned.keys()) : -1;
    const isBase = (step) => step < firstOurs;
    const byLayer = new Map();
    for (const h of view.history)
        if (h.layer !== undefined)
            byLayer.set(h.layer, h.index);
    const anchorOf = (f) => {
        const s = f.subject;
        switch (s.kind) {
            case 'policy': {
                const line = ctx.policyTestLine?.(s.test);
                return ctx.policyFile === undefined ? undefined : { file: ctx.policyFile, line: line ?? 1 };
            }
            case 'resource':
                return undefined;
            case 'history':
                return at(aligned.get(s.index)) ?? (isBase(s.index) ? at(from) : undefined);
            case 'file': {
                const step = s.layer === undefined ? undefined : byLayer.get(s.layer);
                const d = step === undefined ? undefined : aligned.get(step);
                if (d !== undefined && ['RUN', 'COPY', 'ADD'].includes(d.keyword))
                    return at(d);
                // A layer of the base image: FROM is the instruction that put it there.
                if (step !== undefined && isBase(step))
                    return at(from);
                // Squashed or misaligned history: the COPY/ADD whose destination holds the path, else no repository line.
                const copy = [...stage]
                    .reverse()
                    .find((x) => (x.keyword === 'COPY' || x.keyword === 'ADD') && s.path.startsWith(lastToken(x.args).replace(/\/?$/, '')));
                return at(copy);
            }
            case 'config': {
                const key = s.key ?? '';
                const d = s.field === 'User'
                    ? lastOf('USER')
                    : s.field === 'Healthcheck'
                        ? lastOf('HEALTHCHECK')
                        : s.field === 'Env'
                            ? lastOf('ENV', (x) => x.args.startsWith(`${key}=`) || x.args.startsWith(`${key} `) || x.args.includes(` ${key}=`))
                            : s.field === 'Labels'
                                ? lastOf('LABEL', (x) => x.args.includes(key))
                                : s.field === 'Volumes'
                                    ? lastOf('VOLUME', (x) => x.args.includes(key))
                                    : undefined;
                // Not set by an instruction of ours: inherited from the base image.
                return at(d) ?? at(from);
            }
            case 'manifest':
                return at(from);
        }
    };
    return findings.map((f) => {
        const anchor = anchorOf(f);
        return anchor === undefined ? f : { ...f, anchor };
    });
}

;// CONCATENATED MODULE: ./test-image/src/reporting.ts










/** Errors and warnings as annotations (the runner shows ten of each), notes as log lines, and what the command tests were allowed. */
function annotate({ report, notices }, io) {
    for (const a of toAnnotations(report.findings)) {
        const anchor = { title: a.title, ...(a.file === undefined ? {} : { file: a.file }), ...(a.line === undefined ? {} : { line: a.line }) };
        if (a.level === 'error')
            io.error(a.message, anchor);
        else if (a.level === 'warning')
            io.warning(a.message, anchor);
        else
            io.notice(a.message, anchor);
    }
    for (const f of report.findings.filter((x) => x.severity === 'note'))
        io.info(`note ${f.ruleId}: ${f.message}`);
    // What the command tests were allowed beyond the sandbox (network, privileges, mounts) is part of the verdict's context.
    for (const n of notices)
        io.notice(n);
}
/** The job summary's Markdown: the report (with the SBOM's line when one was written), then the sandbox notices (escaped once, here). */
const summaryOf = ({ report, notices, sbom }, files = {}) => toSummary(report, {
    ...(sbom === undefined || files.sbom === undefined || files['sbom-cyclonedx'] === undefined
        ? {}
        : { sbom: { sbom: sbom.sbom, spdx: files.sbom, cyclonedx: files['sbom-cyclonedx'] } }),
}) + notices.map((n) => `\n> ${markdownText(n)}\n`).join('');
/** The tested platform's SBOM in both formats, at the paths the inputs name. */
async function sbomFiles(inputs, { sbom, created }, io) {
    await writeSbomFiles(sbom, inputs, { created, toolVersion: report_report/* TOOL */.js.version });
    io.info(`SBOM of ${sbom.image.platform}: ${sbom.packages.length} package${sbom.packages.length === 1 ? '' : 's'}, written to ${inputs.sbom} (SPDX 2.3) and ${inputs['sbom-cyclonedx']} (CycloneDX 1.6).`);
    return { sbom: inputs.sbom, 'sbom-cyclonedx': inputs['sbom-cyclonedx'] };
}


/***/ })

};
