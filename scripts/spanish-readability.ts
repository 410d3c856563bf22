/**
 * How plain a Spanish text reads: Fernández-Huerta's score, with a small syllable counter of
 * its own (the `syllable` package counts English). Used by tests/domain/spanish-catalog.test.ts
 * and `npm run bench`.
 */

// Strong vowels, accented í and ú among them: a stress mark breaks a diphthong ("dí-a").
const STRONG = new Set('aeoáéíóú');
const VOWEL = /[aeiouáéíóúü]+/g;

/**
 * The syllables of one Spanish word, by its vowel groups: two strong vowels side by side are
 * two syllables ("le-er"), any other pair one ("cie-lo", "ciu-dad"); the u of "que", "qui",
 * "gue", "gui" is silent, and a final y after a vowel ("hoy", "muy") joins it. Example:
 * `spanishSyllables('entrevista')` is 4.
 */
export function spanishSyllables(word: string): number {
  const letters = word.toLowerCase().replace(/([qg])u(?=[eiéí])/g, '$1');
  let count = 0;
  for (const group of letters.match(VOWEL) ?? []) {
    count += 1;
    for (let i = 1; i < group.length; i += 1) {
      if (STRONG.has(group[i - 1]!) && STRONG.has(group[i]!)) count += 1;
    }
  }
  // "y" alone, a number or an initialism is still said as at least one syllable.
  return Math.max(1, count);
}

/** The words of a text: runs of letters and digits. */
export function spanishWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Counts over a body of text, each piece at least one sentence (a list item or a question). */
export function spanishCounts(texts: readonly string[]): {
  words: number;
  syllables: number;
  sentences: number;
} {
  let words = 0;
  let syllables = 0;
  let sentences = 0;
  for (const text of texts) {
    sentences += Math.max(1, text.split(/[.!?:;]+(?:\s|$)/).filter((s) => s.trim()).length);
    for (const word of spanishWords(text)) {
      words += 1;
      syllables += spanishSyllables(word);
    }
  }
  return { words, syllables, sentences };
}

/**
 * Fernández-Huerta's readability (1959): 206.84 − 0.60·P − 1.02·F, with P the syllables per 100
 * words and F the sentences per 100 words. 70 to 80 is "bastante fácil", 80 to 90 "fácil".
 */
export function fernandezHuerta(texts: readonly string[]): number {
  const { words, syllables, sentences } = spanishCounts(texts);
  if (words === 0) return 0;
  return 206.84 - 0.6 * ((syllables / words) * 100) - 1.02 * ((sentences / words) * 100);
}
