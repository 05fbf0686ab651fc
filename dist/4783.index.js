export const id = 4783;
export const ids = [4783];
export const modules = {

/***/ 34783:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ec2ClientFactory: () => (/* binding */ ec2ClientFactory)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35193);
/**
 * EC2 clients per region. Credentials come from the SDK's default provider
 * chain (what aws-actions/configure-aws-credentials sets) unless a caller
 * passes static ones, as tests do; `endpoint` points every region at one
 * URL (an emulator). SDK retries are off: `aws-call.ts` owns retrying, so
 * retries are never nested and their delays are ours to configure.
 */

function ec2ClientFactory(opts = {}) {
    const clients = new Map();
    return (region) => {
        let c = clients.get(region);
        if (c === undefined) {
            c = new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__/* .EC2Client */ .gu5({
                region,
                maxAttempts: 1,
                ...(opts.endpoint !== undefined ? { endpoint: opts.endpoint } : {}),
                ...(opts.credentials !== undefined ? { credentials: opts.credentials } : {}),
            });
            clients.set(region, c);
        }
        return c;
    };
}


/***/ })

};
