// Lint rules, including the package boundaries: domain <- agent <- app, and infra imports only
// the dependency-free env-name and table-definition modules of app.
import js from '@eslint/js';
import tsdoc from 'eslint-plugin-tsdoc';
import tseslint from 'typescript-eslint';

const deepImport = {
  group: ['@ctrl-alt-heal/*/src/*', '../../*/src/*', '../../../*/src/*'],
  message: 'Import another package through its exports, never its src.',
};

function boundary(files, forbidden) {
  return {
    files,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            deepImport,
            ...forbidden.map((name) => ({
              group: [name, `${name}/*`],
              message:
                'Dependencies run one way: domain <- agent <- app; infra imports no runtime package.',
            })),
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'cdk.out/**', 'coverage/**', '.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { tsdoc },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/explicit-module-boundary-types': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/return-await': ['error', 'in-try-catch'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'error',
      'no-empty': ['error', { allowEmptyCatch: false }],
      'max-lines-per-function': ['warn', { max: 60, skipBlankLines: true, skipComments: true }],
      'tsdoc/syntax': 'error',
    },
  },
  {
    files: ['**/*.test.ts', '**/testing/**/*.ts'],
    rules: {
      'max-lines-per-function': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      parserOptions: { projectService: false, project: null },
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', module: 'writable' },
    },
    rules: { ...tseslint.configs.disableTypeChecked.rules, 'no-console': 'off' },
  },
  {
    files: ['jest.config.ts'],
    rules: { 'tsdoc/syntax': 'off' },
  },
  {
    files: ['**/scripts/**', '**/cli/**', '**/bin/**'],
    rules: { 'no-console': 'off' },
  },
  boundary(
    ['packages/domain/**/*.ts'],
    ['@ctrl-alt-heal/agent', '@ctrl-alt-heal/app', '@ctrl-alt-heal/infra'],
  ),
  boundary(['packages/agent/**/*.ts'], ['@ctrl-alt-heal/app', '@ctrl-alt-heal/infra']),
  boundary(['packages/app/**/*.ts'], ['@ctrl-alt-heal/infra']),
  {
    files: ['packages/infra/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            deepImport,
            {
              group: [
                '@ctrl-alt-heal/domain',
                '@ctrl-alt-heal/domain/*',
                '@ctrl-alt-heal/agent',
                '@ctrl-alt-heal/agent/*',
              ],
              message: 'infra imports no runtime package.',
            },
            {
              regex: '^@ctrl-alt-heal/app(?!/(env-names|table-definitions|public-routes)$)',
              message:
                'infra may import only @ctrl-alt-heal/app/env-names, /table-definitions and /public-routes.',
            },
          ],
        },
      ],
    },
  },
);
