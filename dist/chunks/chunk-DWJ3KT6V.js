import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  fail,
  ok
} from "./chunk-OUPSEYEA.js";

// src/gates/kit/json-fields.ts
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var text = (value) => typeof value === "string" ? value : void 0;
var position = (value) => typeof value === "number" && Number.isInteger(value) && value > 0 ? value : void 0;
var list = (value) => Array.isArray(value) ? value : [];
var strings = (value) => list(value).filter((item) => typeof item === "string");
function checkShape(schema, value, what) {
  const checked = schema.safeParse(value);
  if (checked.success) return ok(checked.data);
  const issue = checked.error.issues[0];
  return fail(
    `unexpected ${what} shape at ${issue?.path.join(".") || "the top level"}: ${issue?.message ?? "invalid"}`
  );
}

export {
  isObject,
  text,
  position,
  list,
  strings,
  checkShape
};
//# sourceMappingURL=chunk-DWJ3KT6V.js.map
