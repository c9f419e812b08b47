// Stands in for zod's locale index in dist/: English, zod's default, is the one Shipgate uses.
export { default as en } from 'zod/v4/locales/en.js';
