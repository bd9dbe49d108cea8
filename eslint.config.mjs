import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/*
 * The layers, bottom up: electron/domain <- db <- electron/services <- electron/api <- the shell
 * (electron/main, preload, server, cli). electron/platform holds adapters anyone may use. The
 * renderer sees only the contract, the client and domain. Each layer names what it may NOT
 * import; specifiers are relative, so a folder is recognised as a path segment reached by
 * `../` (`../services/x`, `../../electron/services/x`). Folders inside a layer therefore
 * never take a layer's name.
 */
const ours = ['domain', 'platform', 'services', 'api', 'main', 'preload', 'server', 'cli', 'db', 'renderer'];
const reaching = (folders) => `^(\\.\\./)+(electron/)?(${folders.join('|')})(/|$)`;
const except = (...allowed) => ours.filter((folder) => !allowed.includes(folder));

const electronOnlyInShell = {
  name: 'electron',
  message: 'Only electron/main, electron/preload and electron/platform import electron.',
};

function layer(files, { may, message, extraPatterns = [], electron = false }) {
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: electron ? [] : [electronOnlyInShell],
          patterns: [{ regex: reaching(except(...may)), message }, ...extraPatterns],
        },
      ],
    },
  };
}

/** The renderer's window on the main process: the contract and its results, the client, domain. */
const rendererMay = {
  regex: '^(\\.\\./)+(db|electron/(services|main|preload|platform|server|cli))(/|$)',
  message: 'The renderer imports only the API contract, the client and electron/domain.',
};
const rendererApi = {
  regex: '^(\\.\\./)+electron/api/(handlers|transports|dispatch|context)(/|$)',
  message: 'The renderer imports only the API contract, the client and electron/domain.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'db/migrations/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      // Without these import-x reads only .js files, and no-cycle silently finds nothing.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
      // A cycle means two modules cannot be understood (or loaded) one before the other.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  layer(['electron/domain/**/*.ts'], {
    may: ['domain'],
    message: 'electron/domain holds pure rules and code lists: it imports nothing of ours.',
  }),
  layer(['db/**/*.ts'], { may: ['domain', 'db'], message: 'db imports only electron/domain.' }),
  layer(['electron/services/**/*.ts'], {
    may: ['domain', 'platform', 'services', 'db', 'api'],
    message: 'electron/services imports db, electron/domain and electron/platform only.',
    extraPatterns: [
      {
        regex: '^(\\.\\./)+api/(?!contracts/)',
        message: 'electron/services imports db, electron/domain and electron/platform only.',
      },
      {
        // A service may name the shape a contract method takes or returns, never load the API.
        regex: '^(\\.\\./)+api/contracts/',
        allowTypeImports: true,
        message: 'electron/services may only import types from the API contract.',
      },
    ],
  }),
  layer(['electron/api/**/*.ts'], {
    may: ['domain', 'platform', 'services', 'db', 'api'],
    message: 'electron/api imports electron/services, db, electron/domain and electron/platform only.',
  }),
  layer(['electron/platform/**/*.ts'], {
    may: ['domain', 'platform'],
    electron: true,
    message: 'electron/platform adapters import only electron/domain.',
  }),
  layer(['electron/main/**/*.ts', 'electron/preload/**/*.ts'], {
    may: except('cli', 'renderer'),
    electron: true,
    message: 'The Electron shell does not import the renderer or the CLI.',
  }),
  layer(['electron/server/**/*.ts', 'electron/cli/**/*.ts'], {
    may: except('main', 'preload', 'renderer'),
    message: 'Browser mode and the CLI run without Electron: no electron/main, preload or renderer.',
  }),
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronOnlyInShell], patterns: [rendererMay, rendererApi] }],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'bin/**/*.cjs', '.ci/**/*.mjs', 'db/better-sqlite3-shim/**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        require: 'writable',
        __dirname: 'readonly',
        module: 'writable',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        URL: 'readonly',
      },
    },
    rules: { 'no-console': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
);
