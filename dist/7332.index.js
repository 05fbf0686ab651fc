export const id = 7332;
export const ids = [7332];
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


/***/ })

};
