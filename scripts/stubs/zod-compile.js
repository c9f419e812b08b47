// Stands in for zod's ahead-of-time schema compiler (z.compile) in dist/: Shipgate parses with
// zod's runtime parser, so the compiler is never called.
const unbundled = () => {
  throw new Error('Shipgate is bundled without z.compile.');
};
export const INVALID = Symbol.for('zod.compile.invalid');
export const compile = unbundled;
export const compileFn = unbundled;
export const withParser = unbundled;
export class ZodCompileAsyncError extends Error {}
export class ZodCompileUnsupportedError extends Error {}
