import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);

// src/gates/kit/python-excludes.ts
var PYTHON_EXCLUDED_DIRS = [
  ".git",
  ".venv",
  "venv",
  ".tox",
  ".nox",
  "__pycache__",
  "site-packages",
  "node_modules",
  ".mypy_cache"
];

export {
  PYTHON_EXCLUDED_DIRS
};
//# sourceMappingURL=chunk-5JDIPRFQ.js.map
