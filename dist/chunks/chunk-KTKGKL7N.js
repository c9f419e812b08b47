import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  readSourceFile
} from "./chunk-7HQWB2XS.js";

// src/gates/kit/repo-files.ts
async function readProjectText(root, file) {
  const read = await readSourceFile(root, file);
  return read.kind === "text" ? read.text : void 0;
}
var repoJoin = (dir, name) => dir === "." ? name : `${dir}/${name}`;
async function readFirstProjectFile(root, dir, names, skipped) {
  for (const name of names) {
    const file = repoJoin(dir, name);
    const read = await readSourceFile(root, file);
    if (read.kind === "text") return { path: file, text: read.text };
    if (read.kind === "skipped") skipped?.push({ file, reason: read.reason });
  }
  return void 0;
}

export {
  readProjectText,
  repoJoin,
  readFirstProjectFile
};
//# sourceMappingURL=chunk-KTKGKL7N.js.map
