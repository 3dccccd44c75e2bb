// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      // An earlier build's output, being deleted by scripts/build.mjs while the next one runs.
      'dist.old-*/',
      '.astro/',
      'node_modules/',
      'scripts/bench/node_modules/',
      // npm run bench's work folder (generated sites and their builds) and Astro's types for the Starlight build.
      'scripts/bench/.work/',
      'scripts/bench/.astro/',
      'bench/',
      'test-results/',
      'playwright-report/',
      'content/',
      'tests/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  prettier,
);
