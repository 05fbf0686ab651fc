export const id = 5079;
export const ids = [5079];
export const modules = {

/***/ 5079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   keylessBundler: () => (/* binding */ keylessBundler)
/* harmony export */ });
/* harmony import */ var _sigstore_sign__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15179);
/**
 * Keyless signing's protocol work, with @sigstore/sign: an ephemeral key
 * certified by Fulcio for the job's OIDC identity, the signature logged in
 * Rekor (a `dsse` entry, API v1) and optionally timestamped by a TSA. Its own
 * module because @sigstore/sign loads an HTTP stack: sign.ts imports it on a
 * keyless signer's first signature only.
 */

/** A function making one DSSE bundle per call, certified and logged as configured. */
function keylessBundler(config, services) {
    const fetchOptions = { timeout: config.timeoutMs ?? 30_000, retry: { retries: config.retries ?? 2, factor: 2, minTimeout: 500, maxTimeout: 5_000 } };
    const witnesses = [
        new _sigstore_sign__WEBPACK_IMPORTED_MODULE_0__/* .RekorWitness */ .fU({ rekorBaseURL: services.rekor, entryType: 'dsse', majorApiVersion: 1, fetchOnConflict: true, ...fetchOptions }),
    ];
    if (services.tsa !== undefined)
        witnesses.push(new _sigstore_sign__WEBPACK_IMPORTED_MODULE_0__/* .TSAWitness */ .gs({ tsaBaseURL: services.tsa, ...fetchOptions }));
    const signer = new _sigstore_sign__WEBPACK_IMPORTED_MODULE_0__/* .FulcioSigner */ .$o({ identityProvider: config.identity, fulcioBaseURL: services.fulcio, ...fetchOptions });
    const builder = new _sigstore_sign__WEBPACK_IMPORTED_MODULE_0__/* .DSSEBundleBuilder */ .VV({ signer, witnesses });
    return (data, type) => builder.create({ data, type });
}


/***/ })

};
