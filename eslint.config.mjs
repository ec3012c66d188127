// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

// Files that no package tsconfig includes: spec files (excluded from the package builds), the
// integration tests and the benchmarks. test/tsconfig.json covers all of them (and every src).
const TEST_FILES = ['**/*.spec.ts', 'test/**/*.ts', 'bench/**/*.ts'];

/** @type {Record<string, import('eslint').Linter.RuleEntry>} */
const RULES = {
  '@typescript-eslint/no-floating-promises': 'error',
  '@typescript-eslint/no-explicit-any': 'error',
  '@typescript-eslint/no-unsafe-function-type': 'off',
  // Apollo's plugin hooks, context and health callbacks must return promises: an `async`
  // function without `await` is the idiomatic way to implement them, and all this rule flags.
  // Forgotten awaits are no-floating-promises' and no-misused-promises' job.
  '@typescript-eslint/require-await': 'off',
  '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
  '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
  'no-console': 'error',
};

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'coverage/**',
      '.local/**',
      // Written by `npm run codegen` (web/codegen.ts); CI checks it is fresh instead.
      'web/src/graphql/generated/**',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    // Type-aware linting: each src file is checked with the program of its package's tsconfig.
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: RULES,
  },
  {
    // Not in any package tsconfig: lint them with test/tsconfig.json's program instead.
    files: TEST_FILES,
    languageOptions: {
      parserOptions: {
        projectService: false,
        project: './test/tsconfig.json',
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    // Plain JavaScript (configs, CI scripts) is outside every tsconfig: no type information.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // CI scripts print their verdict.
    files: ['.ci/**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: TEST_FILES,
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // The integration tests and benchmarks read GraphQL and JSON response bodies as untyped JSON
    // (`Json` in test/support/json.ts) and check their shape with expect(); typing each of the
    // ~480 queries' results by hand would restate the schema without checking more.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // jest's asymmetric matchers (expect.objectContaining...) are typed `any`.
    files: ['**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
);
