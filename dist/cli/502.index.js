export const id = 502;
export const ids = [502];
export const modules = {

/***/ 9502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _command_run_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1375);

/**
 * The production build (`npm run build` unless `run` says otherwise) from the project
 * directory: its exit code is the verdict, like a custom command's, because a build has no
 * machine-readable report to parse.
 */
function run({ options, dir }, context) {
    return (0,_command_run_js__WEBPACK_IMPORTED_MODULE_0__/* .runShellStep */ ._)({ run: options.run, cwd: dir, env: options.env }, context);
}


/***/ })

};
