// Lint: typescript-eslint's recommended rules, plus the two that catch real bugs in this
// codebase's shape – a promise nobody awaits (a write that may fail unseen) and a switch over a
// union that misses a case (a new event or command type nobody handles).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'bench/dist/**',
      'bench/results/**',
      'node_modules/**',
      'coverage/**',
      'eslint.config.mjs',
      'jest.config.js',
      'scripts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      // class-validator's and Reflect's metadata APIs are typed with Function; the DTO reflection code takes classes as they do.
      '@typescript-eslint/no-unsafe-function-type': 'off',
      // Unused parameters named _x are deliberate (a DTO bound only for validation).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
);
