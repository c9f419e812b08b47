import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;

// src/report/markdown-escape.ts
function escapeInline(text) {
  return text.replace(/\\/g, "\\\\").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/([`*_[\]])/g, "\\$1").replace(/@(?=[A-Za-z0-9])/g, "@\u200B").replace(/\r\n?|\n/g, " ");
}
function codeBlock(text, language = "") {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longestRun + 1));
  return `${fence}${language}
${text.replace(/\s+$/, "")}
${fence}`;
}
function inlineCode(text) {
  const clean = text.replace(/\r\n?|\n/g, " ");
  const longestRun = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const ticks = "`".repeat(longestRun + 1);
  const pad = clean.startsWith("`") || clean.endsWith("`") ? " " : "";
  return `${ticks}${pad}${clean}${pad}${ticks}`;
}
function linkTarget(url) {
  const parsed = URL.parse(url);
  if (!parsed || parsed.protocol !== "https:" && parsed.protocol !== "http:") return void 0;
  return parsed.href.replace(/\(/g, "%28").replace(/\)/g, "%29");
}
function link(text, url) {
  const target = url ? linkTarget(url) : void 0;
  return target ? `[${text}](${target})` : text;
}

export {
  escapeInline,
  codeBlock,
  inlineCode,
  link
};
//# sourceMappingURL=chunk-CP5KLOYK.js.map
