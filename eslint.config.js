// Lint rules, including the layer walls between src folders and the one that keeps src/core pure.
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

/** A relative import that climbs out to a sibling src layer (`../main`, `../../main/tray-menu`). */
const layer = (...names) => `^(\\.\\./)+(src/)?(${names.join('|')})(/|$)`

/** What each layer may not import: renderer ↛ main, main ↛ renderer, preload and shared only share. */
const layerWalls = {
  renderer: [
    {
      regex: layer('main', 'preload'),
      message: 'The renderer reaches main only through window.sundown (the preload).',
    },
  ],
  main: [
    {
      regex: layer('renderer', 'preload'),
      message: 'Main talks to the renderer only over IPC (src/shared holds the contract).',
    },
  ],
  preload: [
    {
      regex: layer('main', 'renderer', 'core'),
      message: 'The preload exposes the contract in src/shared, nothing else.',
    },
  ],
  shared: [
    {
      regex: layer('main', 'renderer', 'preload'),
      message:
        'src/shared holds only what main and renderer share: it may use the core, nothing above it.',
    },
  ],
  core: [{ regex: '^\\.\\./', message: 'The core imports only the core.' }],
}

/** One `no-restricted-imports` setting per layer: a later config would replace an earlier one. */
const importWall = (name, base = { paths: [], patterns: [] }) => [
  'error',
  { paths: base.paths, patterns: [...base.patterns, ...layerWalls[name]] },
]

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
    files: ['src/renderer/**'],
    rules: { 'no-restricted-imports': importWall('renderer', platformImports) },
  },
  {
    files: ['src/shared/**'],
    rules: { 'no-restricted-imports': importWall('shared', platformImports) },
  },
  { files: ['src/main/**'], rules: { 'no-restricted-imports': importWall('main') } },
  { files: ['src/preload/**'], rules: { 'no-restricted-imports': importWall('preload') } },
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
      'no-restricted-imports': importWall('core', platformImports),
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
