import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'crypto', 'url', 'events', 'stream', 'util'];

/** Folder boundaries (see docs: architecture import rules). A wrong import fails `npm test`. */
const restrict = (patterns, paths = []) => ({ 'no-restricted-imports': ['error', { patterns, paths }] });
const noElectron = (message) => [{ name: 'electron', message }];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.electron-native/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': ['error', { object: 'it', property: 'only' }, { object: 'describe', property: 'only' }, { object: 'test', property: 'only' }, { object: 'it', property: 'skip' }, { object: 'describe', property: 'skip' }, { object: 'test', property: 'skip' }, { object: 'it', property: 'skipIf' }, { object: 'it', property: 'todo' }, { object: 'describe', property: 'skipIf' }, { object: 'ctx', property: 'skip' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict([
      { group: nodeBuiltins, message: 'shared/ is platform-free: no Node modules.' },
      { group: ['react', 'react-dom', 'better-sqlite3', 'antd', '**/db/**', '**/renderer/**', '**/electron/**'], message: 'shared/ imports nothing platform-specific.' },
    ], noElectron('shared/ imports nothing platform-specific.')),
  },
  {
    files: ['db/**/*.ts'],
    rules: restrict([
      { group: ['react', 'react-dom', 'antd', '**/renderer/**', '**/electron/**'], message: 'db/ imports only shared/ and better-sqlite3.' },
    ], noElectron('db/ imports only shared/ and better-sqlite3.')),
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict([
        { group: nodeBuiltins, message: 'The renderer is sandboxed: no Node modules.' },
        { group: ['better-sqlite3', '**/db/**', '**/electron/**'], message: 'The renderer talks to the back end only through the API client.' },
      ], noElectron('The renderer is sandboxed.')),
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/adapters/electron-*.ts'],
    rules: restrict(
      [{ group: ['**/renderer/**', 'react', 'react-dom'], message: 'The back end does not import the renderer.' }],
      noElectron('Only electron/main.ts, electron/preload.ts and electron/adapters/electron-*.ts may import electron.'),
    ),
  },
  {
    files: ['tests/**/*.ts'],
    rules: restrict([], noElectron('Importing electron starts a download: mock it with vi.mock.')),
  },
  {
    files: ['scripts/**/*.mjs', '*.js', '*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
);
