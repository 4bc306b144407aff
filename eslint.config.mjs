// Every rule here has a reason; keep it short.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'src/generated/', 'web/src/gql/', '.neo4j/', 'coverage/', 'bench/.work/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // The guide forbids `any`: resolvers and rows are typed end to end.
      '@typescript-eslint/no-explicit-any': 'error',
      // Unused code is dead code; a leading underscore marks a deliberately ignored argument.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Production code must not print on stdout by accident (the ingest CLI's --json owns stdout).
      'no-console': ['error', { allow: ['error', 'warn', 'info'] }],
    },
  },
  {
    // The Jest config is CommonJS, read by Node directly.
    files: ['jest.config.js'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable' } },
  },
  {
    files: ['test/**', 'bench/**', 'src/**/cli.ts', 'src/**/*Cli.ts'],
    rules: { 'no-console': 'off' },
  },
);
