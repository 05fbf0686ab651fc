export const id = 2446;
export const ids = [2446,7332];
export const modules = {

/***/ 26977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Me: () => (/* binding */ MAX_BUNDLE_BYTES),
/* harmony export */   QN: () => (/* binding */ parseBundle),
/* harmony export */   T8: () => (/* binding */ statementOf),
/* harmony export */   fP: () => (/* binding */ serializeBundle)
/* harmony export */ });
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61040);
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(71220);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33904);
/* harmony import */ var _preview_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24659);
/* harmony import */ var _in_toto_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(36599);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(60288);
/**
 * Sigstore bundles v0.3 carrying a DSSE envelope over an in-toto statement:
 * reading one we did not write (a referrer's layer, a file), and writing
 * ours. A bundle from a registry is untrusted until verify.ts has checked it:
 * here it is only bounded, parsed and checked for shape, so that the
 * verifier sees nothing but a well-formed bundle of the one kind we accept.
 */






/**
 * Most bytes of a bundle we read. The payload is a whole statement (an SBOM
 * of a large image is tens of MiB once base64-encoded), so the cap is wide,
 * but a registry cannot make us parse gigabytes.
 */
const MAX_BUNDLE_BYTES = 64 * 1024 * 1024;
/** The bundle as JSON text (the protobuf-specs JSON mapping: camelCase, base64 bytes). */
function serializeBundle(bundle) {
    return JSON.stringify((0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.bundleToJSON)(bundle));
}
/**
 * A DSSE bundle v0.3 from untrusted bytes. Throws PipelineError INPUT saying
 * what was expected and what was found: too large, not JSON, another media
 * type, a message-signature bundle, a payload type other than in-toto, not
 * exactly one signature (@sigstore/bundle's validation), missing fields.
 */
function parseBundle(data, opts) {
    const max = opts.maxBytes ?? MAX_BUNDLE_BYTES;
    const size = typeof data === 'string' ? Buffer.byteLength(data, 'utf8') : data.byteLength;
    const fail = (reason) => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineError */ .zC('INPUT', `${opts.what}: ${reason}`);
    if (size > max)
        throw fail(`expected a sigstore bundle of at most ${(0,_bytes_js__WEBPACK_IMPORTED_MODULE_5__/* .formatBytes */ .z)(max)}, got ${size} bytes (${(0,_bytes_js__WEBPACK_IMPORTED_MODULE_5__/* .formatBytes */ .z)(size)})`);
    const text = typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        throw fail(`expected a sigstore bundle (JSON), got '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_2__/* .preview */ .VH)(text)}' (${e instanceof Error ? e.message : String(e)})`);
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json))
        throw fail(`expected a sigstore bundle (a JSON object), got '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_2__/* .preview */ .VH)(text)}'`);
    const mediaType = json.mediaType;
    if (mediaType !== _types_js__WEBPACK_IMPORTED_MODULE_4__/* .BUNDLE_V03_MEDIA_TYPE */ .HM && mediaType !== _sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.BUNDLE_V03_LEGACY_MEDIA_TYPE) {
        throw fail(`expected mediaType '${_types_js__WEBPACK_IMPORTED_MODULE_4__/* .BUNDLE_V03_MEDIA_TYPE */ .HM}', got ${typeof mediaType === 'string' ? `'${(0,_preview_js__WEBPACK_IMPORTED_MODULE_2__/* .preview */ .VH)(mediaType, { max: 80, redact: false })}'` : typeof mediaType}`);
    }
    let bundle;
    try {
        const proto = (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.bundleFromJSON)(json);
        (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.assertBundleLatest)(proto);
        bundle = proto;
    }
    catch (e) {
        const fields = e.fields;
        const which = Array.isArray(fields) && fields.length > 0 ? ` (missing or malformed: ${fields.slice(0, 8).join(', ')})` : '';
        throw fail(`expected a well-formed sigstore bundle v0.3, got one that does not parse${which}: ${(0,_preview_js__WEBPACK_IMPORTED_MODULE_2__/* .preview */ .VH)(e instanceof Error ? e.message : String(e), { max: 120 })}`);
    }
    if (bundle.content.$case !== 'dsseEnvelope')
        throw fail(`expected a DSSE envelope in the bundle, got ${bundle.content.$case}`);
    const env = bundle.content.dsseEnvelope;
    if (env.payloadType !== _types_js__WEBPACK_IMPORTED_MODULE_4__/* .IN_TOTO_PAYLOAD_TYPE */ .T4) {
        throw fail(`expected DSSE payloadType '${_types_js__WEBPACK_IMPORTED_MODULE_4__/* .IN_TOTO_PAYLOAD_TYPE */ .T4}', got '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_2__/* .preview */ .VH)(env.payloadType, { max: 80, redact: false })}'`);
    }
    return bundle;
}
/** The in-toto statement a DSSE bundle signs (not yet verified: call verify.ts first for trust). */
function statementOf(bundle, what) {
    const r = (0,_in_toto_js__WEBPACK_IMPORTED_MODULE_3__/* .parseStatement */ .By)(bundle.content.dsseEnvelope.payload, `the DSSE payload of ${what}`);
    if (!r.ok)
        throw r.error;
    return r.value;
}


/***/ }),

/***/ 37332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compileRegex: () => (/* binding */ compileRegex)
/* harmony export */ });
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2856);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64918);
/**
 * Every pattern in a policy is a Go regular expression, as in
 * container-structure-test (which calls Go's regexp.MatchString). We compile
 * with re2js, a pure-JavaScript port of RE2 that reads the same syntax as Go's
 * regexp/syntax with its Perl flags: POSIX classes (`[[:digit:]]`), `\z`,
 * `(?P<name>...)`, inline flags anywhere (`(?i:...)`, `(?s)`, `(?U)`), `\Q...\E`;
 * `^`/`$` match only at the ends of the text unless `(?m)`; a match anywhere
 * in the text counts. RE2 refuses backreferences and lookaround, and matching
 * is linear in the text, so a pattern such as `^(a+)+$` over a long line of an
 * image file cannot hang a step.
 */


/**
 * Compile with Go/RE2 semantics. The error is RE2's reason in Go's words,
 * e.g. "error parsing regexp: missing closing ): `(a`", the message CST
 * prints when it meets the same pattern.
 */
function compileRegex(source) {
    let re;
    try {
        re = re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.compile(source);
    }
    catch (e) {
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)(e instanceof Error ? e.message : String(e));
    }
    return (0,_result_js__WEBPACK_IMPORTED_MODULE_1__.ok)({ source, test: (text) => re.test(text) });
}


/***/ }),

/***/ 99949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ isIndexMediaType),
/* harmony export */   $v: () => (/* binding */ isConfigMediaType),
/* harmony export */   AH: () => (/* binding */ layerCompression),
/* harmony export */   CM: () => (/* binding */ isManifestMediaType),
/* harmony export */   zu: () => (/* binding */ MediaType)
/* harmony export */ });
/** Media types of the OCI image spec and of Docker's image manifest v2 schema 2. */
const MediaType = {
    OciLayout: 'application/vnd.oci.image.layout.v1+json',
    OciIndex: 'application/vnd.oci.image.index.v1+json',
    OciManifest: 'application/vnd.oci.image.manifest.v1+json',
    OciConfig: 'application/vnd.oci.image.config.v1+json',
    OciLayer: 'application/vnd.oci.image.layer.v1.tar',
    OciLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    OciLayerZstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
    OciLayerNondistributable: 'application/vnd.oci.image.layer.nondistributable.v1.tar',
    OciLayerNondistributableGzip: 'application/vnd.oci.image.layer.nondistributable.v1.tar+gzip',
    OciEmpty: 'application/vnd.oci.empty.v1+json',
    DockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    DockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    DockerConfig: 'application/vnd.docker.container.image.v1+json',
    DockerLayer: 'application/vnd.docker.image.rootfs.diff.tar',
    DockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
    DockerForeignLayerGzip: 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip',
};
const isIndexMediaType = (m) => m === MediaType.OciIndex || m === MediaType.DockerManifestList;
const isManifestMediaType = (m) => m === MediaType.OciManifest || m === MediaType.DockerManifest;
const isConfigMediaType = (m) => m === MediaType.OciConfig || m === MediaType.DockerConfig;
/** How a layer blob is compressed, from its media type; undefined when it is not a layer we know. */
function layerCompression(m) {
    switch (m) {
        case MediaType.OciLayer:
        case MediaType.OciLayerNondistributable:
        case MediaType.DockerLayer:
            return 'none';
        case MediaType.OciLayerGzip:
        case MediaType.OciLayerNondistributableGzip:
        case MediaType.DockerLayerGzip:
        case MediaType.DockerForeignLayerGzip:
            return 'gzip';
        case MediaType.OciLayerZstd:
            return 'zstd';
        default:
            return undefined;
    }
}


/***/ }),

/***/ 85512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ MAX_JSON_BLOB)
/* harmony export */ });
/** Manifests and configs are small; the distribution spec lets registries refuse manifests over 4 MiB. */
const MAX_JSON_BLOB = 4 * 1024 * 1024;


/***/ }),

/***/ 99259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ pipeThrough)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The one way we feed a stream through another that a reader then takes (a digest verifier, a filter): the two
 * tied, each side's end reaching the other.
 *
 * - An error of the source fails `into`, and the reader sees it there. pipeline's own listeners keep it from being
 *   thrown at the process before the reader listens.
 * - A reader that hangs up on `into` (destroys it) destroys the source as well: its file closes, its connection is
 *   freed. `source.pipe(into)` only unpipes on a hang-up: a file read stays open, and a network body fed by 'data'
 *   stays paused, its connection held until the request's deadline (a paused reader is no stall: transport/http.ts).
 *
 * Not for a chain whose source must outlive a failed stage: layer-stream.ts ties its own, because after a gzip or
 * tar error it drains the rest of the blob through the blob's verifier, so a wrong blob is reported as that.
 */

function pipeThrough(source, into) {
    // Nothing to do at the end: the reader of `into` sees its end or its error.
    (0,node_stream__WEBPACK_IMPORTED_MODULE_0__.pipeline)(source, into, () => undefined);
    return into;
}


/***/ }),

/***/ 49975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  signatureCheck: () => (/* binding */ signatureCheck)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/src/action/workspace-path.ts
var workspace_path = __webpack_require__(71439);
// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __webpack_require__(33904);
// EXTERNAL MODULE: ./shared/src/preview.ts
var preview = __webpack_require__(24659);
// EXTERNAL MODULE: ./shared/src/read-bounded-file.ts
var read_bounded_file = __webpack_require__(64318);
;// CONCATENATED MODULE: ./shared/src/compliance/signatures-policy.ts
/**
 * A policy's `signatures:` section made ready to verify with: inline PEM keys
 * kept, key and trusted-root paths read relative to the policy file, each
 * confined to the workspace (links followed; confinePath) and bounded.
 *
 * The public-good sigstore trusted root is not built in: it rotates and is
 * distributed through TUF (tuf-repo-cdn.sigstore.dev), which a step that must
 * run offline cannot fetch; keyless policies name their trusted_root.json.
 */





/** A key file or trusted root larger than this is not a key or a root. */
const MAX_TRUST_FILE_BYTES = 1024 * 1024;
const isPem = (s) => s.includes('-----BEGIN ');
async function resolveSignaturePolicy(section, opts) {
    const base = external_node_path_.dirname(external_node_path_.resolve(opts.workspace, opts.policyFile));
    const read = async (field, value, what) => {
        const file = await (0,workspace_path/* confinePath */.ey)(external_node_path_.resolve(base, value), { workspace: opts.workspace, ...(opts.allowOutside === true ? { allowOutside: true } : {}) }, {
            subject: `the policy's ${field} ('${(0,preview/* preview */.VH)(value, { max: 80, redact: false })}')`,
            hint: 'Name a file inside the repository, relative to the policy file.',
        });
        return (0,read_bounded_file/* readBoundedFile */.M)(file, { what: `${what} '${(0,preview/* preview */.VH)(value, { max: 80, redact: false })}' (${field})`, maxBytes: MAX_TRUST_FILE_BYTES });
    };
    const keys = await Promise.all((section.keys ?? []).map(async (k, i) => {
        const field = `signatures.keys[${i}]`;
        return isPem(k) ? { pem: k, source: field } : { pem: await read(field, k, 'the public key file'), source: `${field} (${k})` };
    }));
    const policy = { keys, requireSignature: section.signature !== false, require: [...(section.require ?? [])] };
    const kl = section.keyless;
    if (kl !== undefined) {
        const text = await read('signatures.keyless.trustedRoot', kl.trustedRoot, 'the sigstore trusted root');
        let trustedRoot;
        try {
            trustedRoot = JSON.parse(text);
        }
        catch (e) {
            throw new errors/* PipelineError */.zC('INPUT', `expected signatures.keyless.trustedRoot to be a JSON trusted_root.json, got '${(0,preview/* preview */.VH)(text)}'`, {
                hint: `It did not parse (${(0,preview/* preview */.VH)(e instanceof Error ? e.message : String(e), { max: 100 })}); use \`cosign trusted-root create\` or your sigstore's trusted_root.json.`,
            });
        }
        policy.keyless = {
            identity: matcher(kl.identity, kl.identityRegex),
            issuer: matcher(kl.issuer, kl.issuerRegex),
            trustedRoot,
            source: 'signatures.keyless',
        };
    }
    return policy;
}
/** The schema makes exactly one of the two present. */
function matcher(exact, regex) {
    return exact !== undefined ? { exact } : { regex: regex ?? '' };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./shared/src/attest/bundle.ts
var attest_bundle = __webpack_require__(26977);
// EXTERNAL MODULE: ./shared/src/attest/types.ts
var types = __webpack_require__(60288);
;// CONCATENATED MODULE: ./shared/src/attest/referrer.ts

const BundleAnnotation = {
    Content: 'dev.sigstore.bundle.content',
    PredicateType: 'dev.sigstore.bundle.predicateType',
    Created: 'org.opencontainers.image.created',
};
/** The referrer parts for a signed attestation; `created` is when it was signed (RFC 3339, seconds, UTC, as cosign). */
function bundleReferrer(signed, created) {
    return {
        artifactType: BUNDLE_V03_MEDIA_TYPE,
        layerMediaType: BUNDLE_V03_MEDIA_TYPE,
        layer: Buffer.from(signed.json, 'utf8'),
        annotations: {
            [BundleAnnotation.Content]: 'dsse-envelope',
            [BundleAnnotation.PredicateType]: signed.predicateType,
            [BundleAnnotation.Created]: created.toISOString().replace(/\.\d{3}Z$/, 'Z'),
        },
    };
}

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(19654);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
// EXTERNAL MODULE: ./shared/src/compliance/regex.ts
var regex = __webpack_require__(37332);
// EXTERNAL MODULE: ./shared/src/attest/in-toto.ts
var in_toto = __webpack_require__(36599);
// EXTERNAL MODULE: ./shared/src/attest/keys.ts
var keys = __webpack_require__(12573);
;// CONCATENATED MODULE: ./shared/src/attest/verify.ts
/**
 * Verifying sigstore bundles with @sigstore/verify, then checking what they
 * say: the signer (a public key, or a Fulcio certificate's identity and
 * issuer against a trusted root), the statement's predicate type, and that it
 * names the image's digest. Each refusal says what was expected and what was
 * found, as a PipelineError SIGNATURE.
 */









/** A verifier for one policy; the trust material is built once. Policy problems throw INPUT here. */
function createVerifier(policy) {
    if (policy.kind === 'key') {
        const key = (0,keys/* loadPublicKey */.fg)(policy.publicKeyPem, policy.source ?? 'public-key');
        const hint = (0,keys/* keyHint */.p4)(key);
        const verifier = new verify_dist/* Verifier */.BL(keyTrustMaterial(key), { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 });
        return {
            verify(raw, expect, what) {
                const bundle = asBundle(raw, what);
                if ((0,dist.isBundleWithCertificateChain)(bundle) || bundle.verificationMaterial.content.$case === 'certificate') {
                    throw refusal(what, `expected a signature by the public key ${hint}, got a keyless (certificate) signature`);
                }
                runVerifier(verifier, bundle, what, `a signature by the public key ${hint}`);
                return { statement: checkStatement(bundle, expect, what), signer: { kind: 'key', keyHint: hint } };
            },
        };
    }
    const source = policy.source ?? 'signatures';
    const identity = verify_matcher(policy.identity, `${source} identity`);
    const issuer = verify_matcher(policy.issuer, `${source} issuer`);
    const verifier = new verify_dist/* Verifier */.BL(loadTrustMaterial(policy.trustedRoot, source));
    return {
        verify(raw, expect, what) {
            const bundle = asBundle(raw, what);
            if (bundle.verificationMaterial.content.$case === 'publicKey') {
                throw refusal(what, `expected a keyless signature by ${identity.describe} (issuer ${issuer.describe}), got a signature by a public key`);
            }
            const signer = runVerifier(verifier, bundle, what, 'a certificate from the trusted root');
            const san = signer.identity?.subjectAlternativeName ?? '';
            const iss = signer.identity?.extensions?.issuer ?? '';
            if (!issuer.test(iss))
                throw refusal(what, `expected the certificate issuer ${issuer.describe}, got '${(0,preview/* preview */.VH)(iss, { max: 200, redact: false })}'`);
            if (!identity.test(san))
                throw refusal(what, `expected the certificate identity ${identity.describe}, got '${(0,preview/* preview */.VH)(san, { max: 200, redact: false })}'`);
            return { statement: checkStatement(bundle, expect, what), signer: { kind: 'keyless', identity: san, issuer: iss } };
        },
    };
}
/** Build trust material from a TrustedRoot JSON value; INPUT errors name `source`. */
function loadTrustMaterial(root, source) {
    if (typeof root !== 'object' || root === null || Array.isArray(root)) {
        throw new errors/* PipelineError */.zC('INPUT', `expected a sigstore trusted root (a JSON object), got ${root === null ? 'null' : typeof root}`, { input: source });
    }
    try {
        return (0,verify_dist/* toTrustMaterial */.jO)(protobuf_specs_dist.TrustedRoot.fromJSON(root));
    }
    catch (e) {
        throw new errors/* PipelineError */.zC('INPUT', `expected a sigstore trusted root, got one that does not load: ${(0,preview/* preview */.VH)(e instanceof Error ? e.message : String(e), { max: 120 })}`, {
            input: source,
            hint: 'Use the trusted_root.json of your sigstore instance (`cosign trusted-root create`, or the TUF repository of the public instance).',
        });
    }
}
function keyTrustMaterial(key) {
    return {
        certificateAuthorities: [],
        timestampAuthorities: [],
        tlogs: [],
        ctlogs: [],
        // Like cosign --key: the configured key, whatever hint the bundle names (a hint is not authenticated).
        publicKey: () => ({ publicKey: key, validFor: () => true }),
    };
}
function asBundle(raw, what) {
    return typeof raw === 'string' || raw instanceof Uint8Array ? (0,attest_bundle/* parseBundle */.QN)(raw, { what }) : raw;
}
function runVerifier(verifier, bundle, what, expected) {
    try {
        return verifier.verify((0,verify_dist/* toSignedEntity */.DC)(bundle));
    }
    catch (e) {
        const code = e.code;
        const message = (0,preview/* preview */.VH)(e instanceof Error ? e.message : String(e), { max: 160, redact: false });
        const got = {
            SIGNATURE_ERROR: 'a signature that does not verify (the payload or the signature was changed, or another key signed it)',
            PUBLIC_KEY_ERROR: 'a signature by a key that is not trusted',
            CERTIFICATE_ERROR: `a certificate that does not chain to the trusted root (${message})`,
            TLOG_ERROR: `no valid transparency log entry (${message})`,
            TLOG_INCLUSION_PROOF_ERROR: `a transparency log inclusion proof that does not verify (${message})`,
            TLOG_INCLUSION_PROMISE_ERROR: `a transparency log promise that does not verify (${message})`,
            TLOG_MISSING_INCLUSION_ERROR: 'a transparency log entry without an inclusion proof or promise',
            TLOG_BODY_ERROR: 'a transparency log entry for other content than the bundle (the payload was changed)',
            TIMESTAMP_ERROR: `no trusted time for the certificate (${message})`,
        };
        throw refusal(what, `expected ${expected}, got ${typeof code === 'string' && got[code] !== undefined ? got[code] : message}`, e);
    }
}
function checkStatement(bundle, expect, what) {
    let s;
    try {
        s = (0,attest_bundle/* statementOf */.T8)(bundle, what);
    }
    catch (e) {
        throw refusal(what, e instanceof errors/* PipelineError */.zC ? e.reason : String(e), e);
    }
    if (expect.predicateType !== undefined && s.predicateType !== expect.predicateType) {
        throw refusal(what, `expected predicate type ${expect.predicateType}, got ${(0,preview/* preview */.VH)(s.predicateType, { max: 120, redact: false })}`);
    }
    if (expect.subjectDigest !== undefined && !(0,in_toto/* subjectMatches */.qE)(s, expect.subjectDigest)) {
        const got = (0,in_toto/* subjectDigests */.IF)(s)
            .slice(0, 5)
            .map((d) => (0,preview/* preview */.VH)(d, { max: 80, redact: false }));
        throw refusal(what, `expected a subject with digest ${expect.subjectDigest}, got ${got.join(', ')}`, undefined, 'The attestation belongs to another image.');
    }
    return s;
}
function refusal(what, reason, cause, hint) {
    return new errors/* PipelineError */.zC('SIGNATURE', `${what}: ${reason}`, { ...(cause === undefined ? {} : { cause }), ...(hint === undefined ? {} : { hint }) });
}
function verify_matcher(m, input) {
    if ('exact' in m) {
        if (m.exact === '')
            throw new errors/* PipelineError */.zC('INPUT', 'expected a non-empty value, got an empty string', { input });
        return { describe: `'${m.exact}'`, test: (v) => v === m.exact };
    }
    const r = (0,regex.compileRegex)(m.regex);
    if (!r.ok)
        throw new errors/* PipelineError */.zC('INPUT', `expected a regular expression (Go/RE2 syntax), got '${(0,preview/* preview */.VH)(m.regex, { max: 120, redact: false })}': ${r.error}`, {
            input,
        });
    const re = r.value;
    return { describe: `matching /${m.regex}/`, test: (v) => re.test(v) };
}

// EXTERNAL MODULE: ./shared/src/bytes.ts
var src_bytes = __webpack_require__(71220);
// EXTERNAL MODULE: ./shared/src/compliance/engine.ts + 12 modules
var engine = __webpack_require__(47067);
// EXTERNAL MODULE: ./shared/src/oci/digest.ts
var oci_digest = __webpack_require__(88301);
// EXTERNAL MODULE: ./shared/src/registry/client/referrers.ts
var client_referrers = __webpack_require__(63827);
// EXTERNAL MODULE: ./shared/src/registry/transport/body.ts
var transport_body = __webpack_require__(16761);
;// CONCATENATED MODULE: ./shared/src/compliance/signatures.ts
/**
 * Is this registry image signed, and are the attestations a policy requires
 * attached and signed by someone we trust? The one place that answers it for
 * test-image, check-updates (a base before a rebuild) and the local pipeline.
 *
 * What is read: the image's OCI referrers of artifact type sigstore bundle
 * v0.3 (the API or the fallback tag, via listReferrers, which keeps only
 * manifests whose `subject` really is the image; a list of more than
 * `maxReferrers` is refused as an error); of each, the one bundle layer, at most `maxBundleBytes`, its bytes
 * checked against the layer digest. Each bundle is verified with every
 * trusted signer (keys, keyless identity) until one accepts it; the DSSE
 * statement must name the image digest. Bundles nobody trusts are listed
 * (another party's attestations are not a failure by themselves), and only
 * what the policy requires decides the verdict:
 *
 * - SIG-001 the image signature is required and there is none;
 * - SIG-002 a required signature or attestation is present but none verifies
 *   (wrong key, wrong identity, tampered, names another image);
 * - SIG-003 a required attestation (predicate type) is absent.
 */












const SignatureRule = {
    Unsigned: 'SIG-001',
    BadSignature: 'SIG-002',
    MissingAttestation: 'SIG-003',
};
/** Referrers looked at per image: more is a registry (or an attacker) flooding us. */
const MAX_SIGNATURE_REFERRERS = 64;
/** A bundle layer larger than this is not read (a DSSE bundle with an SBOM is rarely over a few MiB). */
const MAX_SIGNATURE_BUNDLE_BYTES = 16 * 1024 * 1024;
/** The verifiers for a policy; policy problems (a bad key, an unloadable root) throw INPUT here, before any registry call. */
function signatureVerifiers(policy) {
    const policies = policy.keys.map((k) => ({ kind: 'key', publicKeyPem: k.pem, source: k.source }));
    if (policy.keyless !== undefined)
        policies.push({ kind: 'keyless', ...policy.keyless });
    if (policies.length === 0) {
        throw new errors/* PipelineError */.zC('INPUT', 'expected the signatures section to trust at least one signer (keys or keyless), got neither', {
            hint: 'Add keys: [<PEM or path>] or keyless: {identity, issuer, trustedRoot}.',
        });
    }
    return policies.map(createVerifier);
}
/**
 * Verify `repo@digest`'s signature and attestations against the policy. The
 * image is `digest` (a manifest or an index: each is signed on its own).
 */
async function verifyImageSignatures(client, repo, digest, policy, opts = {}) {
    const verifiers = signatureVerifiers(policy);
    const parsed = (0,oci_digest/* parseDigest */.m)(digest);
    if (!parsed.ok)
        throw parsed.error;
    const image = `${client.registry}/${repo}@${digest}`;
    const maxReferrers = opts.maxReferrers ?? MAX_SIGNATURE_REFERRERS;
    const maxBytes = Math.min(opts.maxBundleBytes ?? MAX_SIGNATURE_BUNDLE_BYTES, attest_bundle/* MAX_BUNDLE_BYTES */.Me);
    const listed = await (0,client_referrers/* listReferrers */.x)(client, repo, parsed.value, { artifactType: types/* BUNDLE_V03_MEDIA_TYPE */.HM, maxEntries: maxReferrers });
    // A list longer than the cap is refused by listReferrers (a clear error naming the tag or API): a flood is not half-read.
    const skipped = listed.skipped.map((s) => ({ digest: s.digest ?? '(no digest)', reason: s.reason }));
    const referrers = listed.referrers;
    const verified = [];
    const unverified = [];
    for (const ref of referrers) {
        const claimed = ref.annotations?.[BundleAnnotation.PredicateType];
        const what = `the referrer ${ref.digest} of ${image}`;
        let bytes;
        try {
            bytes = await bundleBytes(client, repo, ref, maxBytes, what);
        }
        catch (e) {
            if (!(e instanceof errors/* PipelineError */.zC) || e.code !== 'INPUT')
                throw e;
            unverified.push({ referrer: ref.digest, ...(claimed === undefined ? {} : { predicateType: claimed }), reason: e.message });
            continue;
        }
        const result = verifyWithAny(verifiers, bytes, digest, what);
        if (result.ok)
            verified.push({ referrer: ref.digest, predicateType: result.predicateType, signer: result.signer });
        else
            unverified.push({ referrer: ref.digest, ...(claimed === undefined ? {} : { predicateType: claimed }), reason: result.reason });
    }
    const problems = judge(policy, image, verified, unverified);
    return { image, via: listed.via, verified, unverified, skipped, problems, ok: problems.length === 0 };
}
/** What the policy requires, against what verified: pure. */
function judge(policy, image, verified, unverified) {
    const required = [...(policy.requireSignature ? [types/* PredicateType */.Ot.CosignSign] : []), ...policy.require.filter((t) => t !== types/* PredicateType */.Ot.CosignSign)];
    const problems = [];
    for (const type of required) {
        if (verified.some((v) => v.predicateType === type))
            continue;
        const failed = unverified.filter((u) => u.predicateType === type);
        const isSignature = type === types/* PredicateType */.Ot.CosignSign;
        const thing = isSignature ? 'an image signature' : `an attestation of type ${type}`;
        if (failed.length > 0) {
            const first = failed[0];
            problems.push({
                rule: SignatureRule.BadSignature,
                predicateType: type,
                message: `${image}: expected ${thing} by a trusted signer, got ${failed.length} that did not verify (${first.referrer}: ${(0,preview/* preview */.VH)(first.reason, { max: 300, redact: false })})`,
            });
        }
        else {
            problems.push({
                rule: isSignature ? SignatureRule.Unsigned : SignatureRule.MissingAttestation,
                predicateType: type,
                message: isSignature
                    ? `${image}: expected an image signature, got none (no sigstore bundle referrer with predicate type ${type})`
                    : `${image}: expected ${thing}, got none attached`,
            });
        }
    }
    return problems;
}
function verifyWithAny(verifiers, bytes, digest, what) {
    let bundle;
    try {
        bundle = (0,attest_bundle/* parseBundle */.QN)(bytes, { what });
    }
    catch (e) {
        return { ok: false, reason: e instanceof Error ? e.message : String(e) };
    }
    const reasons = [];
    for (const v of verifiers) {
        try {
            const r = v.verify(bundle, { subjectDigest: digest }, what);
            return { ok: true, predicateType: r.statement.predicateType, signer: r.signer };
        }
        catch (e) {
            if (!(e instanceof errors/* PipelineError */.zC))
                throw e;
            reasons.push(e.message);
        }
    }
    return { ok: false, reason: reasons.join('; ') };
}
/** The referrer's one bundle layer, bounded and checked against its digest. INPUT errors for anything malformed. */
async function bundleBytes(client, repo, ref, maxBytes, what) {
    const m = await client.getManifest(repo, ref.digest);
    let doc;
    try {
        doc = JSON.parse(m.bytes.toString('utf8'));
    }
    catch {
        throw new errors/* PipelineError */.zC('INPUT', `${what}: expected a JSON manifest, got '${(0,preview/* preview */.VH)(m.bytes.toString('utf8'))}'`);
    }
    const layers = Array.isArray(doc.layers) ? doc.layers : [];
    const layer = layers.find((l) => typeof l.mediaType === 'string' && l.mediaType.startsWith('application/vnd.dev.sigstore.bundle'));
    if (layer === undefined || typeof layer.digest !== 'string' || typeof layer.size !== 'number') {
        throw new errors/* PipelineError */.zC('INPUT', `${what}: expected a layer of media type ${types/* BUNDLE_V03_MEDIA_TYPE */.HM}, got ${layers.length} layers and none of that type`);
    }
    if (!/^sha256:[0-9a-f]{64}$/.test(layer.digest))
        throw new errors/* PipelineError */.zC('INPUT', `${what}: expected a sha256 layer digest, got '${(0,preview/* preview */.VH)(layer.digest)}'`);
    if (layer.size > maxBytes || layer.size < 0) {
        throw new errors/* PipelineError */.zC('INPUT', `${what}: expected a bundle of at most ${(0,src_bytes/* formatBytes */.z)(maxBytes)}, got a layer of ${layer.size} bytes`);
    }
    const desc = { mediaType: String(layer.mediaType), digest: layer.digest, size: layer.size };
    const body = await client.openBlob(repo, desc);
    const { bytes } = await (0,transport_body/* readBounded */.CB)(body, maxBytes, 'fail', (max) => new errors/* PipelineError */.zC('INPUT', `${what}: the bundle is larger than ${(0,src_bytes/* formatBytes */.z)(max)}`));
    const hex = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    if (`sha256:${hex}` !== layer.digest)
        throw new errors/* PipelineError */.zC('INPUT', `${what}: the registry served other bytes than the layer digest ${layer.digest}`);
    return bytes;
}
/** The rules as reports describe them (SARIF rule descriptors, the summary). */
const SIGNATURE_RULES = {
    [SignatureRule.Unsigned]: {
        id: SignatureRule.Unsigned,
        pack: 'signatures',
        title: 'The image is not signed',
        severity: 'error',
        why: 'Without a signature nobody can tell that these bytes are the ones your pipeline built and approved.',
        fix: 'Sign the image when it is pushed (distribute-image sign: keyless or key) or pull it from a source that signs.',
    },
    [SignatureRule.BadSignature]: {
        id: SignatureRule.BadSignature,
        pack: 'signatures',
        title: 'A required signature or attestation does not verify',
        severity: 'error',
        why: 'A signature by an untrusted key or identity, or over another image, proves nothing about this one (or shows tampering).',
        fix: "Check the policy's signatures keys / keyless identity and issuer against who signed, and that the bundle names this image's digest.",
    },
    [SignatureRule.MissingAttestation]: {
        id: SignatureRule.MissingAttestation,
        pack: 'signatures',
        title: 'A required attestation is missing',
        severity: 'error',
        why: 'The policy asks for proof (provenance, SBOM) that the image does not carry.',
        fix: 'Attach it when the image is pushed (distribute-image attach), signed, or drop the predicate type from signatures.require.',
    },
};
/** The report's problems as findings, one per required predicate type that failed. */
function signatureFindings(report) {
    return report.problems.map((p) => {
        const subject = { kind: 'manifest', field: `signatures ${p.predicateType}` };
        return {
            ruleId: p.rule,
            severity: 'error',
            message: p.message,
            subject,
            expected: p.rule === SignatureRule.MissingAttestation ? `an attestation of type ${p.predicateType}` : `a verified ${p.predicateType} bundle`,
            got: p.rule === SignatureRule.BadSignature ? 'none that verifies' : 'none',
            fingerprint: (0,engine/* fingerprint */.Rj)(p.rule, subject),
        };
    });
}

// EXTERNAL MODULE: ./shared/src/oci/location.ts
var oci_location = __webpack_require__(7674);
// EXTERNAL MODULE: ./shared/src/registry/client/connect.ts + 3 modules
var connect = __webpack_require__(99296);
// EXTERNAL MODULE: ./shared/src/registry/client/connect-inputs.ts
var connect_inputs = __webpack_require__(5127);
// EXTERNAL MODULE: ./shared/src/registry/reference.ts
var registry_reference = __webpack_require__(5698);
// EXTERNAL MODULE: ./shared/src/result.ts
var result = __webpack_require__(64918);
;// CONCATENATED MODULE: ./test-image/src/signatures.ts
/**
 * test-image's signature check: for a registry image and a policy with a
 * `signatures:` section, verify the image (the digest the reference names:
 * the index of a multi-platform image, as it was pushed and signed) with
 * compliance/signatures.ts and turn the problems into findings. A layout or
 * archive has no referrers: a notice says the check needs the pushed image.
 */










async function signatureCheck(inputs, policy, policyPath, io) {
    const section = policy.policy.signatures;
    if (section === undefined || policyPath === undefined)
        return undefined;
    const loc = (0,result/* unwrap */.o)((0,oci_location/* parseImageLocation */.s)(inputs.image, 'image'));
    const reference = loc.kind === 'registry' ? loc.reference : loc.kind === 'ambiguous' && !(0,external_node_fs_.existsSync)(external_node_path_.resolve(inputs.workspace, loc.text)) ? loc.text : undefined;
    if (reference === undefined) {
        io.notice(`The policy's signatures section was not checked: '${inputs.image}' is a local layout or archive, which has no referrers. Check the pushed image (image: registry/repo@digest) after distribute-image.`);
        return undefined;
    }
    const ref = (0,result/* unwrap */.o)((0,registry_reference/* parseReference */.F2)(reference));
    const trust = await resolveSignaturePolicy(section, {
        policyFile: policyPath,
        workspace: inputs.workspace,
        ...(inputs['allow-outside-workspace'] === true ? { allowOutside: true } : {}),
    });
    const client = (0,connect.clientFactory)((0,connect_inputs/* connectOptions */.jN)(inputs.connect, { mask: (s) => io.mask(s) }))(ref.registry);
    const digest = ref.digest ?? (await client.headManifest(ref.repository, ref.tag ?? 'latest', ['pull']))?.digest;
    if (digest === undefined)
        throw new errors/* PipelineError */.zC('NOT_FOUND', `${reference}: no such image to verify signatures of`, { input: 'image' });
    const report = await io.group('Verify signatures', () => verifyImageSignatures(client, ref.repository, digest, trust));
    for (const v of report.verified) {
        io.info(`Verified ${v.predicateType} (${v.referrer}) signed by ${v.signer.kind === 'key' ? `key ${v.signer.keyHint}` : `${v.signer.identity} (${v.signer.issuer})`}`);
    }
    for (const u of report.unverified)
        io.info(`Not verified: ${u.referrer}${u.predicateType === undefined ? '' : ` (${u.predicateType})`}: ${u.reason}`);
    io.info(`Signatures of ${report.image} (${report.via}): ${report.verified.length} verified, ${report.problems.length} problem(s).`);
    const findings = signatureFindings(report);
    return { findings, rules: [...new Set(findings.map((f) => f.ruleId))].map((id) => SIGNATURE_RULES[id]) };
}


/***/ })

};
