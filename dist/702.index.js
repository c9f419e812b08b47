export const id = 702;
export const ids = [702];
export const modules = {

/***/ 6702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createOctokit: () => (/* binding */ createOctokit)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6856);



/** The longest rate-limit wait worth sitting out; longer ones give up with a warning. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 60;
/**
 * An Octokit for the Actions token with retries and GitHub's recommended throttling.
 * `@actions/github` alone neither retries nor throttles.
 * - plugin-retry: 5xx and network errors are retried 3 times with (n+1)² s backoff; 4xx
 *   such as 403 and 422 never are (a 422 retried is a 422 again).
 * - plugin-throttling: writes are queued one at a time ≥1 s apart; a secondary rate limit
 *   (403/429 "secondary rate") waits `retry-after` (60 s without one), a primary one waits
 *   for its reset, each at most MAX_RATE_LIMIT_WAIT_SECONDS and twice: persisting while
 *   limited is what gets an integration banned.
 */
function createOctokit(options) {
    const { logger } = options;
    const retryAfterBaseValue = options.retryAfterBaseValue ?? 1000;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const retrying = retryCount < 2 && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS;
        logger.warning(`GitHub API ${kind} rate limit on ${request.method} ${request.url}: ${retrying
            ? `retrying in ${retryAfter}s`
            : `giving up (retry-after ${retryAfter}s, try ${retryCount + 1})`}.`);
        return retrying;
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, {
        baseUrl: options.baseUrl,
        log: {
            debug: (message) => logger.debug(message),
            info: (message) => logger.debug(message),
            warn: (message) => logger.warning(message),
            error: (message) => logger.warning(message),
        },
        retry: { retryAfterBaseValue },
        throttle: {
            retryAfterBaseValue,
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
}


/***/ })

};
