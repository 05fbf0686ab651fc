export const id = 1756;
export const ids = [1756];
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

/***/ 51756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  signerOf: () => (/* binding */ signerOf)
});

// EXTERNAL MODULE: ./shared/src/attest/oidc.ts
var oidc = __webpack_require__(59024);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __webpack_require__(33904);
// EXTERNAL MODULE: ./shared/src/attest/bundle.ts
var attest_bundle = __webpack_require__(26977);
// EXTERNAL MODULE: ./shared/src/attest/in-toto.ts
var in_toto = __webpack_require__(36599);
// EXTERNAL MODULE: ./shared/src/attest/keys.ts
var keys = __webpack_require__(12573);
// EXTERNAL MODULE: ./shared/src/attest/types.ts
var types = __webpack_require__(60288);
;// CONCATENATED MODULE: ./shared/src/attest/sign.ts
/**
 * Signing in-toto statements into sigstore bundles v0.3 (DSSE), with
 * @sigstore/sign doing the protocol work:
 * - `key`: ECDSA P-256 over the DSSE pre-authentication encoding with the
 *   `signing-key` input; the bundle carries the key's fingerprint as its hint.
 *   No transparency log: verifiers hold the public key (cosign verify --key
 *   ... --insecure-ignore-tlog).
 * - `keyless`: an ephemeral key, certified by Fulcio for the job's OIDC
 *   identity, the signature logged in Rekor (a `dsse` entry, API v1) and
 *   optionally timestamped by a TSA; the bundle carries the certificate, the
 *   log entry with its inclusion proof, and the timestamps.
 *
 * Service URLs are parameters (tests point them at the loopback emulator).
 *
 * A key signature is built here with @sigstore/bundle's toDSSEBundle, as
 * @sigstore/sign's DSSEBundleBuilder builds it with no witnesses (the same
 * bundle); @sigstore/sign, with its HTTP stack for Fulcio and Rekor, is
 * loaded (sign-keyless.ts) only by a keyless signer's first signature: a
 * key-signing run does not pay for loading it (issue 17, start-up).
 */







const DEFAULT_FULCIO_URL = 'https://fulcio.sigstore.dev';
const DEFAULT_REKOR_URL = 'https://rekor.sigstore.dev';
/** A signer from its configuration; key problems are reported here, before any signing. */
function createSigner(config) {
    if (config.kind === 'key') {
        const key = (0,keys/* loadSigningKey */.fm)(config.privateKeyPem, {
            ...(config.publicKeyPem === undefined ? {} : { publicKey: config.publicKeyPem }),
            ...(config.input === undefined ? {} : { input: config.input }),
        });
        return {
            kind: 'key',
            publicKeyPem: key.publicKeyPem,
            keyHint: key.hint,
            sign: (s) => signWith(async (data, type) => keyBundle(key, data, type), s, 'key', {}),
        };
    }
    // Loaded and built on the first signature, once (a keyless run signs at least the image); a failed load is not a signing error.
    let bundler;
    return {
        kind: 'keyless',
        sign: async (s) => {
            bundler ??= Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(4463), __webpack_require__.e(5179), __webpack_require__.e(5079)]).then(__webpack_require__.bind(__webpack_require__, 5079)).then((m) => m.keylessBundler(config, keylessServices(config)));
            return signWith(await bundler, s, 'keyless', describeServices(config));
        },
    };
}
/** Sign the image itself as cosign v3 does: a DSSE bundle over imageSignatureStatement(digest). */
function signImage(signer, digest, annotations = {}) {
    return signer.sign(imageSignatureStatement(digest, annotations));
}
/** DSSE pre-authentication encoding (DSSE protocol v1): what is signed, binding the payload type to the payload. */
function preAuthEncoding(payloadType, payload) {
    const type = Buffer.from(payloadType, 'utf8');
    return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `, 'ascii'), type, Buffer.from(` ${payload.length} `, 'ascii'), payload]);
}
/**
 * A key signature's bundle: ECDSA with SHA-256 over the DSSE
 * pre-authentication encoding, DER-encoded (the format sigstore bundles and
 * cosign expect), the key's fingerprint as the hint and keyid; no
 * transparency log entry, no timestamp.
 */
function keyBundle(key, data, type) {
    const signature = (0,external_node_crypto_.createSign)('sha256').update(preAuthEncoding(type, data)).sign(key.privateKey);
    const bundle = (0,dist.toDSSEBundle)({ artifact: data, artifactType: type, signature, keyHint: key.hint, certificateChain: false });
    // As @sigstore/sign's builder leaves it with no witnesses.
    bundle.verificationMaterial.tlogEntries = [];
    bundle.verificationMaterial.timestampVerificationData = { rfc3161Timestamps: [] };
    return bundle;
}
/** The keyless services' base URLs, defaults applied, without a trailing slash. */
function keylessServices(config) {
    return {
        fulcio: trimSlash(config.fulcioUrl ?? DEFAULT_FULCIO_URL),
        rekor: trimSlash(config.rekorUrl ?? DEFAULT_REKOR_URL),
        ...(config.tsaUrl === undefined ? {} : { tsa: trimSlash(config.tsaUrl) }),
    };
}
function describeServices(config) {
    return config.kind === 'key' ? {} : keylessServices(config);
}
async function signWith(create, s, kind, services) {
    let bundle;
    try {
        bundle = await create((0,in_toto/* serializeStatement */.US)(s), types/* IN_TOTO_PAYLOAD_TYPE */.T4);
    }
    catch (e) {
        throw signingError(e, services);
    }
    return { bundle, json: (0,attest_bundle/* serializeBundle */.fP)(bundle), mediaType: types/* BUNDLE_V03_MEDIA_TYPE */.HM, predicateType: s.predicateType, subjects: (0,in_toto/* subjectDigests */.IF)(s), signer: kind };
}
/**
 * sigstore-js errors in our terms. Never its message for a token problem:
 * IDENTITY_TOKEN_PARSE_ERROR's message contains the token itself.
 */
function signingError(e, services) {
    const code = e.code;
    const cause = e.cause;
    if (cause instanceof errors/* PipelineError */.zC)
        return cause; // our identity provider's own, already clear
    const status = httpStatusOf(cause);
    const detail = status === undefined ? '' : ` (HTTP ${status})`;
    switch (code) {
        case 'IDENTITY_TOKEN_READ_ERROR':
            return new errors/* PipelineError */.zC('AUTH', 'expected an OIDC identity token for keyless signing, got none', {
                hint: 'Give the job `permissions: id-token: write`, or use sign: key.',
                cause: e,
            });
        case 'IDENTITY_TOKEN_PARSE_ERROR':
            return new errors/* PipelineError */.zC('AUTH', 'expected the OIDC identity token to be a JWT with a subject, got one that does not parse', {
                hint: 'Check the token source.',
            });
        case 'CA_CREATE_SIGNING_CERTIFICATE_ERROR':
            return new errors/* PipelineError */.zC(status !== undefined && status < 500 ? 'AUTH' : 'NETWORK', `Fulcio at ${services.fulcio ?? '?'} did not issue a signing certificate${detail}`, {
                hint: status !== undefined && status < 500
                    ? 'Fulcio refused the identity token: check its audience (sigstore) and issuer.'
                    : 'Re-run the job; Fulcio may be unavailable.',
                cause: e,
            });
        case 'TLOG_CREATE_ENTRY_ERROR':
        case 'TLOG_FETCH_ENTRY_ERROR':
            return new errors/* PipelineError */.zC('NETWORK', `Rekor at ${services.rekor ?? '?'} did not log the signature${detail}`, {
                hint: 'Re-run the job; Rekor may be unavailable.',
                cause: e,
            });
        case 'TSA_CREATE_TIMESTAMP_ERROR':
            return new errors/* PipelineError */.zC('NETWORK', `the timestamp authority at ${services.tsa ?? '?'} did not timestamp the signature${detail}`, {
                hint: 'Re-run the job.',
                cause: e,
            });
        default:
            return new errors/* PipelineError */.zC('INTERNAL', `signing failed: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    }
}
function httpStatusOf(e) {
    const s = e?.statusCode;
    return typeof s === 'number' ? s : undefined;
}
const trimSlash = (u) => u.replace(/\/+$/, '');

;// CONCATENATED MODULE: ./shared/src/distribute/attest-signer.ts
/**
 * The signer for distribute-image's `sign` inputs (attest-inputs.ts): sigstore
 * keyless through Fulcio and Rekor, or a key. Its own module because it loads
 * sigstore: run.ts imports it only when the run signs.
 */


/** The signer for the inputs, or undefined for sign: none. */
function signerOf(sign) {
    switch (sign.kind) {
        case 'none':
            return undefined;
        case 'key':
            return createSigner({ kind: 'key', privateKeyPem: sign.privateKeyPem, ...(sign.publicKeyPem !== undefined ? { publicKeyPem: sign.publicKeyPem } : {}) });
        case 'keyless':
            return createSigner({
                kind: 'keyless',
                identity: (0,oidc/* githubIdentityProvider */.vN)(sign.oidc),
                ...(sign.fulcioUrl !== undefined ? { fulcioUrl: sign.fulcioUrl } : {}),
                ...(sign.rekorUrl !== undefined ? { rekorUrl: sign.rekorUrl } : {}),
                ...(sign.tsaUrl !== undefined ? { tsaUrl: sign.tsaUrl } : {}),
            });
    }
}


/***/ })

};
