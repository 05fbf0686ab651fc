export const id = 9705;
export const ids = [9705];
export const modules = {

/***/ 59705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   machineBuildSummaryMarkdown: () => (/* binding */ machineBuildSummaryMarkdown)
/* harmony export */ });
function machineBuildSummaryMarkdown(s) {
    const lines = [`### ${s.title}`, '', `Packer ${s.packerVersion} (${s.packerSource}), template \`${s.template}\`, ${s.seconds} s`, ''];
    if (Object.keys(s.amis).length > 0) {
        lines.push('| Region | AMI |', '| --- | --- |', ...Object.entries(s.amis).map(([r, id]) => `| ${r} | \`${id}\` |`), '');
    }
    if (s.builds.length > 0) {
        lines.push('| Build | Builder | Artifact |', '| --- | --- | --- |', ...s.builds.map((b) => `| ${b.target} | ${b.builderId} | ${b.artifactId.replace(/\|/g, '\\|')} |`));
    }
    return `${lines.join('\n')}\n`;
}


/***/ })

};
