export const id = 643;
export const ids = [643];
export const modules = {

/***/ 5881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   toSarif: () => (/* binding */ toSarif)
/* harmony export */ });
/* unused harmony export FINGERPRINT_KEY */
/* harmony import */ var _location_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6335);
/* harmony import */ var _core_severity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(432);


const LEVEL = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'note',
    info: 'note',
};
/**
 * Code scanning's `security-severity` (a CVSS-like score as a string): above 9.0 reads as
 * critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low. Info carries none: it is not a risk.
 */
const SECURITY_SEVERITY = {
    critical: '9.5',
    high: '8.0',
    medium: '5.5',
    low: '2.0',
    info: undefined,
};
/** The key of Shipgate's fingerprint among a result's `partialFingerprints`, versioned. */
const FINGERPRINT_KEY = 'shipgateFingerprint/v1';
/** GitHub processes at most 20 runs per file. */
const MAX_RUNS = 20;
/** The text SARIF requires to be non-empty, with a fallback that always is. */
const nonEmpty = (text, fallback) => text?.trim() ? text.trim() : fallback;
const firstLine = (text) => text.split('\n')[0] ?? text;
function ruleFor(id, findings, check) {
    // A rule's severity is that of its worst finding: GitHub shows the rule's, not the result's.
    const worst = findings.reduce((acc, f) => (0,_core_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .moreSevere */ ._q)(acc, f.severity), 'info');
    const example = findings[0];
    const description = nonEmpty(example?.message, `${check.title}: ${id}`);
    const helpText = nonEmpty([example?.hint, example?.url ? `More: ${example.url}` : undefined].filter(Boolean).join('\n'), `Reported by ${check.title}. See the Shipgate report for details.`);
    const securitySeverity = SECURITY_SEVERITY[worst];
    return {
        id,
        shortDescription: { text: firstLine(description).slice(0, 1000) },
        fullDescription: { text: description.slice(0, 10_000) },
        help: { text: helpText },
        ...(example?.url ? { helpUri: example.url } : {}),
        defaultConfiguration: { level: LEVEL[worst] },
        properties: {
            tags: ['shipgate', check.kind, ...(securitySeverity ? ['security'] : [])],
            ...(securitySeverity ? { 'security-severity': securitySeverity } : {}),
            precision: 'high',
        },
    };
}
function runFor(kind, checks, version) {
    const results = [];
    const rules = new Map();
    const ruleIndex = new Map();
    for (const check of checks) {
        const findings = check.findings.map(_location_js__WEBPACK_IMPORTED_MODULE_1__/* .locate */ .x).filter((f) => f !== undefined);
        for (const finding of findings) {
            const ruleId = nonEmpty(finding.rule, kind);
            if (!rules.has(ruleId)) {
                const same = findings.filter((f) => nonEmpty(f.rule, kind) === ruleId);
                ruleIndex.set(ruleId, rules.size);
                rules.set(ruleId, ruleFor(ruleId, same, check));
            }
            const endLine = Math.max(finding.line, finding.endLine ?? finding.line);
            results.push({
                ruleId,
                ruleIndex: ruleIndex.get(ruleId),
                level: finding.waived ? 'note' : LEVEL[finding.severity],
                message: { text: nonEmpty(finding.message, ruleId) },
                locations: [
                    {
                        physicalLocation: {
                            artifactLocation: { uri: finding.file, uriBaseId: '%SRCROOT%' },
                            region: {
                                startLine: finding.line,
                                ...(endLine !== finding.line ? { endLine } : {}),
                                ...(finding.column ? { startColumn: finding.column } : {}),
                                ...(finding.column && finding.endColumn && endLine === finding.line
                                    ? { endColumn: Math.max(finding.column, finding.endColumn) }
                                    : {}),
                            },
                        },
                    },
                ],
                // A waived finding is accepted, not fixed: SARIF's suppression says exactly that.
                ...(finding.waived
                    ? {
                        suppressions: [
                            { kind: 'external', justification: nonEmpty(finding.waived, 'waived') },
                        ],
                    }
                    : {}),
                // Code scanning tracks an alert across commits by this, not by the line it is on.
                ...(finding.fingerprint
                    ? { partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint } }
                    : {}),
                properties: { severity: finding.severity, check: check.id },
            });
        }
    }
    return {
        tool: {
            driver: {
                name: `Shipgate ${kind}`,
                semanticVersion: version,
                rules: [...rules.values()],
            },
        },
        // Tells the runs apart in code scanning, which rejects two runs with one tool and category.
        automationDetails: { id: `shipgate/${kind}/` },
        results,
    };
}
/**
 * The report as a SARIF 2.1.0 log: a run for every check kind that ran (an empty run tells
 * code scanning that the tool found nothing, which closes its old alerts), those with
 * results first when there are more kinds than GitHub accepts. Skipped checks and checks
 * that errored have no run: a tool that could not run must not close anything.
 */
function toSarif(report, version) {
    const byKind = new Map();
    for (const check of report.checks) {
        if (check.status === 'skip' || check.status === 'error')
            continue;
        byKind.set(check.kind, [...(byKind.get(check.kind) ?? []), check]);
    }
    const runs = [...byKind.entries()]
        .map(([kind, checks]) => runFor(kind, checks, version))
        .sort((a, b) => Number(b.results.length > 0) - Number(a.results.length > 0))
        .slice(0, MAX_RUNS);
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs,
    };
}


/***/ })

};
