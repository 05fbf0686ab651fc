export const id = 5678;
export const ids = [5678];
export const modules = {

/***/ 65678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   assumeRoleCredentials: () => (/* binding */ assumeRoleCredentials)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71695);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33904);
/* harmony import */ var _aws_call_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4465);
/* harmony import */ var _retry_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85466);
/**
 * Credentials for another account: a role assumed through STS, as a provider
 * an SDK client calls when it needs credentials. The answer is kept until
 * five minutes before it expires, so a long distribution does not assume the
 * role once per request. The job's own credentials (the default chain) sign
 * the AssumeRole call; the role's trust policy must allow them.
 */




function assumeRoleCredentials(roleArn, o) {
    const client = new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_3__/* .STSClient */ .iM({
        region: o.region,
        maxAttempts: 1,
        ...(o.endpoint !== undefined ? { endpoint: o.endpoint } : {}),
        ...(o.credentials !== undefined ? { credentials: o.credentials } : {}),
    });
    const now = o.now ?? Date.now;
    let cached;
    // Clients of several regions ask at once: they share one AssumeRole call.
    let inFlight;
    const assume = async () => {
        const out = await (0,_aws_call_js__WEBPACK_IMPORTED_MODULE_1__/* .awsCall */ .u)(client, 'sts', 'AssumeRole', new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_3__/* .AssumeRoleCommand */ .QL({ RoleArn: roleArn, RoleSessionName: o.sessionName ?? 'image-pipeline-distribute', DurationSeconds: 3600 }), { retry: _retry_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .SSM_RETRY */ .B7 });
        const c = out.Credentials;
        if (c?.AccessKeyId === undefined || c.SecretAccessKey === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('AWS', `sts:AssumeRole of ${roleArn} answered without credentials`, { hint: 'Run again; report it if it persists.' });
        }
        cached = {
            accessKeyId: c.AccessKeyId,
            secretAccessKey: c.SecretAccessKey,
            ...(c.SessionToken !== undefined ? { sessionToken: c.SessionToken } : {}),
            ...(c.Expiration !== undefined ? { expiration: c.Expiration } : {}),
        };
        return cached;
    };
    return async () => {
        if (cached?.expiration !== undefined && cached.expiration.getTime() - now() > 5 * 60_000)
            return cached;
        inFlight ??= assume().finally(() => {
            inFlight = undefined;
        });
        return inFlight;
    };
}


/***/ })

};
