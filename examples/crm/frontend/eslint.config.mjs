// The project's own lint config: Shipgate runs this project's ESLint with it, unchanged.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/'] },
  ...tseslint.configs.recommended,
  {
    files: ['app/**', 'lib/**'],
    rules: { 'no-console': 'warn' },
  },
);
