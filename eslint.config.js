import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// The rooms of ARCHITECTURE.md, enforced: what each folder may import.
const noNode = { group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process'], message: 'Node modules belong in electron/main.' };
const noElectron = { group: ['electron', 'electron/*'], message: 'Only electron/main wiring and the preload may import electron.' };
const noReact = { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'shared/ is pure domain: no React.' };
const noDexie = { group: ['dexie', 'dexie-*', 'dexie/*'], message: 'IndexedDB is touched only in renderer/src/db.' };
const noRendererFromElectron = { group: ['**/renderer/**'], message: 'The main process never imports the renderer.' };
const noElectronFromRenderer = { group: ['**/electron/**'], message: 'The renderer talks to main only through the bridge.' };

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results*', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noNode, noElectron, noReact, noDexie, { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports only shared/.' }] }] },
  },
  {
    files: ['electron/main/services/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noElectron, noDexie, noRendererFromElectron] }] },
  },
  {
    files: ['electron/**/*.{ts,tsx}'],
    ignores: ['electron/main/services/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noDexie, noRendererFromElectron] }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noNode, noElectron, noElectronFromRenderer] }] },
  },
  {
    files: ['renderer/src/{features,ui,stores,bridge}/**/*.{ts,tsx}', 'renderer/src/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noNode, noElectron, noElectronFromRenderer, { group: ['dexie', 'dexie/*', 'dexie-export-import'], message: 'Screens use the repositories in renderer/src/db, not Dexie directly.' }] }] },
  },
);
