// Lint rules, including the wall that keeps src/core pure (no platform, no clock).
import { builtinModules } from 'node:module'
import js from '@eslint/js'
import { defineConfig } from 'eslint/config'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const platformImports = {
  paths: [
    { name: 'electron', message: 'Keep Electron in src/main and src/preload.' },
    ...builtinModules.map((name) => ({ name, message: 'Node APIs belong in src/main adapters.' })),
  ],
  patterns: [{ group: ['node:*'], message: 'Node APIs belong in src/main adapters.' }],
}

const noPlatformGlobals = [
  ...['window', 'document', 'navigator', 'localStorage', 'process', 'fetch'].map((name) => ({
    name,
    message: 'The core is pure: take what you need as an argument.',
  })),
  ...['Date', 'setTimeout', 'setInterval', 'performance'].map((name) => ({
    name,
    message: 'The core has no clock: take `now` (epoch ms) and the zone as arguments.',
  })),
]

export default defineConfig(
  { ignores: ['out/', 'dist/', 'node_modules/', 'coverage/', 'bench-results/', 'resources/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/main/**', 'src/preload/**', 'tests/**', 'scripts/**', '*.config.{ts,js}'],
    languageOptions: { globals: globals.node },
  },
  { files: ['src/renderer/**'], languageOptions: { globals: globals.browser } },
  {
    files: ['src/renderer/**', 'src/shared/**'],
    rules: { 'no-restricted-imports': ['error', platformImports] },
  },
  {
    // The entry chunk, the popover and the ritual stay light: the core and the contract pull in
    // Temporal and valibot, so these files take only their types.
    files: ['src/renderer/**'],
    ignores: ['src/renderer/src/views/month/**', 'src/renderer/src/views/settings/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/core', '**/core/*', '**/shared/ipc-contract'],
              allowTypeImports: true,
              message: 'Import only types from the core and the contract here (format with Intl).',
            },
          ],
        },
      ],
    },
  },
  {
    // French typography puts no-break spaces before : ; ? ! and inside « », in its text only.
    files: ['src/shared/messages/fr/**'],
    rules: { 'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true }] },
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': ['error', platformImports],
      'no-restricted-globals': ['error', ...noPlatformGlobals],
      'no-restricted-properties': [
        'error',
        {
          object: 'Temporal',
          property: 'Now',
          message: 'The core has no clock: take `now` as an argument.',
        },
        {
          object: 'Intl',
          property: 'DateTimeFormat',
          message: 'The zone is an argument, never read from the host.',
        },
      ],
    },
  },
)
