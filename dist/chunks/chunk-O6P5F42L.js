import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;

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
//# sourceMappingURL=chunk-O6P5F42L.js.map
