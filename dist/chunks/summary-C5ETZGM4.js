import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  escapeInline
} from "./chunk-CP5KLOYK.js";
import "./chunk-UO5GEDUS.js";

// src/monitor/summary.ts
var DONE = { opened: "opened", reopened: "reopened", commented: "updated", closed: "closed" };
function monitorSummary(published, reportMarkdown) {
  const status = published.statusUrl ? `${published.table ?? ""}

History and figures: [status issue](${published.statusUrl}).` : "_The status issue was not written: see the warnings in the log._";
  const incidents = published.outcomes.map(
    (outcome) => `- ${escapeInline(outcome.target)}: incident [#${outcome.number}](${outcome.url}) ${DONE[outcome.kind]}`
  );
  return [
    "## \u{1F4C8} Shipgate monitor",
    "",
    status,
    ...incidents.length ? ["", ...incidents] : [],
    "",
    reportMarkdown
  ].join("\n");
}
export {
  monitorSummary
};
//# sourceMappingURL=summary-C5ETZGM4.js.map
