// ESLint (flat config): JavaScript's and typescript-eslint's recommended rules everywhere, React's
// hooks rules in the app. Which package may import what is dependency-cruiser's job
// (.dependency-cruiser.cjs); formatting is Prettier's.
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import { defineConfig, globalIgnores } from 'eslint/config'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default defineConfig(
  // Build output, reports and generated files (the bundled CLI, the editor's Kubernetes schema).
  globalIgnores(['**/dist/', 'dist-*/', 'reports/', 'test-results/', 'playwright-report/', 'packages/secctx/secctx.js', 'public/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Escaping control characters is part of the product (terminal output, YAML, Windows names): its regexes name them.
      'no-control-regex': 'off',
      // `_name` marks a parameter kept for its position (a callback's signature); tsc's noUnused* cover the rest.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.worker } },
    extends: [reactHooks.configs.flat.recommended],
    rules: {
      // React Compiler rules; the app is not compiled by it, and its two hits are deliberate: the editor pane reads
      // during render which editor the last render showed, and a new workshop step closes the answer preview.
      'react-hooks/refs': 'off',
      'react-hooks/set-state-in-effect': 'off',
    },
  },
  {
    files: ['scripts/kubectl-golden/**'],
    // Regexes over YAML text spell indentation as the run of spaces it is.
    rules: { 'no-regex-spaces': 'off' },
  },
)
