import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  errorMessage
} from "./chunk-LJ7Y55QE.js";

// src/github/api-errors.ts
var asApiError = (error) => typeof error === "object" && error !== null ? error : {};
function isPermissionDenied(error) {
  return asApiError(error).status === 403 && !/rate limit/i.test(errorMessage(error));
}
function describeApiError(error, action, permission) {
  const { status, request, response } = asApiError(error);
  const message = errorMessage(error).split("\n")[0] ?? "";
  if (isPermissionDenied(error)) {
    return `Shipgate could not ${action}: the token lacks \`${permission}\` (403 ${message}). Add \`${permission}\` to the job's permissions: block. Pull requests from forks and Dependabot get a read-only token; there the sign-off is in the job summary and the log annotations only.`;
  }
  const where = request?.method && request.url ? ` (${request.method} ${request.url})` : "";
  const details = status === 422 && response?.data !== void 0 ? ` ${JSON.stringify(response.data).slice(0, 500)}` : "";
  return `Shipgate could not ${action}${status ? `: HTTP ${status}` : ""}${where}: ${message}${details}`;
}

export {
  isPermissionDenied,
  describeApiError
};
//# sourceMappingURL=chunk-PON626AM.js.map
