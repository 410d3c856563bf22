// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

/**
 * Dependencies point one way: app → ui → state → domain. Each group of files lists what it
 * may not import, so a wrong-way import fails lint instead of review. typescript-eslint's
 * version of the rule lets `import type` through: types cost nothing in a download.
 */
const restrict = (files, patterns, ignores = []) => ({
  files,
  ignores,
  rules: {
    'no-restricted-imports': 'off',
    '@typescript-eslint/no-restricted-imports': [
      'error',
      { patterns: patterns.map((pattern) => ({ allowTypeImports: true, ...pattern })) },
    ],
  },
});

/** The domain's full entry is for tests and scripts; app code imports the module it needs. */
const fullDomain = {
  regex: '(^|/)domain(/index(\\.ts)?)?$',
  message:
    'src/domain/index.ts pins all of the domain (paste reading, every prep) to one download: import the domain module you need (docs/decisions/003).',
};

/** Paste reading is large and loads only when the paste box opens (its dynamic import). */
const pasteReading = {
  regex: '(^|/)paste/',
  message:
    'Paste reading loads only when the paste box opens: use a dynamic import() there, never a static import.',
};

/** The first page loads only the domain's core: the questions, the link and the routing. */
const beyondCore = {
  group: ['**/domain/**', '!**/domain/core', '!**/domain/core.ts'],
  message:
    'The first page imports the domain through src/domain/core.ts only; the catalog and the model load with the results (docs/decisions/003).',
};

const upperLayers = {
  group: ['**/ui', '**/ui/**', '**/app', '**/app/**', 'react-dom', 'react-dom/*'],
  message: 'state may import the domain core, zustand and zod; never ui or app.',
};

const app = { group: ['**/app', '**/app/**'], message: 'ui never imports app.' };

/** The pages that load after the first one, with the catalog: they may import domain modules. */
const laterPages = ['src/ui/results/**', 'src/ui/how-page.tsx', 'src/ui/calls/**'];

/** The pure core's limits, types included: a React type in the domain is still a dependency. */
const pure = [
  {
    regex: '^(?!zod(/mini)?$|\\.{1,2}/)',
    message: 'src/domain is pure: it may import only zod and its own files.',
    allowTypeImports: false,
  },
  {
    group: ['**/state/**', '**/ui/**', '**/app/**', '../state', '../ui', '../app'],
    message: 'src/domain may not import from the layers above it.',
    allowTypeImports: false,
  },
];

/**
 * A `no-restricted-syntax` entry for dynamic imports that match one of the patterns above.
 * A slash would end esquery's regex literal, so it is written `\x2F`.
 */
const importOf = ({ regex, message }) => ({
  selector: `ImportExpression[source.value=/${regex.replaceAll('/', '\\x2F')}/]`,
  message,
});

/**
 * `no-restricted-syntax` for these files: raw HTML (as everywhere) and the given selectors.
 * ESLint replaces a rule's options from block to block instead of merging them, so every block
 * lists all the selectors that apply to its files.
 */
const syntax = (files, selectors, ignores = []) => ({
  files,
  ignores,
  rules: { 'no-restricted-syntax': ['error', rawHtml, ...selectors] },
});

const rawHtml = {
  selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: 'Render text, never raw HTML.',
};

/** Attributes and props whose value a person reads or hears. */
const readAttributes =
  'aria-label|aria-description|aria-roledescription|aria-valuetext|aria-placeholder|title|alt|placeholder|label|intro|button';

const inMessages =
  'put the words in a message module in src/ui/messages/ (docs/decisions/005), so a translator finds every sentence there.';

/**
 * Words written inline in the UI: JSX text with a letter in it, and a string with a letter in
 * an attribute that is read out. Punctuation and spaces between elements may stay inline.
 */
const inlineWords = [
  { selector: 'JSXText[value=/[A-Za-z]/]', message: `Words in JSX: ${inMessages}` },
  {
    selector: `JSXAttribute[name.name=/^(${readAttributes})$/] Literal[value=/[A-Za-z]/]`,
    message: `Words in an attribute that is read: ${inMessages}`,
  },
  {
    selector: `JSXAttribute[name.name=/^(${readAttributes})$/] TemplateElement[value.raw=/[A-Za-z]/]`,
    message: `Words in an attribute that is read: ${inMessages}`,
  },
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
      'no-restricted-syntax': ['error', rawHtml],
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
  // Above the domain, three rules: the first page's code (app, state, wizard and the shared
  // ui files) reaches the domain through core.ts only; the later pages import domain modules
  // directly; nothing imports the full entry or paste reading.
  restrict(['src/state/**'], [upperLayers, fullDomain, pasteReading, beyondCore]),
  restrict(['src/app/**'], [fullDomain, pasteReading, beyondCore]),
  restrict(['src/ui/**'], [app, fullDomain, pasteReading, beyondCore], laterPages),
  restrict(laterPages, [app, fullDomain, pasteReading]),
  // The pure core: zod and its own files only; inside it, only the full entry brings paste
  // reading in.
  restrict(
    ['src/domain/**'],
    [...pure, pasteReading],
    ['src/domain/index.ts', 'src/domain/paste/**'],
  ),
  restrict(['src/domain/index.ts', 'src/domain/paste/**'], pure),
  // A dynamic import() is a download too: never the full entry, and paste reading only from
  // the paste box, when it opens. In the UI and the app, words come from src/ui/messages/.
  syntax(
    ['src/**'],
    [importOf(fullDomain), importOf(pasteReading)],
    ['src/domain/**', 'src/ui/**', 'src/app/**'],
  ),
  syntax(
    ['src/ui/**', 'src/app/**'],
    [importOf(fullDomain), importOf(pasteReading), ...inlineWords],
    ['src/ui/wizard/paste-box.tsx'],
  ),
  syntax(['src/ui/wizard/paste-box.tsx'], [importOf(fullDomain), ...inlineWords]),
);
