export const id = 98;
export const ids = [98];
export const modules = {

/***/ 80098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ssmCall: () => (/* binding */ ssmCall),
/* harmony export */   ssmClientFactory: () => (/* binding */ ssmClientFactory)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34736);
/* harmony import */ var _aws_call_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4465);
/* harmony import */ var _retry_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85466);
/**
 * Systems Manager (Parameter Store) clients per region and account, and the
 * one way to send them a command. Like ec2-client.ts: the SDK's default
 * credential chain unless a caller passes credentials (static ones in tests,
 * or a provider that assumes a role in another account), `endpoint` pointing
 * every region at one URL (an emulator), SDK retries off so that
 * aws-call.ts's loop, with SSM_RETRY, is the only one.
 */



function ssmClientFactory(opts = {}) {
    const clients = new Map();
    return (region, account) => {
        const key = `${account ?? ''}/${region}`;
        let c = clients.get(key);
        if (c === undefined) {
            const credentials = account === undefined ? opts.credentials : opts.accountCredentials?.[account];
            if (account !== undefined && credentials === undefined)
                throw new Error(`no credentials for account ${account}`);
            c = new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_2__/* .SSMClient */ .jBj({
                region,
                maxAttempts: 1,
                ...(opts.endpoint !== undefined ? { endpoint: opts.endpoint } : {}),
                ...(credentials !== undefined ? { credentials } : {}),
            });
            clients.set(key, c);
        }
        return c;
    };
}
/**
 * One Parameter Store request, named by its action (`PutParameter`) so an
 * access error names the IAM permission (ssm:PutParameter). TooManyUpdates
 * (another writer on the same parameter right now) heals with time and is
 * retried like throttling.
 */
function ssmCall(client, action, command, opts = {}) {
    return (0,_aws_call_js__WEBPACK_IMPORTED_MODULE_0__/* .awsCall */ .u)(client, 'ssm', action, command, {
        ...opts,
        retry: opts.retry ?? _retry_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .SSM_RETRY */ .B7,
        alsoRetryCodes: [...(opts.alsoRetryCodes ?? []), 'TooManyUpdates'],
    });
}


/***/ })

};
