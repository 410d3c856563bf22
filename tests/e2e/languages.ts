import type { BrowserContextOptions, Page } from 'playwright-core';
import { fill } from '../../src/domain/messages.ts';
import * as enAfterCall from '../../src/ui/messages/after-call.ts';
import * as enCallDetails from '../../src/ui/messages/call-details.ts';
import * as enCalls from '../../src/ui/messages/calls.ts';
import * as enCheck from '../../src/ui/messages/check.ts';
import * as enFrame from '../../src/ui/messages/frame.ts';
import * as enPage from '../../src/ui/messages/page.ts';
import * as enPrep from '../../src/ui/messages/prep.ts';
import * as enPrint from '../../src/ui/messages/print.ts';
import * as enResults from '../../src/ui/messages/results.ts';
import * as enStorage from '../../src/ui/messages/storage.ts';
import * as enWizard from '../../src/ui/messages/wizard.ts';
import { pasteFoundMessages as enFound } from '../../src/ui/messages/paste-found.ts';
import * as enWhy from '../../src/ui/messages/why.ts';
import { howMessages as enHow } from '../../src/ui/messages/how.ts';
import { questionWords as enQuestions } from '../../src/domain/question-words.ts';
import { reasonWords as enReasons } from '../../src/domain/catalog/reason-words.ts';
import * as esAfterCall from '../../src/lang/es/ui/messages/after-call.ts';
import * as esCallDetails from '../../src/lang/es/ui/messages/call-details.ts';
import * as esCalls from '../../src/lang/es/ui/messages/calls.ts';
import * as esCheck from '../../src/lang/es/ui/messages/check.ts';
import * as esFrame from '../../src/lang/es/ui/messages/frame.ts';
import * as esPage from '../../src/lang/es/ui/messages/page.ts';
import * as esPrep from '../../src/lang/es/ui/messages/prep.ts';
import * as esPrint from '../../src/lang/es/ui/messages/print.ts';
import * as esResults from '../../src/lang/es/ui/messages/results.ts';
import * as esStorage from '../../src/lang/es/ui/messages/storage.ts';
import * as esWizard from '../../src/lang/es/ui/messages/wizard.ts';
import { pasteFoundMessages as esFound } from '../../src/lang/es/ui/messages/paste-found.ts';
import * as esWhy from '../../src/lang/es/ui/messages/why.ts';
import { howMessages as esHow } from '../../src/lang/es/ui/messages/how.ts';
import { questionWords as esQuestions } from '../../src/lang/es/domain/question-words.ts';
import { reasonWords as esReasons } from '../../src/lang/es/domain/catalog/reason-words.ts';
import { expectNoEnglish } from './no-english.ts';

/* What lets an English browser suite run in Spanish too (issue 12): each language's browser,
   and the words a test reads, taken from the app's own words modules rather than repeated. */

/** The languages every parametrized suite runs in. */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * A browser context's options for a person who reads this language first: the app follows
 * the browser's language, with no `lang` in the link.
 */
export function localeOf(lang: Language): BrowserContextOptions {
  return { locale: lang === 'es' ? 'es-ES' : 'en-US' };
}

const english = {
  afterCall: enAfterCall.afterCallMessages,
  callFields: enCallDetails.callFieldMessages,
  calls: enCalls,
  check: enCheck.checkMessages,
  frame: enFrame,
  page: enPage.pageMessages,
  followUp: enPrep.followUpMessages,
  print: enPrint.printMessages,
  actions: enResults.actionMessages,
  ranked: enResults.rankedMessages,
  storage: enStorage.storageMessages,
  wizard: enWizard,
  found: enFound,
  why: enWhy,
  how: enHow,
  questions: enQuestions,
  reasons: enReasons,
};

/** Each language's words, as its pages show them. Example: `WORDS.es.calls.callsMessages.heading`. */
export const WORDS = {
  en: english,
  es: {
    afterCall: esAfterCall.afterCallMessages,
    callFields: esCallDetails.callFieldMessages,
    calls: esCalls,
    check: esCheck.checkMessages,
    frame: esFrame,
    page: esPage.pageMessages,
    followUp: esPrep.followUpMessages,
    print: esPrint.printMessages,
    actions: esResults.actionMessages,
    ranked: esResults.rankedMessages,
    storage: esStorage.storageMessages,
    wizard: esWizard,
    found: esFound,
    why: esWhy,
    how: esHow,
    questions: esQuestions,
    reasons: esReasons,
  },
} as const satisfies Record<Language, unknown>;

export { fill };

/** A plural message's form for a count, as the app picks it. */
export function plural(forms: { one: string; other: string }, count: number): string {
  return fill(count === 1 ? forms.one : forms.other, { count });
}

/** A text as a pattern that matches it exactly, wherever it stands in a longer text. */
export function literally(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

/**
 * Checks a page is in its language: `<html lang>` is it and, in Spanish, no English shows
 * anywhere a person could see or hear it.
 */
export async function expectLanguage(page: Page, lang: Language): Promise<void> {
  if (lang === 'es') await expectNoEnglish(page);
  else expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
}
