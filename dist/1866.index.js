export const id = 1866;
export const ids = [1866];
export const modules = {

/***/ 41866:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rootDescriptor: () => (/* binding */ rootDescriptor)
/* harmony export */ });
/* harmony import */ var _shared_src_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33904);
/* harmony import */ var _shared_src_oci_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87043);
/**
 * The built layout's root descriptor, build-push-action's `containerimage.descriptor` (the `metadata` output).
 * Apart from publish.ts, which loads the push, the exports and the push summary: a build that publishes
 * nothing (the all-in-one action's build stage) needs only this (issue 17 item 3).
 */


/** The layout's root (manifest or index) descriptor without the layout's ref-name annotation. */
async function rootDescriptor(layout) {
    const root = (await (await _shared_src_oci_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .OciLayout */ .Al.open(layout)).roots())[0];
    if (root === undefined)
        throw new _shared_src_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('INTERNAL', `the layout ${layout} has no image`);
    const { annotations: _annotations, ...rest } = root;
    return rest;
}


/***/ })

};
