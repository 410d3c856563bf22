import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** The Flesch-Kincaid grade of a body of text, counting each piece as at least one sentence. */
export function gradeOf(texts: readonly string[]): number {
  let sentence = 0;
  let word = 0;
  let syllables = 0;
  for (const text of texts) {
    // A checklist line or a question is a sentence even without a full stop.
    sentence += Math.max(1, text.split(/[.!?]+(?:\s|$)/).filter((s) => s.trim()).length);
    const words = text.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
    word += words.length;
    for (const w of words) syllables += syllable(w);
  }
  return fleschKincaid({ sentence, word, syllable: syllables });
}

/** Every piece of reader-facing text in a value: strings, deep inside objects and arrays. */
export function textsOf(value: unknown, skip: ReadonlySet<string> = new Set()): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => textsOf(v, skip));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => (skip.has(key) ? [] : textsOf(v, skip)));
  }
  return [];
}

/** Keys that hold codes, not words for the reader. */
export const CODE_KEYS: ReadonlySet<string> = new Set(['id', 'category', 'signals']);
