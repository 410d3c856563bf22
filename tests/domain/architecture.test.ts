import { ESLint } from 'eslint';

const eslint = new ESLint();

/** The import rules' complaints about one imagined file. */
async function importErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: file });
  return (result?.messages ?? [])
    .filter((m) =>
      [
        'no-restricted-imports',
        '@typescript-eslint/no-restricted-imports',
        'no-restricted-syntax',
      ].includes(m.ruleId ?? ''),
    )
    .map((m) => m.message);
}

const uses = (what: string) => `${what}\nexport const x = y;\n`;

describe('one-way dependencies, enforced by lint', () => {
  it.each([
    ['src/domain/x.ts', "import { useState as y } from 'react';"],
    ['src/domain/x.ts', "import type { ReactNode as y } from 'react';"],
    ['src/domain/x.ts', "import { create as y } from 'zustand';"],
    ['src/domain/x.ts', "import { x as y } from '../state/store.ts';"],
    ['src/state/x.ts', "import { x as y } from '../ui/results.tsx';"],
    ['src/ui/x.ts', "import { x as y } from '../app/app.tsx';"],
    ['src/ui/results/x.ts', "import { x as y } from '../../app/app.tsx';"],
  ])('refuses %s importing the wrong way: %s', async (file, source) => {
    expect(await importErrors(file, uses(source))).not.toEqual([]);
  });
});

describe('the first page and a results link download only what they need, enforced by lint', () => {
  it.each([
    // The full domain entry re-exports paste reading and every prep: never from app code,
    // statically or dynamically.
    ['src/app/app.tsx', "import { classify as y } from '../domain/index.ts';"],
    ['src/app/app.tsx', "const y = import('../domain/index.ts');"],
    ['src/app/app.tsx', "const y = import('../domain');"],
    ['src/state/store.ts', "import { parseLink as y } from '../domain/index.ts';"],
    ['src/ui/wizard/question-page.tsx', "import { questions as y } from '../../domain';"],
    ['src/ui/notices.tsx', "import { reasons as y } from '../domain/index.ts';"],
    ['src/ui/results/ranked-list.tsx', "import { findReason as y } from '../../domain/index.ts';"],
    ['src/ui/how-page.tsx', "const y = import('../domain/index.ts');"],
    // The first page's code reaches the domain through core.ts only.
    ['src/state/store.ts', "import { classify as y } from '../domain/classify.ts';"],
    ['src/app/app.tsx', "import { reasons as y } from '../domain/catalog/index.ts';"],
    ['src/ui/wizard/check-page.tsx', "import { classify as y } from '../../domain/classify.ts';"],
    ['src/ui/page-heading.tsx', "import { preps as y } from '../domain/catalog/prep/index.ts';"],
    // Paste reading loads only from the paste box, when it opens.
    [
      'src/ui/wizard/paste-box.tsx',
      "import { suggestAnswers as y } from '../../domain/paste/suggest.ts';",
    ],
    ['src/ui/results/x.tsx', "const y = import('../../domain/paste/suggest.ts');"],
    ['src/domain/classify.ts', "import { lexicon as y } from './paste/lexicon.ts';"],
  ])('refuses %s: %s', async (file, source) => {
    expect(await importErrors(file, uses(source))).not.toEqual([]);
  });

  it.each([
    ['src/domain/x.ts', "import * as y from 'zod/mini';"],
    [
      'src/domain/index.ts',
      "export { suggestAnswers as y } from './paste/suggest.ts';\nconst y = 1;",
    ],
    ['src/domain/paste/suggest.ts', "import { lexicon as y } from './lexicon.ts';"],
    ['src/state/store.ts', "import { parseLink as y } from '../domain/core.ts';"],
    ['src/app/app.tsx', "const y = import('../domain/catalog/prep/index.ts');"],
    ['src/ui/wizard/paste-box.tsx', "const y = import('../../domain/paste/suggest.ts');"],
    // Types cost nothing in a download.
    [
      'src/ui/wizard/paste-box.tsx',
      "import type { Match as y } from '../../domain/paste/suggest.ts';",
    ],
    [
      'src/ui/results/ranked-list.tsx',
      "import { findReason as y } from '../../domain/catalog/index.ts';",
    ],
    [
      'src/ui/results/results-page.tsx',
      "import { classify as y } from '../../domain/classify.ts';",
    ],
    ['src/ui/how-page.tsx', "import { reasons as y } from '../domain/catalog/index.ts';"],
  ])('allows %s: %s', async (file, source) => {
    expect(await importErrors(file, uses(source))).toEqual([]);
  });
});

describe('words in the UI come from src/ui/messages, enforced by lint', () => {
  const component = (body: string) =>
    `import { frameMessages } from './messages/frame.ts';\nexport const x = () => ${body};\n`;

  it.each([
    ['src/ui/x.tsx', '<p>Skip to main content</p>'],
    ['src/ui/results/x.tsx', '<p>{n} of {total} done</p>'],
    ['src/app/x.tsx', '<button>Continue</button>'],
    ['src/ui/x.tsx', '<section aria-label="Your answers" />'],
    ['src/ui/x.tsx', '<input placeholder={"Their name"} />'],
    ['src/ui/x.tsx', '<abbr title={`About ${frameMessages.appName}`} />'],
    ['src/ui/results/x.tsx', '<img alt={frameMessages.appName ? "Logo" : ""} />'],
    ['src/ui/wizard/paste-box.tsx', '<summary>Paste them to fill in answers</summary>'],
  ])('refuses words written inline in %s: %s', async (file, jsx) => {
    const errors = await importErrors(file, component(jsx));
    expect(errors).not.toEqual([]);
    for (const error of errors) expect(error).toContain('src/ui/messages/');
  });

  it.each([
    ['src/ui/x.tsx', '<p>{frameMessages.skipLink}</p>'],
    ['src/ui/x.tsx', '<section aria-label={frameMessages.tagline} className="notice no-print" />'],
    // Punctuation and figures between elements carry no words to translate.
    ['src/ui/results/x.tsx', '<p>{frameMessages.appName} – 2</p>'],
    ['src/app/x.tsx', '<p>{frameMessages.loading}</p>'],
  ])('allows words from a message module in %s: %s', async (file, jsx) => {
    expect(await importErrors(file, component(jsx))).toEqual([]);
  });

  // ESLint replaces a rule's options from one config block to the next, so the inline-words
  // rule must not push out the older selectors for the same files, nor they it.
  it.each(['src/ui/x.tsx', 'src/ui/wizard/paste-box.tsx', 'src/app/x.tsx'])(
    'keeps refusing raw HTML and the full domain beside inline words in %s',
    async (file) => {
      const source = component("<p dangerouslySetInnerHTML={{ __html: '' }}>Hello</p>").concat(
        "export const y = import('../domain/index.ts');\n",
      );
      expect(await importErrors(file, source)).toEqual(
        expect.arrayContaining([
          'Render text, never raw HTML.',
          expect.stringContaining('src/ui/messages/'),
          expect.stringContaining('src/domain/index.ts pins all of the domain'),
        ]),
      );
    },
  );
});
