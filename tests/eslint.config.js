// ESLint flat config (kept under tests/ because the project's top level is fixed; run with
// `eslint --config tests/eslint.config.js`, whose patterns are relative to the project root).
// It enforces the process boundaries of ARCHITECTURE.md; tests/architecture re-checks them.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'net', 'url', 'worker_threads'];

export default tseslint.config(
  { ignores: ['build/**', 'dist/**', 'release/**', 'node_modules/**', 'tests/output/**', 'tests/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Document text really contains control characters (field separators, soft hyphens) that rules strip.
      'no-control-regex': 'off',
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Only main/app/ may import electron.' }] }],
    },
  },
  {
    files: ['main/app/**'],
    rules: { 'no-restricted-imports': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    // Hooks called conditionally or effects with stale dependencies are bugs that only show at run time.
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer reaches the core only through its api client.' }],
          patterns: [
            { group: nodeBuiltins, message: 'The renderer runs in a browser: no Node APIs.' },
            { group: ['**/main/**'], message: 'The renderer may not import main/.' },
          ],
        },
      ],
    },
  },
  {
    // The renderer's build files (vite.config.ts and its plugins) run in Node, when Vite builds.
    files: ['renderer/vite.config.ts', 'renderer/vite-*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/main/**'], message: 'The renderer may not import main/.' }] }] },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'shared/ is pure code.' }],
          patterns: [
            { group: nodeBuiltins, message: 'shared/ is pure code: no Node APIs.' },
            { group: ['**/main/**', '**/renderer/**'], message: 'shared/ imports only zod and itself.' },
          ],
        },
      ],
    },
  },
);
