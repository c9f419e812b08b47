import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;

// src/report/location.ts
function annotatablePath(file) {
  const path = file.replace(/\\/g, "/").replace(/^(\.\/)+/, "");
  if (!path || path.startsWith("/") || /^[A-Za-z]:/.test(path)) return void 0;
  return path.split("/").includes("..") ? void 0 : path;
}
function locate(finding) {
  const file = finding.file ? annotatablePath(finding.file) : void 0;
  return file && finding.line ? { ...finding, file, line: finding.line } : void 0;
}
var pathUri = (path) => path.split("/").map(encodeURIComponent).join("/");
function sourceUrl(blobBase, finding) {
  const located = locate(finding);
  if (!located) return void 0;
  const end = located.endLine && located.endLine > located.line ? `-L${located.endLine}` : "";
  return `${blobBase}/${pathUri(located.file)}#L${located.line}${end}`;
}

export {
  annotatablePath,
  locate,
  pathUri,
  sourceUrl
};
//# sourceMappingURL=chunk-M5ASX7ZK.js.map
