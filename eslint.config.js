// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

/**
 * Dependencies point one way: app → ui → state → domain. Each layer lists what it may not
 * import, so a wrong-way import fails lint instead of review.
 */
const layer = (files, groups, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: groups.map((group) => ({ group, message })) }],
  },
});

/**
 * Above the domain, only its public entry (index.ts) or the first page's slice of it (core.ts)
 * may be imported, never a file inside it.
 */
const domainInsides = [
  '**/domain/*',
  '!**/domain/index',
  '!**/domain/index.ts',
  '!**/domain/core',
  '!**/domain/core.ts',
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text, never raw HTML.',
        },
      ],
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: { ...reactHooks.configs.recommended.rules, ...jsxA11y.flatConfigs.strict.rules },
  },
  {
    // Tests may assert that a value is there: a wrong guess fails the test, which is the point.
    files: ['tests/**', 'scripts/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-dynamic-delete': 'off',
    },
  },
  // The pure core: zod and its own files only.
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!zod(/mini)?$|\\.{1,2}/)',
              message: 'src/domain is pure: it may import only zod and its own files.',
            },
            {
              group: ['**/state/**', '**/ui/**', '**/app/**', '../state', '../ui', '../app'],
              message: 'src/domain may not import from the layers above it.',
            },
          ],
        },
      ],
    },
  },
  layer(
    ['src/state/**'],
    [['**/ui', '**/ui/**', '**/app', '**/app/**', 'react-dom', 'react-dom/*'], domainInsides],
    'state may import the domain entry, zustand and zod; never ui or app.',
  ),
  layer(
    ['src/ui/**'],
    [['**/app', '**/app/**'], domainInsides],
    'ui may import state and the domain entry; never app.',
  ),
  layer(['src/app/**'], [domainInsides], 'app reaches the domain through its entry only.'),
);
