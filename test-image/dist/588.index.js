export const id = 588;
export const ids = [588,332];
export const modules = {

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

/***/ 52588:
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
var src_preview = __webpack_require__(24659);
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
            subject: `the policy's ${field} ('${(0,src_preview/* preview */.VH)(value, { max: 80, redact: false })}')`,
            hint: 'Name a file inside the repository, relative to the policy file.',
        });
        return (0,read_bounded_file/* readBoundedFile */.M)(file, { what: `${what} '${(0,src_preview/* preview */.VH)(value, { max: 80, redact: false })}' (${field})`, maxBytes: MAX_TRUST_FILE_BYTES });
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
            throw new errors/* PipelineError */.zC('INPUT', `expected signatures.keyless.trustedRoot to be a JSON trusted_root.json, got '${(0,src_preview/* preview */.VH)(text)}'`, {
                hint: `It did not parse (${(0,src_preview/* preview */.VH)(e instanceof Error ? e.message : String(e), { max: 100 })}); use \`cosign trusted-root create\` or your sigstore's trusted_root.json.`,
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
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./shared/src/bytes.ts
var src_bytes = __webpack_require__(71220);
// EXTERNAL MODULE: ./shared/src/oci/digest.ts
var oci_digest = __webpack_require__(88301);
// EXTERNAL MODULE: ./shared/src/result.ts
var result = __webpack_require__(64918);
;// CONCATENATED MODULE: ./shared/src/attest/types.ts
/**
 * Spec shapes for attestations, apart from any behaviour: the in-toto
 * Statement v1 (in-toto/attestation spec/v1/statement.md), its
 * ResourceDescriptor and DigestSet, SLSA Provenance v1 (slsa.dev/provenance/v1)
 * and the media and predicate types we write. Importable without logic.
 */
/** `_type` of every statement we write (in-toto spec/v1/statement.md). */
const types_STATEMENT_TYPE_V1 = 'https://in-toto.io/Statement/v1';
/** DSSE `payloadType` of an in-toto statement (in-toto spec/v1/envelope.md). */
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** The sigstore bundle we write; also the `artifactType` of the OCI referrer that carries it. */
const types_BUNDLE_V03_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** Predicate types we write or wrap. */
const types_PredicateType = {
    /** SLSA Provenance v1 (slsa.dev/spec/v1.0/provenance). */
    SlsaProvenanceV1: 'https://slsa.dev/provenance/v1',
    /** What cosign v3 signs for an image (cosign pkg/types/predicate.go `CosignSignPredicateType`): an empty predicate. */
    CosignSign: 'https://sigstore.dev/cosign/sign/v1',
    Spdx: 'https://spdx.dev/Document',
    CycloneDx: 'https://cyclonedx.org/bom',
};

;// CONCATENATED MODULE: ./shared/src/attest/in-toto.ts
/**
 * in-toto Statement v1 (in-toto/attestation spec/v1/statement.md): pure
 * builders and a strict reader. The rules checked are the spec's and those of
 * its reference validator (go/v1/statement.go, resource_descriptor.go): at
 * least one subject, a non-empty digest on each, lowercase hex of the right
 * length for the standard hashes, a predicateType, a predicate object.
 */





/** Hex lengths of the standard algorithms (in-toto digest_set.md); other keys are opaque ids. */
const HEX_LENGTH = {
    sha256: [64],
    sha384: [96],
    sha512: [128],
    sha224: [56],
    sha512_224: [56],
    sha512_256: [64],
    sha3_224: [56],
    sha3_256: [64],
    sha3_384: [96],
    sha3_512: [128],
    sha1: [40],
    md5: [32],
    gitCommit: [40, 64],
    gitTree: [40, 64],
    gitBlob: [40, 64],
    gitTag: [40, 64],
    dirHash: [64],
};
/** Why a digest set is not acceptable, or undefined when it is. */
function digestSetProblem(digest) {
    if (typeof digest !== 'object' || digest === null || Array.isArray(digest))
        return 'expected a digest object, got ' + kind(digest);
    const entries = Object.entries(digest);
    if (entries.length === 0)
        return 'expected at least one digest, got an empty digest object';
    for (const [alg, value] of entries) {
        if (typeof value !== 'string' || value === '')
            return `expected digest '${(0,src_preview/* preview */.VH)(alg, { redact: false })}' to be a non-empty string, got ${kind(value)}`;
        const lengths = HEX_LENGTH[alg];
        if (lengths !== undefined && !(lengths.includes(value.length) && /^[0-9a-f]+$/.test(value))) {
            return `expected digest '${alg}' to be ${lengths.join(' or ')} lowercase hex digits, got '${(0,src_preview/* preview */.VH)(value, { max: 80, redact: false })}'`;
        }
    }
    return undefined;
}
/**
 * The subject for an OCI manifest or index: `{name?, digest: {sha256: hex}}`.
 * `digest` is `sha256:<hex>` as a registry or layout reports it.
 */
function ociSubject(digest, name) {
    const parsed = parseDigest(digest);
    if (!parsed.ok)
        throw parsed.error;
    const [alg, hex] = [parsed.value.slice(0, parsed.value.indexOf(':')), parsed.value.slice(parsed.value.indexOf(':') + 1)];
    return { ...(name === undefined || name === '' ? {} : { name }), digest: { [alg]: hex } };
}
/**
 * A Statement v1. Throws PipelineError INTERNAL when the parts break the spec:
 * they come from our own code (builders), so a failure here is our bug.
 */
function statement(subject, predicateType, predicate) {
    const problem = statementProblem({ _type: STATEMENT_TYPE_V1, subject, predicateType, predicate });
    if (problem !== undefined)
        throw new PipelineError('INTERNAL', `cannot build an in-toto statement: ${problem}`);
    return { _type: STATEMENT_TYPE_V1, subject: subject.map((s) => ({ ...s })), predicateType, predicate };
}
/**
 * The statement cosign v3 signs for an image (`cosign sign`, new bundle
 * format; cosign cmd/cosign/cli/sign/sign.go `signDigestBundle`): one subject
 * with no name, the image digest and the `-a` annotations (an empty object
 * when none), predicate type https://sigstore.dev/cosign/sign/v1 and an empty
 * predicate. cosign verify checks the subject digest against the image
 * (pkg/cosign/verifiers.go `IntotoSubjectClaimVerifier`) and the annotations
 * against its `-a` flags.
 */
function imageSignatureStatement(digest, annotations = {}) {
    const subject = { ...ociSubject(digest), annotations: { ...annotations } };
    return statement([subject], PredicateType.CosignSign, {});
}
/** The bytes that are signed: compact JSON in the order the builders create. */
function serializeStatement(s) {
    return Buffer.from(JSON.stringify(s), 'utf8');
}
/** True when one subject of the statement carries `digest` (`sha256:<hex>`). Matching is by digest only, as the spec says. */
function subjectMatches(s, digest) {
    const i = digest.indexOf(':');
    if (i <= 0)
        return false;
    const [alg, hex] = [digest.slice(0, i), digest.slice(i + 1)];
    return s.subject.some((subj) => subj.digest[alg] === hex);
}
/** The subjects' digests as `alg:value`, for "expected X, got Y" messages. */
function subjectDigests(s) {
    return s.subject.flatMap((subj) => Object.entries(subj.digest).map(([alg, v]) => `${alg}:${v}`));
}
/**
 * Read a statement we did not write (a DSSE payload, an `attach` file).
 * Accepts `_type` v1 only: v0.1 statements are older than the SLSA v1 and
 * cosign v3 formats we check. `what` names the source for messages.
 */
function parseStatement(text, what) {
    const raw = typeof text === 'string' ? text : Buffer.from(text).toString('utf8');
    let value;
    try {
        value = JSON.parse(raw);
    }
    catch (e) {
        return (0,result/* err */._)(new errors/* PipelineError */.zC('INPUT', `expected ${what} to be JSON, got '${(0,src_preview/* preview */.VH)(raw)}' (${e instanceof Error ? e.message : String(e)})`));
    }
    const problem = statementProblem(value);
    if (problem !== undefined)
        return (0,result/* err */._)(new errors/* PipelineError */.zC('INPUT', `${what} is not an in-toto statement v1: ${problem}`));
    // "Unset is treated the same as set-but-empty" (statement.md, predicate).
    const parsed = value;
    return (0,result.ok)(parsed.predicate === undefined ? { ...parsed, predicate: {} } : parsed);
}
function statementProblem(v) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return `expected an object, got ${kind(v)}`;
    const s = v;
    if (s._type !== types_STATEMENT_TYPE_V1)
        return `expected _type '${types_STATEMENT_TYPE_V1}', got ${quoted(s._type)}`;
    if (!Array.isArray(s.subject) || s.subject.length === 0)
        return `expected a non-empty subject list, got ${kind(s.subject)}`;
    for (const [i, subj] of s.subject.entries()) {
        if (typeof subj !== 'object' || subj === null || Array.isArray(subj))
            return `subject[${i}]: expected an object, got ${kind(subj)}`;
        const name = subj.name;
        if (name !== undefined && typeof name !== 'string')
            return `subject[${i}].name: expected a string, got ${kind(name)}`;
        const problem = digestSetProblem(subj.digest);
        if (problem !== undefined)
            return `subject[${i}].digest: ${problem}`;
    }
    if (typeof s.predicateType !== 'string' || !/^[a-z][a-z0-9+.-]*:\S+$/i.test(s.predicateType)) {
        return `expected predicateType to be a URI, got ${quoted(s.predicateType)}`;
    }
    if (s.predicate !== undefined && (typeof s.predicate !== 'object' || s.predicate === null || Array.isArray(s.predicate))) {
        return `expected predicate to be an object, got ${kind(s.predicate)}`;
    }
    return undefined;
}
function kind(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return v.length === 0 ? 'an empty array' : 'an array';
    if (typeof v === 'string')
        return `'${(0,src_preview/* preview */.VH)(v, { max: 60 })}'`;
    if (typeof v === 'object')
        return 'an object';
    if (v === undefined)
        return 'nothing';
    return typeof v === 'number' || typeof v === 'boolean' ? `${typeof v} ${v}` : typeof v;
}
/** Type URIs are identifiers: shown unredacted (still bounded and control-free). */
const quoted = (v) => (v === undefined ? 'nothing' : typeof v === 'string' ? `'${(0,src_preview/* preview */.VH)(v, { max: 100, redact: false })}'` : kind(v));

;// CONCATENATED MODULE: ./shared/src/attest/bundle.ts
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
    return JSON.stringify(bundleToJSON(bundle));
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
    const fail = (reason) => new errors/* PipelineError */.zC('INPUT', `${opts.what}: ${reason}`);
    if (size > max)
        throw fail(`expected a sigstore bundle of at most ${(0,src_bytes/* formatBytes */.z)(max)}, got ${size} bytes (${(0,src_bytes/* formatBytes */.z)(size)})`);
    const text = typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        throw fail(`expected a sigstore bundle (JSON), got '${(0,src_preview/* preview */.VH)(text)}' (${e instanceof Error ? e.message : String(e)})`);
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json))
        throw fail(`expected a sigstore bundle (a JSON object), got '${(0,src_preview/* preview */.VH)(text)}'`);
    const mediaType = json.mediaType;
    if (mediaType !== types_BUNDLE_V03_MEDIA_TYPE && mediaType !== dist/* BUNDLE_V03_LEGACY_MEDIA_TYPE */.ZZ) {
        throw fail(`expected mediaType '${types_BUNDLE_V03_MEDIA_TYPE}', got ${typeof mediaType === 'string' ? `'${(0,src_preview/* preview */.VH)(mediaType, { max: 80, redact: false })}'` : typeof mediaType}`);
    }
    let bundle;
    try {
        const proto = (0,dist/* bundleFromJSON */.vw)(json);
        (0,dist/* assertBundleLatest */._M)(proto);
        bundle = proto;
    }
    catch (e) {
        const fields = e.fields;
        const which = Array.isArray(fields) && fields.length > 0 ? ` (missing or malformed: ${fields.slice(0, 8).join(', ')})` : '';
        throw fail(`expected a well-formed sigstore bundle v0.3, got one that does not parse${which}: ${(0,src_preview/* preview */.VH)(e instanceof Error ? e.message : String(e), { max: 120 })}`);
    }
    if (bundle.content.$case !== 'dsseEnvelope')
        throw fail(`expected a DSSE envelope in the bundle, got ${bundle.content.$case}`);
    const env = bundle.content.dsseEnvelope;
    if (env.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
        throw fail(`expected DSSE payloadType '${IN_TOTO_PAYLOAD_TYPE}', got '${(0,src_preview/* preview */.VH)(env.payloadType, { max: 80, redact: false })}'`);
    }
    return bundle;
}
/** The in-toto statement a DSSE bundle signs (not yet verified: call verify.ts first for trust). */
function statementOf(bundle, what) {
    const r = parseStatement(bundle.content.dsseEnvelope.payload, `the DSSE payload of ${what}`);
    if (!r.ok)
        throw r.error;
    return r.value;
}

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

// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(19654);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
// EXTERNAL MODULE: ./shared/src/compliance/regex.ts
var regex = __webpack_require__(37332);
;// CONCATENATED MODULE: ./shared/src/attest/keys.ts
/**
 * Signing and verification keys: a PEM PKCS#8 P-256 private key (the
 * `signing-key` input) and SPKI public keys. Each refusal names the input and
 * says what was expected and what was found, describing the key only by its
 * PEM label, type and curve, or its public fingerprint: never the material.
 */


const SIGNING_KEY_INPUT = 'signing-key';
const GENERATE_HINT = 'Create one with `openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out signing-key.pem`.';
const TO_PKCS8 = 'Convert it with `openssl pkcs8 -topk8 -nocrypt -in key.pem -out signing-key.pem`.';
/** Labels of the PEM blocks in `text` (`PRIVATE KEY`, `EC PRIVATE KEY`, ...): safe to show, they are not key material. */
function pemLabels(text) {
    return [...text.matchAll(/-----BEGIN ([A-Z0-9 ]{1,64})-----/g)].map((m) => m[1]);
}
/** What a wrong PEM label means, and the fix. */
const WRONG_LABEL = {
    'ENCRYPTED PRIVATE KEY': {
        got: 'an encrypted PKCS#8 key',
        hint: `Store the key unencrypted in a secret: \`openssl pkcs8 -topk8 -nocrypt -in encrypted.pem -out signing-key.pem\`.`,
    },
    'ENCRYPTED SIGSTORE PRIVATE KEY': { got: "a cosign-encrypted key (cosign generate-key-pair's format)", hint: GENERATE_HINT },
    'ENCRYPTED COSIGN PRIVATE KEY': { got: "a cosign-encrypted key (cosign generate-key-pair's format)", hint: GENERATE_HINT },
    'EC PRIVATE KEY': { got: 'a SEC1 EC key (BEGIN EC PRIVATE KEY)', hint: TO_PKCS8 },
    'RSA PRIVATE KEY': { got: 'a PKCS#1 RSA key', hint: GENERATE_HINT },
    'OPENSSH PRIVATE KEY': { got: 'an OpenSSH key', hint: GENERATE_HINT },
    'PUBLIC KEY': { got: 'a public key', hint: 'Pass the private key; the public key is what verifiers get.' },
    CERTIFICATE: { got: 'a certificate', hint: 'Pass the private key.' },
};
function keyError(reason, hint, input) {
    return new errors/* PipelineError */.zC('INPUT', reason, { input, hint });
}
/** "P-256" for prime256v1, else the curve's OpenSSL name. */
const curveName = (curve) => curve === 'prime256v1' ? 'P-256' : curve === 'secp384r1' ? 'P-384' : curve === 'secp521r1' ? 'P-521' : (curve ?? 'unknown');
function describeKey(k) {
    const type = k.asymmetricKeyType ?? 'unknown';
    return type === 'ec' ? `an EC ${curveName(k.asymmetricKeyDetails?.namedCurve)} key` : `an ${type.toUpperCase()} key`;
}
/** Hex SHA-256 of the key's DER SPKI: a public fingerprint, safe to print. */
function keyHint(publicKey) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update(publicKey.export({ type: 'spki', format: 'der' }))
        .digest('hex');
}
/** Read and check a PEM PKCS#8 P-256 private key. */
function loadSigningKey(pem, opts = {}) {
    const input = opts.input ?? SIGNING_KEY_INPUT;
    const expected = 'expected an unencrypted PEM PKCS#8 P-256 private key (-----BEGIN PRIVATE KEY-----)';
    const labels = pemLabels(pem);
    if (labels.length === 0)
        throw keyError(`${expected}, got text with no PEM block (${pem.trim().length} characters)`, GENERATE_HINT, input);
    const privateLabels = labels.filter((l) => l.includes('PRIVATE KEY'));
    if (privateLabels.length > 1)
        throw keyError(`${expected}, got ${privateLabels.length} private keys`, 'Pass exactly one key.', input);
    const label = privateLabels[0] ?? labels[0];
    if (label !== 'PRIVATE KEY') {
        const wrong = label === undefined ? undefined : WRONG_LABEL[label];
        throw keyError(`${expected}, got ${wrong?.got ?? `a PEM block labelled '${label}'`}`, wrong?.hint ?? GENERATE_HINT, input);
    }
    let privateKey;
    try {
        privateKey = createPrivateKey({ key: pem, format: 'pem' });
    }
    catch (e) {
        // Node's message names the ASN.1 problem, never the bytes; the code is enough.
        const code = e.code ?? 'unparseable';
        throw keyError(`${expected}, got a PRIVATE KEY block that does not parse (${code})`, GENERATE_HINT, input);
    }
    if (privateKey.asymmetricKeyType !== 'ec' || privateKey.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
        throw keyError(`${expected}, got ${describeKey(privateKey)}`, `Sigstore bundles here are signed with ECDSA P-256. ${GENERATE_HINT}`, input);
    }
    const publicKey = createPublicKey(privateKey);
    const hint = keyHint(publicKey);
    if (opts.publicKey !== undefined) {
        const want = loadPublicKey(opts.publicKey, 'public-key');
        const wantHint = keyHint(want);
        if (wantHint !== hint) {
            throw keyError(`expected the private key of the public key with SHA-256 fingerprint ${wantHint}, got the private key of ${hint}`, 'Pass the key pair that belongs together; verifiers of the other public key would reject every signature.', input);
        }
    }
    return { privateKey, publicKey, publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(), hint };
}
/** Read an SPKI PEM public key (`-----BEGIN PUBLIC KEY-----`), P-256 as we sign with. */
function loadPublicKey(pem, input) {
    const expected = 'expected a PEM P-256 public key (-----BEGIN PUBLIC KEY-----)';
    const labels = pemLabels(pem);
    if (labels.length !== 1 || labels[0] !== 'PUBLIC KEY') {
        const got = labels.length === 0
            ? 'text with no PEM block'
            : labels.length > 1
                ? `${labels.length} PEM blocks`
                : labels[0]?.includes('PRIVATE KEY') === true
                    ? 'a private key (keep it secret: verifiers need only the public key)'
                    : `a PEM block labelled '${labels[0]}'`;
        throw keyError(`${expected}, got ${got}`, 'Export it with `openssl pkey -in signing-key.pem -pubout -out signing-key.pub`.', input);
    }
    let key;
    try {
        key = (0,external_node_crypto_.createPublicKey)({ key: pem, format: 'pem' });
    }
    catch (e) {
        throw keyError(`${expected}, got a PUBLIC KEY block that does not parse (${e.code ?? 'unparseable'})`, 'Export it again with `openssl pkey -pubout`.', input);
    }
    if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
        throw keyError(`${expected}, got ${describeKey(key)}`, 'Signatures here are ECDSA P-256; use the public half of the signing key.', input);
    }
    return key;
}
/** A fresh P-256 key pair as PEM, for local runs that sign with a throwaway key. */
function generateSigningKeyPair() {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    return {
        privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
        publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    };
}

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
        const key = loadPublicKey(policy.publicKeyPem, policy.source ?? 'public-key');
        const hint = keyHint(key);
        const verifier = new verify_dist/* Verifier */.BL(keyTrustMaterial(key), { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 });
        return {
            verify(raw, expect, what) {
                const bundle = asBundle(raw, what);
                if ((0,dist/* isBundleWithCertificateChain */.Rc)(bundle) || bundle.verificationMaterial.content.$case === 'certificate') {
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
                throw refusal(what, `expected the certificate issuer ${issuer.describe}, got '${(0,src_preview/* preview */.VH)(iss, { max: 200, redact: false })}'`);
            if (!identity.test(san))
                throw refusal(what, `expected the certificate identity ${identity.describe}, got '${(0,src_preview/* preview */.VH)(san, { max: 200, redact: false })}'`);
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
        throw new errors/* PipelineError */.zC('INPUT', `expected a sigstore trusted root, got one that does not load: ${(0,src_preview/* preview */.VH)(e instanceof Error ? e.message : String(e), { max: 120 })}`, {
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
    return typeof raw === 'string' || raw instanceof Uint8Array ? parseBundle(raw, { what }) : raw;
}
function runVerifier(verifier, bundle, what, expected) {
    try {
        return verifier.verify((0,verify_dist/* toSignedEntity */.DC)(bundle));
    }
    catch (e) {
        const code = e.code;
        const message = (0,src_preview/* preview */.VH)(e instanceof Error ? e.message : String(e), { max: 160, redact: false });
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
        s = statementOf(bundle, what);
    }
    catch (e) {
        throw refusal(what, e instanceof errors/* PipelineError */.zC ? e.reason : String(e), e);
    }
    if (expect.predicateType !== undefined && s.predicateType !== expect.predicateType) {
        throw refusal(what, `expected predicate type ${expect.predicateType}, got ${(0,src_preview/* preview */.VH)(s.predicateType, { max: 120, redact: false })}`);
    }
    if (expect.subjectDigest !== undefined && !subjectMatches(s, expect.subjectDigest)) {
        const got = subjectDigests(s)
            .slice(0, 5)
            .map((d) => (0,src_preview/* preview */.VH)(d, { max: 80, redact: false }));
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
        throw new errors/* PipelineError */.zC('INPUT', `expected a regular expression (Go/RE2 syntax), got '${(0,src_preview/* preview */.VH)(m.regex, { max: 120, redact: false })}': ${r.error}`, {
            input,
        });
    const re = r.value;
    return { describe: `matching /${m.regex}/`, test: (v) => re.test(v) };
}

// EXTERNAL MODULE: ./shared/src/compliance/engine.ts + 12 modules
var engine = __webpack_require__(47067);
// EXTERNAL MODULE: ./shared/src/oci/media-types.ts
var media_types = __webpack_require__(99949);
;// CONCATENATED MODULE: ./shared/src/oci/artifact.ts
/**
 * OCI 1.1 artifact manifests (image-spec manifest.md "Guidelines for
 * Artifact Usage", descriptor.md#empty-descriptor), pure: what we attach to
 * an image (a signature bundle, an SBOM statement) is an image manifest with
 * an `artifactType`, the empty config, the files as layers, and a `subject`
 * naming the image. The image itself is never rewritten, so its digest holds.
 */




/** The two bytes `{}`: the empty config (and the layer of an artifact with no files). */
const EMPTY_JSON = Buffer.from('{}');
/** The empty descriptor, with its content inline (`e30=` is base64 of `{}`). */
const EMPTY_DESCRIPTOR = Object.freeze({
    mediaType: media_types/* MediaType */.zu.OciEmpty,
    digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
    size: 2,
    data: 'e30=',
});
// RFC 6838 type/subtype (restricted-name characters), without parameters.
const MEDIA_TYPE_RE = /^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}\/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$/;
const isMediaType = (s) => typeof s === 'string' && MEDIA_TYPE_RE.test(s);
function checkMediaType(value, what) {
    if (!isMediaType(value)) {
        throw new PipelineError('INPUT', `${what}: expected a media type like application/vnd.example+json, got '${preview(value, { max: 80, redact: false })}'`, {
            hint: 'Use type/subtype (RFC 6838) without parameters.',
        });
    }
}
/** Only what a subject needs (descriptor.md): no platform, no annotations, no inline data. */
function subjectDescriptor(image) {
    if (!isManifestMediaType(image.mediaType) && !isIndexMediaType(image.mediaType)) {
        throw new PipelineError('INPUT', `a referrer's subject must be an image manifest or index, got a ${preview(image.mediaType, { max: 80, redact: false })}`, {
            hint: "Attach to the pushed image's digest (its manifest or index).",
        });
    }
    return { mediaType: image.mediaType, digest: image.digest, size: image.size };
}
/**
 * The artifact manifest for `spec`, referring to `subject`. An artifact with
 * no files gets the empty descriptor as its one layer, as the image spec
 * advises for portability (some registries refuse an empty `layers`).
 */
function buildArtifact(subject, spec) {
    checkMediaType(spec.artifactType, 'artifactType');
    const layers = spec.blobs.map((b, i) => {
        checkMediaType(b.mediaType, `blob ${i + 1} of the ${spec.artifactType} artifact`);
        const d = { mediaType: b.mediaType, digest: digestBytes(b.bytes), size: b.bytes.length };
        if (b.annotations !== undefined && Object.keys(b.annotations).length > 0)
            d.annotations = { ...b.annotations };
        return { descriptor: d, bytes: b.bytes };
    });
    const empty = { descriptor: { ...EMPTY_DESCRIPTOR }, bytes: EMPTY_JSON };
    const manifest = {
        schemaVersion: 2,
        mediaType: MediaType.OciManifest,
        artifactType: spec.artifactType,
        config: { ...EMPTY_DESCRIPTOR },
        layers: layers.length > 0 ? layers.map((l) => l.descriptor) : [{ ...EMPTY_DESCRIPTOR }],
        subject: subjectDescriptor(subject),
    };
    if (spec.annotations !== undefined && Object.keys(spec.annotations).length > 0)
        manifest.annotations = { ...spec.annotations };
    const bytes = Buffer.from(JSON.stringify(manifest));
    // The same blob twice (two identical files) is pushed once.
    const blobs = [empty, ...layers].filter((b, i, all) => all.findIndex((o) => o.descriptor.digest === b.descriptor.digest) === i);
    return { manifest, bytes, descriptor: referrerDescriptor(manifest, digestBytes(bytes), bytes.length), blobs };
}
/**
 * A referrer's descriptor as the distribution spec lists it: `artifactType`
 * from the manifest (or, failing that, its config's media type) and the
 * manifest's annotations copied up, so a reader can filter without fetching.
 */
function referrerDescriptor(manifest, digest, size) {
    const d = { mediaType: manifest.mediaType ?? media_types/* MediaType */.zu.OciManifest, digest, size };
    const type = manifest.artifactType ?? manifest.config?.mediaType;
    if (typeof type === 'string' && type !== '')
        d.artifactType = type;
    if (manifest.annotations !== undefined && Object.keys(manifest.annotations).length > 0)
        d.annotations = { ...manifest.annotations };
    return d;
}

// EXTERNAL MODULE: ./shared/src/oci/source.ts
var source = __webpack_require__(85512);
;// CONCATENATED MODULE: ./shared/src/oci/referrers-index.ts
/**
 * Lists of referrers (distribution-spec 1.1 "Listing Referrers" and the
 * "Referrers Tag Schema"), pure: the fallback tag's name, reading an index of
 * referrer descriptors that a registry sent (untrusted: bounded, each entry
 * checked, a bad one skipped with the reason), merging, and writing one.
 */





/** Most referrers read for one subject: past this a list is refused, not cut (a silent cut could hide a signature). */
const referrers_index_MAX_REFERRERS = 1000;
/** `sha256-<hex>`: the tag a registry without the referrers API keeps the subject's referrers under (alg cut to 32, encoded to 64). */
function referrers_index_fallbackTag(subject) {
    return `${(0,oci_digest/* algorithmOf */.Hy)(subject).slice(0, 32)}-${(0,oci_digest/* encodedOf */.EX)(subject).slice(0, 64)}`;
}
/** A JSON value for a message: strings as they are, anything else as JSON, then previewed. */
const shown = (v, max) => (0,src_preview/* preview */.VH)(typeof v === 'string' ? v : (JSON.stringify(v) ?? 'nothing'), { max, redact: false });
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function stringMap(v) {
    if (!isRecord(v))
        return undefined;
    const out = {};
    for (const [k, s] of Object.entries(v))
        if (typeof s === 'string')
            out[k] = s;
    return out;
}
/** One entry of a referrers index, or why it is skipped. */
function readEntry(v) {
    if (!isRecord(v))
        return { reason: 'not a descriptor object' };
    const digest = typeof v.digest === 'string' ? (0,oci_digest/* parseDigest */.m)(v.digest) : undefined;
    const label = typeof v.digest === 'string' ? (0,src_preview/* preview */.VH)(v.digest, { max: 80, redact: false }) : undefined;
    const skip = (reason) => (label !== undefined ? { digest: label, reason } : { reason });
    if (digest === undefined || !digest.ok)
        return skip('expected a digest like sha256:<64 hex>, got something else');
    if (typeof v.mediaType !== 'string' || !((0,media_types/* isManifestMediaType */.CM)(v.mediaType) || (0,media_types/* isIndexMediaType */.$$)(v.mediaType))) {
        return skip(`expected an OCI manifest or index media type, got ${typeof v.mediaType === 'string' ? (0,src_preview/* preview */.VH)(v.mediaType, { max: 80, redact: false }) : 'none'}`);
    }
    if (typeof v.size !== 'number' || !Number.isSafeInteger(v.size) || v.size < 0 || v.size > source/* MAX_JSON_BLOB */.O) {
        return skip(`expected a size between 0 and ${source/* MAX_JSON_BLOB */.O} bytes`);
    }
    const d = { mediaType: v.mediaType, digest: digest.value, size: v.size };
    if (typeof v.artifactType === 'string')
        d.artifactType = v.artifactType;
    const annotations = stringMap(v.annotations);
    if (annotations !== undefined && Object.keys(annotations).length > 0)
        d.annotations = annotations;
    return d;
}
/**
 * Read an index of referrers. Something that is not an index at all, or an
 * index naming another subject, is an error (`what` names it); an index of
 * more than `maxEntries` is refused; a malformed entry, or the same digest
 * twice, is skipped with the reason.
 */
function parseReferrersIndex(bytes, opts) {
    const max = opts.maxEntries ?? referrers_index_MAX_REFERRERS;
    const fail = (got) => {
        throw new errors/* PipelineError */.zC('REGISTRY', `${opts.what}: expected an OCI image index of referrers, got ${got}`, {
            hint: 'The registry (or whoever wrote that tag) stored something else there; remove or fix it, then run again.',
        });
    };
    let doc;
    try {
        doc = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        return fail(`${bytes.length} bytes that are not JSON (${(0,src_preview/* preview */.VH)(bytes.subarray(0, 60).toString('utf8'), { max: 40 })})`);
    }
    if (!isRecord(doc))
        return fail('JSON that is not an object');
    if (doc.mediaType !== undefined && doc.mediaType !== media_types/* MediaType */.zu.OciIndex)
        return fail(`a ${shown(doc.mediaType, 80)}`);
    if (doc.schemaVersion !== 2)
        return fail(`schemaVersion ${shown(doc.schemaVersion, 20)}`);
    if (!Array.isArray(doc.manifests))
        return fail('an object without a manifests list');
    const subject = isRecord(doc.subject) ? doc.subject.digest : undefined;
    if (subject !== undefined && subject !== opts.subject) {
        return fail(`a list for subject ${shown(subject, 80)}, not ${opts.subject}`);
    }
    if (doc.manifests.length > max) {
        throw new errors/* PipelineError */.zC('REGISTRY', `${opts.what} lists ${doc.manifests.length} referrers, more than the ${max} we read`, {
            hint: 'Prune old attachments of this image (or push it anew); a list that long is likely runaway or hostile.',
        });
    }
    const list = { entries: [], skipped: [] };
    const seen = new Set();
    for (const raw of doc.manifests) {
        const e = readEntry(raw);
        if (!('mediaType' in e))
            list.skipped.push(e);
        else if (seen.has(e.digest))
            list.skipped.push({ digest: e.digest, reason: 'listed twice' });
        else {
            seen.add(e.digest);
            list.entries.push(e);
        }
    }
    return list;
}
/**
 * `base` with every entry of `add` it lacks, in order (entries are told apart
 * by digest; the first one seen is kept). `added` counts the new ones.
 */
function referrers_index_mergeReferrers(base, add) {
    const have = new Set(base.map((d) => d.digest));
    const entries = [...base];
    for (const d of add) {
        if (have.has(d.digest))
            continue;
        have.add(d.digest);
        entries.push(d);
    }
    return { entries, added: entries.length - base.length };
}
/** The bytes of a referrers index (the fallback tag's content). */
function referrers_index_referrersIndexBytes(entries) {
    const index = { schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: [...entries] };
    return Buffer.from(JSON.stringify(index));
}
/** The entries of the given artifact type (all when undefined). */
const ofArtifactType = (entries, artifactType) => artifactType === undefined ? [...entries] : entries.filter((d) => d.artifactType === artifactType);

;// CONCATENATED MODULE: ./shared/src/retry/limit.ts
/**
 * The one bounded-concurrency helper: run `fn` over `items` with at most
 * `limit` calls in flight, in order of the items.
 *
 * On the first failure no new item starts; the calls already running are
 * awaited (so nothing keeps working, or fails unobserved, after we return),
 * then the first error is rethrown. Callers that want every item tried
 * despite failures catch inside `fn` (distribute.ts and ami-distribute.ts do,
 * recording the failure per destination or region).
 *
 * A limit below 1 (or NaN) is treated as 1: a bad limit must never
 * mean "do nothing and report success".
 */
async function limit_forEachLimited(items, limit, fn) {
    const width = Number.isNaN(limit) ? 1 : Math.max(1, Math.floor(limit));
    let next = 0;
    let failure;
    const worker = async () => {
        while (failure === undefined && next < items.length) {
            const index = next++;
            try {
                await fn(items[index], index);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
    if (failure !== undefined)
        throw failure.error;
}

;// CONCATENATED MODULE: ./shared/src/retry/paginate.ts
/**
 * The one paginator for token-paged APIs (EC2's NextToken). A buggy or
 * hostile endpoint that keeps answering with a token, or repeats one, must
 * not loop forever: both end with an error naming what was listed.
 */

const DEFAULT_MAX_PAGES = 1000;
/** Every item of every page, in order, fetching a page only when the previous one is used up. */
async function* paginate(fetchPage, opts) {
    const maxPages = opts.maxPages ?? DEFAULT_MAX_PAGES;
    const seen = new Set();
    let token;
    for (let pages = 1;; pages++) {
        const page = await fetchPage(token);
        yield* page.items ?? [];
        token = page.next;
        if (token === undefined || token === '')
            return;
        if (seen.has(token)) {
            throw new errors/* PipelineError */.zC(opts.code, `${opts.what} returned the same page token twice; stopped after ${pages} pages`, {
                hint: 'The endpoint is misbehaving; run again, and report it if it persists.',
            });
        }
        seen.add(token);
        if (pages >= maxPages) {
            throw new errors/* PipelineError */.zC(opts.code, `${opts.what} still had more after ${maxPages} pages; stopped there`, {
                hint: 'Narrow what is listed (e.g. fewer resources under the filter), or report the endpoint if it is looping.',
            });
        }
    }
}
/** All items of all pages, as an array. */
async function collectPages(fetchPage, opts) {
    const out = [];
    for await (const item of paginate(fetchPage, opts))
        out.push(item);
    return out;
}

// EXTERNAL MODULE: ./shared/src/registry/transport/origin.ts
var origin = __webpack_require__(62639);
;// CONCATENATED MODULE: ./shared/src/registry/client/referrers-api.ts
/**
 * The referrers API of distribution-spec 1.1 (GET /v2/<name>/referrers/<digest>):
 * whether a registry has it, and reading its (paginated) lists.
 *
 * Support is learned from a probe GET, not from the OCI-Subject header of a
 * manifest PUT: a registry may send that header without serving the list
 * (or drop it behind a proxy), and a probe also works before anything is
 * pushed and for readers that push nothing. 200 with an image index: the
 * API. 404 (the spec forbids it where the API exists), 400/405/406, or a
 * 200 that is not an index: no API, so the fallback tag. The answer is kept
 * per client (one per registry per run) and repository.
 */






/** What a probe's answer says. Pure. */
function supportFromProbe(page) {
    if (page.status !== 200)
        return { api: false, why: `the referrers endpoint answered HTTP ${page.status}` };
    if (page.contentType !== media_types/* MediaType */.zu.OciIndex) {
        return {
            api: false,
            why: `the referrers endpoint answered 200 with ${(0,src_preview/* preview */.VH)(page.contentType || 'no content type', { max: 60, redact: false })}, not an image index`,
        };
    }
    try {
        const doc = JSON.parse(page.bytes.toString('utf8'));
        if (Array.isArray(doc.manifests))
            return { api: true };
    }
    catch {
        /* not JSON: below */
    }
    return { api: false, why: 'the referrers endpoint answered 200 with a body that is not an image index' };
}
const known = new WeakMap();
/**
 * Whether `repo` on the client's registry has the referrers API; one probe per client and repository. `fresh`
 * asks again and keeps the new answer: a probe for a subject not yet pushed may be told "no such manifest" (Quay
 * answered 404, later 400) by a registry that has the API, which reads here as no API.
 */
function referrersSupport(client, repo, subject, opts = {}) {
    let byRepo = known.get(client);
    if (byRepo === undefined) {
        byRepo = new Map();
        known.set(client, byRepo);
    }
    if (opts.fresh === true)
        byRepo.delete(repo);
    let p = byRepo.get(repo);
    if (p === undefined) {
        p = client.getReferrers(repo, subject).then(supportFromProbe);
        byRepo.set(repo, p);
        // A probe that failed (auth, network) is not an answer: the next call asks again.
        p.catch(() => byRepo.delete(repo));
    }
    return p;
}
/** The `rel="next"` target of a Link header, resolved against the page it came with; undefined when none. Pure. */
function nextPage(link, base) {
    for (const part of link.split(/,(?=\s*<)/)) {
        const m = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
        if (m === null)
            continue;
        const rels = /(?:^|;)\s*rel\s*=\s*"?([^";]*)"?/i.exec(m[2] ?? '');
        if (rels?.[1]?.split(/\s+/).includes('next') !== true)
            continue;
        try {
            return new URL(m[1] ?? '', base);
        }
        catch {
            return undefined;
        }
    }
    return undefined;
}
/**
 * Every referrer the API lists for `subject`, all pages (at most
 * `maxEntries` in all; a page off the registry's origin, a page that is not
 * an index, or a loop of pages is an error). `filtered` says whether the
 * registry applied the artifactType filter itself (callers filter anyway).
 */
async function apiReferrers(client, repo, subject, opts = {}) {
    const max = opts.maxEntries ?? referrers_index_MAX_REFERRERS;
    const what = `the referrers list of ${subject} in ${client.registry}/${repo}`;
    let filtered = false;
    let count = 0;
    let first;
    const lists = await collectPages(async (token) => {
        const page = await client.getReferrers(repo, subject, token !== undefined ? { page: new URL(token) } : opts.artifactType !== undefined ? { artifactType: opts.artifactType } : {});
        first ??= page.url;
        if (page.status !== 200 || page.contentType !== media_types/* MediaType */.zu.OciIndex) {
            throw new errors/* PipelineError */.zC('REGISTRY', `${what}: expected 200 with an image index, got HTTP ${page.status} (${(0,src_preview/* preview */.VH)(page.contentType || 'no content type', { max: 60, redact: false })})`, {
                hint: 'The registry answered the referrers API inconsistently; run again, and report it to the registry if it persists.',
            });
        }
        if (token === undefined)
            filtered = page.filtersApplied.split(',').some((f) => f.trim() === 'artifactType');
        const list = parseReferrersIndex(page.bytes, { what, subject, maxEntries: max });
        count += list.entries.length + list.skipped.length;
        if (count > max) {
            throw new errors/* PipelineError */.zC('REGISTRY', `${what} has more than the ${max} referrers we read`, {
                hint: 'Prune old attachments of this image; a list that long is likely runaway or hostile.',
            });
        }
        const next = nextPage(page.link, page.url);
        if (next !== undefined && !(0,origin/* sameOrigin */.Nm)(next, first)) {
            throw new errors/* PipelineError */.zC('REGISTRY', `${what}: the registry sent the next page to ${(0,origin/* redactUrl */.BO)(next)}, off its own origin`, {
                hint: 'The registry is misconfigured or hostile; its referrers were not followed there.',
            });
        }
        return { items: [list], next: next?.toString() };
    }, { what, code: 'REGISTRY', maxPages: 100 });
    return { entries: lists.flatMap((l) => l.entries), skipped: lists.flatMap((l) => l.skipped), filtered };
}

// EXTERNAL MODULE: ./shared/src/registry/transport/registry-error.ts
var registry_error = __webpack_require__(17221);
;// CONCATENATED MODULE: ./shared/src/registry/client/referrers-fallback.ts
/**
 * The referrers tag schema of distribution-spec 1.1, for registries without
 * the referrers API: the tag `sha256-<hex>` holds an image index listing the
 * subject's referrers (artifactType and annotations copied up).
 *
 * Writing it is a read-modify-write with no compare-and-swap (distribution
 * 2.x has no If-Match), so two runs attaching at once can each overwrite the
 * other's entry. Each writer therefore reads the tag again after a short
 * settle; if any entry it wrote is gone (its own, or another writer's it had
 * merged), it merges what is there with what it wrote and writes again, a
 * bounded number of times with jittered backoff (retry/retry.ts), so
 * concurrent writers drift apart and both entries end up listed. What is
 * left open: a writer whose read-to-write takes longer than the other's
 * settle and re-read; the settle is well above one request's time and grows
 * with the writer's own read-to-write time.
 *
 * Two phases (writeFallback): the write, after which the index lists every
 * entry, and the confirmation (settle, re-read, repair), which a caller may
 * run beside other work: distribute moves the image's tags once the index is
 * written, so no tag moves to an image whose index lacks our entries at that
 * moment, and still fails the step when the confirmation finally fails.
 * addToFallback runs both, one after the other.
 */








/** Rewrites of the fallback index after a lost update: 8 tries, jittered from 200 ms. */
const FALLBACK_RETRY = { attempts: 8, baseDelayMs: 200, maxDelayMs: 3_000, budgetMs: 90_000 };
/**
 * Least wait between writing the index and reading it back: well above one
 * request on any sane network (the wait is at least three times this
 * writer's own read-to-write time, so it grows where requests are slow).
 */
const FALLBACK_SETTLE_MS = 500;
const where = (client, repo, tag) => `the referrers tag ${client.registry}/${repo}:${tag}`;
/** The subject's fallback index; empty when the tag does not exist. */
async function readFallback(client, repo, subject, opts = {}) {
    const tag = referrers_index_fallbackTag(subject);
    let m;
    try {
        m = await client.getManifest(repo, tag);
    }
    catch (e) {
        if ((0,errors/* isPipelineError */.h$)(e, 'NOT_FOUND'))
            return { entries: [], skipped: [] };
        throw e;
    }
    const what = where(client, repo, tag);
    if (m.mediaType !== media_types/* MediaType */.zu.OciIndex) {
        throw new errors/* PipelineError */.zC('REGISTRY', `${what}: expected an OCI image index of referrers, got a ${(0,src_preview/* preview */.VH)(m.mediaType || 'manifest without media type', { max: 80, redact: false })}`, {
            hint: `Something else was pushed under that tag; move it elsewhere (the tag name is reserved for referrers by the OCI distribution spec) and run again.`,
        });
    }
    return parseReferrersIndex(m.bytes, { what, subject, maxEntries: opts.maxEntries ?? referrers_index_MAX_REFERRERS });
}
class LostUpdate extends Error {
    missing;
    constructor(missing) {
        super(`${missing.length} referrer(s) missing from the index after writing it`);
        this.missing = missing;
    }
}
/**
 * Drop the entries whose manifest the repository no longer has (a registry
 * refuses an index naming a missing manifest: distribution 2.8 answers 400
 * MANIFEST_BLOB_UNKNOWN), keeping `keep` in any case.
 */
async function pruneMissing(client, repo, entries, keep) {
    const present = new Array(entries.length).fill(true);
    await forEachLimited(entries, 8, async (d, i) => {
        if (!keep.has(d.digest))
            present[i] = (await client.headManifest(repo, d.digest, ['pull'])) !== undefined;
    });
    return { kept: entries.filter((_, i) => present[i]), pruned: entries.filter((_, i) => !present[i]) };
}
const blobUnknown = (e) => e instanceof RegistryError && e.failure.status === 400 && (e.failure.codes ?? []).includes('MANIFEST_BLOB_UNKNOWN');
/**
 * Phase 1 of adding `add` (their manifests already pushed) to the subject's
 * fallback index, keeping what others listed: read, merge and write. When it
 * resolves, the index lists every entry of `add`.
 */
async function writeFallback(client, repo, subject, add, opts = {}) {
    const tag = fallbackTag(subject);
    const sleep = opts.sleep ?? ((ms) => realSleep(ms));
    const settle = opts.settleMs ?? FALLBACK_SETTLE_MS;
    const limits = opts.maxEntries !== undefined ? { maxEntries: opts.maxEntries } : {};
    const ours = new Set(add.map((d) => d.digest));
    // Everything this call has written so far: restored if a concurrent writer drops it.
    let wrote = [];
    let writes = 0;
    const pruned = [];
    const put = async (entries) => {
        try {
            await client.putManifest(repo, tag, MediaType.OciIndex, referrersIndexBytes(entries));
            return entries;
        }
        catch (e) {
            if (!blobUnknown(e))
                throw e;
            const p = await pruneMissing(client, repo, entries, ours);
            if (p.pruned.length === 0)
                throw e;
            pruned.push(...p.pruned);
            await client.putManifest(repo, tag, MediaType.OciIndex, referrersIndexBytes(p.kept));
            return p.kept;
        }
    };
    /** Read, merge, write: the index as written, or as read when it listed everything already (undefined `began`: nothing written). */
    const write = async () => {
        const began = Date.now();
        const current = await readFallback(client, repo, subject, limits);
        const merged = mergeReferrers(current.entries, [...wrote.filter((d) => !pruned.some((p) => p.digest === d.digest)), ...add]);
        if (merged.added === 0)
            return { entries: current.entries };
        if (merged.entries.length > (opts.maxEntries ?? MAX_REFERRERS)) {
            throw new PipelineError('REGISTRY', `${where(client, repo, tag)} would list ${merged.entries.length} referrers, more than the ${opts.maxEntries ?? MAX_REFERRERS} we keep`, {
                hint: 'Prune old attachments of this image (delete their manifests and entries), or push the image anew.',
            });
        }
        wrote = await put(merged.entries);
        writes++;
        return { entries: wrote, began };
    };
    /** After a write: wait, read back, and fail with LostUpdate when an entry this call wrote is gone. */
    const check = async (began) => {
        // A slow machine or network is slow for the other writer too: the settle grows with our own read-to-write time.
        await sleep(Math.max(settle, 3 * (Date.now() - began)));
        const after = await readFallback(client, repo, subject, limits);
        const listed = new Set(after.entries.map((d) => d.digest));
        const missing = wrote.filter((d) => !listed.has(d.digest));
        if (missing.length > 0)
            throw new LostUpdate(missing);
        return after.entries;
    };
    const first = await write();
    const confirm = async () => {
        // Nothing written: the index listed every entry already, and a re-read would confirm nothing of ours.
        if (first.began === undefined)
            return { entries: first.entries, writes, pruned };
        const firstBegan = first.began;
        const entries = await withRetry(async (attempt) => {
            // The first round's write is phase 1, done; later rounds write again.
            if (attempt === 1)
                return check(firstBegan);
            const w = await write();
            return w.began === undefined ? w.entries : check(w.began);
        }, {
            policy: opts.retry ?? FALLBACK_RETRY,
            // The registry's own failures were retried per request by the client; only a lost update is worth a new round.
            classify: (e) => (e instanceof LostUpdate ? { retry: true, why: 'lost update' } : { retry: false, why: 'not a lost update' }),
            sleep: (ms) => sleep(ms),
        }).catch((e) => {
            if (!(e instanceof LostUpdate))
                throw e;
            throw new PipelineError('REGISTRY', `${where(client, repo, tag)} kept losing entries (${e.missing.map((d) => d.digest).join(', ')}) to concurrent writers`, {
                hint: "Another job keeps rewriting this image's referrers; run again when it is done.",
            });
        });
        return { entries, writes, pruned };
    };
    return { entries: first.entries, writes, confirm };
}
/**
 * Make the subject's fallback index list every entry of `add` (their
 * manifests already pushed), keeping what others listed, and confirm it by
 * reading it back after a settle: writeFallback's two phases in a row.
 */
async function addToFallback(client, repo, subject, add, opts = {}) {
    return (await writeFallback(client, repo, subject, add, opts)).confirm();
}

;// CONCATENATED MODULE: ./shared/src/registry/client/referrers.ts
/**
 * Reading OCI 1.1 referrers through our own registry client: the referrers
 * of an image from the referrers API or the fallback tag `sha256-<hex>`
 * (referrers-api.ts, referrers-fallback.ts), bounded, and by default
 * verified against each artifact manifest's own `subject`. Pushing them is
 * distribute/referrers-push.ts, above this layer.
 */








/** Fetch each entry's manifest and keep those that really refer to `subject`, described from the manifest itself. */
async function verifyEntries(client, repo, subject, entries) {
    const out = new Array(entries.length);
    await limit_forEachLimited(entries, 4, async (d, i) => {
        const skip = (reason) => {
            out[i] = { digest: d.digest, reason };
        };
        let m;
        try {
            m = await client.getManifest(repo, d.digest);
        }
        catch (e) {
            if ((0,errors/* isPipelineError */.h$)(e, 'NOT_FOUND'))
                return skip('listed, but the repository has no such manifest');
            throw e;
        }
        if ((0,oci_digest/* digestBytes */.QN)(m.bytes, (0,oci_digest/* algorithmOf */.Hy)(d.digest)) !== d.digest)
            return skip('the registry served other bytes than that digest');
        let doc;
        try {
            doc = JSON.parse(m.bytes.toString('utf8'));
        }
        catch {
            return skip('its manifest is not JSON');
        }
        const s = doc.subject?.digest;
        if (s !== subject)
            return skip(s === undefined ? 'its manifest has no subject' : `its manifest refers to ${(0,src_preview/* preview */.VH)(String(s), { max: 80, redact: false })}, not ${subject}`);
        out[i] = referrerDescriptor({ ...doc, mediaType: doc.mediaType ?? d.mediaType }, d.digest, m.bytes.length);
    });
    const kept = [];
    const skipped = [];
    for (const x of out) {
        if (x === undefined)
            continue;
        if ('mediaType' in x)
            kept.push(x);
        else
            skipped.push(x);
    }
    return { kept, skipped };
}
/** The referrers of `subject` in `repo`, from the referrers API or the fallback tag, bounded and (by default) verified. */
async function listReferrers(client, repo, subject, opts = {}) {
    const digest = typeof subject === 'string' ? subject : subject.digest;
    const support = await referrersSupport(client, repo, digest);
    const limits = opts.maxEntries !== undefined ? { maxEntries: opts.maxEntries } : {};
    const listed = support.api
        ? await apiReferrers(client, repo, digest, { ...limits, ...(opts.artifactType !== undefined ? { artifactType: opts.artifactType } : {}) })
        : await readFallback(client, repo, digest, limits);
    // Filtered here too: a registry may ignore the filter (OCI-Filters-Applied tells, but costs nothing to redo).
    let referrers = ofArtifactType(listed.entries, opts.artifactType);
    let skipped = listed.skipped;
    if (opts.verify !== false) {
        const v = await verifyEntries(client, repo, digest, referrers);
        referrers = ofArtifactType(v.kept, opts.artifactType);
        skipped = [...skipped, ...v.skipped];
    }
    return { via: support.api ? 'api' : 'fallback', referrers, skipped };
}

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
    const maxBytes = Math.min(opts.maxBundleBytes ?? MAX_SIGNATURE_BUNDLE_BYTES, MAX_BUNDLE_BYTES);
    const listed = await listReferrers(client, repo, parsed.value, { artifactType: types_BUNDLE_V03_MEDIA_TYPE, maxEntries: maxReferrers });
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
    const required = [...(policy.requireSignature ? [types_PredicateType.CosignSign] : []), ...policy.require.filter((t) => t !== types_PredicateType.CosignSign)];
    const problems = [];
    for (const type of required) {
        if (verified.some((v) => v.predicateType === type))
            continue;
        const failed = unverified.filter((u) => u.predicateType === type);
        const isSignature = type === types_PredicateType.CosignSign;
        const thing = isSignature ? 'an image signature' : `an attestation of type ${type}`;
        if (failed.length > 0) {
            const first = failed[0];
            problems.push({
                rule: SignatureRule.BadSignature,
                predicateType: type,
                message: `${image}: expected ${thing} by a trusted signer, got ${failed.length} that did not verify (${first.referrer}: ${(0,src_preview/* preview */.VH)(first.reason, { max: 300, redact: false })})`,
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
        bundle = parseBundle(bytes, { what });
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
        throw new errors/* PipelineError */.zC('INPUT', `${what}: expected a JSON manifest, got '${(0,src_preview/* preview */.VH)(m.bytes.toString('utf8'))}'`);
    }
    const layers = Array.isArray(doc.layers) ? doc.layers : [];
    const layer = layers.find((l) => typeof l.mediaType === 'string' && l.mediaType.startsWith('application/vnd.dev.sigstore.bundle'));
    if (layer === undefined || typeof layer.digest !== 'string' || typeof layer.size !== 'number') {
        throw new errors/* PipelineError */.zC('INPUT', `${what}: expected a layer of media type ${types_BUNDLE_V03_MEDIA_TYPE}, got ${layers.length} layers and none of that type`);
    }
    if (!/^sha256:[0-9a-f]{64}$/.test(layer.digest))
        throw new errors/* PipelineError */.zC('INPUT', `${what}: expected a sha256 layer digest, got '${(0,src_preview/* preview */.VH)(layer.digest)}'`);
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
    const client = (0,connect/* clientFactory */.A)((0,connect_inputs/* connectOptions */.jN)(inputs.connect, { mask: (s) => io.mask(s) }))(ref.registry);
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
