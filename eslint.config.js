import tseslint from 'typescript-eslint';

// The layers of src/ (ARCHITECTURE.md): what each folder may not import. A folder is named
// from src/, and an import is matched on its relative path to any depth.
const ENTRY_POINTS = ['src/index.ts', 'src/main.ts', 'src/cli.ts', 'src/cli/index.ts'];
const TOOLKIT = {
  name: '@actions/core',
  message: 'Only the entry points talk to @actions/core: take what you need as an argument.',
};
const LAYERS = [
  {
    folders: ['core'],
    forbidden: {
      regex: '^\\.\\./',
      message: 'src/core/ is the contract: it imports nothing of Shipgate.',
    },
  },
  {
    folders: ['analyzers'],
    forbidden: {
      regex: '^(\\.\\./)+(gates|probes|engine|github)/',
      message:
        'Analyzers are pure and shared by gates and probes: no gates, probes, engine or github.',
    },
  },
  {
    folders: ['gates', 'probes'],
    forbidden: {
      regex: '^(\\.\\./)+(engine/plan\\.ts$|github/)',
      message: 'Gates and probes are planned by engine/plan.ts and know nothing of GitHub.',
    },
  },
  {
    folders: ['report'],
    forbidden: {
      regex: '^(\\.\\./)+(github|gates)/',
      message: 'Reports render a Report: no github (which publishes them) and no gates.',
    },
  },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'examples/', 'test/fixtures/', '.tmp/'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', 'scripts/*.mjs'] },
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // A function longer than a screen has seams: split it there (ARCHITECTURE.md).
    files: ['src/**/*.ts'],
    rules: {
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ENTRY_POINTS,
    rules: { 'no-restricted-imports': ['error', { paths: [TOOLKIT] }] },
  },
  ...LAYERS.map(({ folders, forbidden }) => ({
    files: folders.map((folder) => `src/${folder}/**/*.ts`),
    rules: { 'no-restricted-imports': ['error', { paths: [TOOLKIT], patterns: [forbidden] }] },
  })),
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
