import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/dist.next/**', 'node_modules/**', 'coverage/**', 'test/fixtures/**'] },
  js.configs.recommended,
  // Type-aware: the rules that need the type checker (floating promises, unsafe any, ...) read tsconfig.json's program.
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-constant-condition': ['error', { checkLoops: false }],
      // Promises: none dropped unawaited (`void` marks a deliberate fire-and-forget), none passed where a callback's result is ignored.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      // `any` (JSON.parse, untyped libraries) must be narrowed before use: untrusted data stays unknown until checked.
      '@typescript-eslint/no-unsafe-assignment': 'error',
      '@typescript-eslint/no-unsafe-member-access': 'error',
      '@typescript-eslint/no-unsafe-call': 'error',
      '@typescript-eslint/no-unsafe-return': 'error',
      '@typescript-eslint/no-unsafe-argument': 'error',
      // An async function without await is deliberate where it implements a Promise-returning interface
      // (ImageSource.roots, CredentialResolver.credentials): a throw becomes a rejection, as callers expect.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // The actions' own code makes every HTTP request through node:http (shared/src/registry/transport): the platform's
    // fetch is undici, and the bundled undici that becomes its dispatcher can kill the process (http-fetch.ts says how).
    files: ['shared/src/**/*.ts', 'src/**/*.ts', '*/src/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        {
          name: 'fetch',
          message: "Use httpFetch (shared/src/registry/transport/http-fetch.ts) or fetchFollowing: the platform's fetch is whatever undici a bundle loaded.",
        },
      ],
    },
  },
  {
    // Scripts and configs in plain JavaScript: no type information.
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly' },
    },
  },
);
