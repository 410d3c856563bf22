import { phraseCatalog } from './phrase-catalog.ts';
import { phraseCatalogEs } from './phrase-catalog-es.ts';
import { foldAccents, type PasteLanguage } from './detect.ts';
import type { PhraseEntry } from './phrase-schema.ts';

/** A recruiter phrase found in a text, as written there, with what it usually means. */
export interface FoundPhrase {
  /** The words as they stand in the text. Example: `'We’ll keep your CV on file'`. */
  phrase: string;
  /** What such words usually mean. */
  meaning: string;
}

// Between words: spaces, line breaks, hyphens and commas ("on-hold", "CV, on file").
const GAP = '[\\s,\\-‐‑]+';
const APOSTROPHE = "['’‘]?";
const WORD = "[a-z0-9é]+(?:['’‘][a-z]+)?";
/** `~`: up to three words, each with the gap after it. */
const FEW = `(?:${WORD}${GAP}){0,3}`;

/**
 * One pattern of the catalog (see phrase-catalog.ts) as a regular expression source. A group
 * with an empty variant takes the gap beside it inside its other variants, so that leaving it
 * out leaves one gap, not two: `'keep {your|} cv'` reads both "keep your cv" and "keep cv",
 * as `'keep {your |}cv'` does.
 */
function patternSource(pattern: string): string {
  let at = 0;
  const sequence = (): string => {
    let out = '';
    while (at < pattern.length) {
      const char = pattern[at] as string;
      if (char === '|' || char === '}') break;
      at += 1;
      if (char === '{') {
        const variants = [sequence()];
        while (pattern[at] === '|') {
          at += 1;
          variants.push(sequence());
        }
        at += 1; // the closing brace
        if (!variants.includes('') || variants.every((v) => v === '' || v.endsWith(GAP))) {
          // No empty variant, or each variant brings its own gap: `{the |}`.
          out += `(?:${variants.join('|')})`;
        } else if (pattern[at] === ' ') {
          at += 1;
          out += `(?:${variants.map((v) => (v ? v + GAP : '')).join('|')})`;
        } else if (out.endsWith(GAP)) {
          out = out.slice(0, -GAP.length);
          out += `(?:${variants.map((v) => (v ? GAP + v : '')).join('|')})`;
        } else {
          out += `(?:${variants.join('|')})`;
        }
      } else if (char === '~') {
        out += FEW;
        if (pattern[at] === ' ') at += 1;
      } else if (char === ' ') out += GAP;
      else if (char === "'") out += APOSTROPHE;
      else if (char === '*') out += WORD;
      else out += char.replace(/[.+?^$()[\]\\]/g, '\\$&');
    }
    return out;
  };
  return sequence();
}

// Words that say a phrase does not apply when they come just before it in the same clause:
// "the role is not on hold", "we won't need to contact your referees".
const NEGATION =
  /\b(?:not|no|never|without|cannot|\w+n['’‘]t|(?:do|does|did|is|are|was|were|wo|ca|have|has|had|would|could|should)nt)\b/i;
// Words that put a step behind the candidate: "thanks for the informal chat".
const BEHIND = /\b(?:thanks? (?:you )?for|after|following|since|enjoyed|had)\b/i;
const CLAUSE_BREAK = /[.!?;:,()\n"“”–—]|\bbut\b|\bhowever\b/i;

// The same in Spanish, read on the text with its accents folded away: "el puesto no está en
// pausa", "sin contactar a sus referencias"; "gracias por la llamada inicial". "Sin duda", "sin
// falta" and "sin problema" affirm: "sin duda le tendremos en cuenta" is still said.
const NEGATION_ES =
  /\b(?:no|nunca|sin(?! (?:duda|dudas|falta|problema|problemas)\b)|ni|tampoco|ningun|ninguna)\b/i;
const BEHIND_ES =
  /\b(?:gracias por|tras|despues de|luego de|durante|disfrutamos|nos gusto|le gusto|les gusto)\b/i;
const CLAUSE_BREAK_ES = /[.!?;:,()\n"“”«»–—¿¡]|\bpero\b|\baunque\b|\bsin embargo\b/i;

/** One language's recruiter phrases and the words that take one back or put it behind. */
interface Language {
  catalog: readonly PhraseEntry[];
  negation: RegExp;
  behind: RegExp;
  clauseBreak: RegExp;
  /** Whether the text is read with its accents folded away. */
  fold: boolean;
}

const languages: Record<PasteLanguage, Language> = {
  en: {
    catalog: phraseCatalog,
    negation: NEGATION,
    behind: BEHIND,
    clauseBreak: CLAUSE_BREAK,
    fold: false,
  },
  es: {
    catalog: phraseCatalogEs,
    negation: NEGATION_ES,
    behind: BEHIND_ES,
    clauseBreak: CLAUSE_BREAK_ES,
    fold: true,
  },
};
/** How many words before a phrase can take it back: "we won't need to contact your referees". */
const REACH = 4;
/** How many words before a phrase can put it behind: "thanks for coming in to meet the team". */
const REACH_BEHIND = 6;
/** How many characters before a phrase hold those words, with room to spare. */
const WINDOW = 60;

/** The last few words before `start` in the same clause. */
function wordsBefore(text: string, start: number, reach: number, clauseBreak: RegExp): string {
  const parts = text.slice(Math.max(0, start - WINDOW), start).split(clauseBreak);
  const clause = parts[parts.length - 1] ?? '';
  return clause.trim().split(/\s+/).slice(-reach).join(' ');
}

/** How many letters of a word find the patterns that may start with it. */
const KEY_LENGTH = 3;
/** The first letters of a word: `'re'` for "re-advertise", `'pos'` for "position". */
const keyOf = (word: string) => word.slice(0, KEY_LENGTH).toLowerCase();
/** A letter or digit of ASCII, or "é": what a pattern's words are made of. */
const isWordChar = (code: number) =>
  (code >= 97 && code <= 122) ||
  (code >= 65 && code <= 90) ||
  (code >= 48 && code <= 57) ||
  code === 0xe9 ||
  code === 0xc9;
const LETTER = /[\p{L}\p{M}\p{N}]/u;
/** ', ’ and ‘. */
const APOSTROPHES = [39, 0x2019, 0x2018];

/** Where a group that starts at `open` closes, nested groups included. */
function closing(pattern: string, open: number): number {
  let depth = 0;
  for (let i = open; i < pattern.length; i += 1) {
    if (pattern[i] === '{') depth += 1;
    else if (pattern[i] === '}' && --depth === 0) return i;
  }
  return pattern.length;
}

/** A group's variants, split at its own bars only. Example: `'a|{b|c} d'` → `['a', '{b|c} d']`. */
function variantsOf(inside: string): string[] {
  const variants = [''];
  let depth = 0;
  for (const char of inside) {
    if (char === '|' && depth === 0) variants.push('');
    else {
      if (char === '{') depth += 1;
      if (char === '}') depth -= 1;
      variants[variants.length - 1] += char;
    }
  }
  return variants;
}

/**
 * The keys (`keyOf`) a pattern's first word may have, or `undefined` when it may start with
 * any word (`*`, `~`). Example: `'{we|they} keep'` → `{'we', 'the'}`.
 */
function firstKeys(pattern: string, word = ''): Set<string> | undefined {
  const rest = word === '' ? pattern.trimStart() : pattern;
  const char = rest[0];
  if (char === undefined || char === ' ' || char === "'" || word.length === KEY_LENGTH) {
    return new Set(word === '' ? [] : [keyOf(word)]);
  }
  if (char === '*' || char === '~') return word === '' ? undefined : new Set([keyOf(word)]);
  if (char !== '{') return firstKeys(rest.slice(1), word + char);
  const close = closing(rest, 0);
  const keys = new Set<string>();
  for (const variant of variantsOf(rest.slice(1, close))) {
    const some = firstKeys(variant + rest.slice(close + 1), word);
    if (!some) return undefined;
    for (const key of some) keys.add(key);
  }
  return keys;
}

interface Compiled {
  entry: PhraseEntry;
  /** Sticky: tried only where a word that may start it starts. */
  pattern: RegExp;
}

interface Index {
  /** The patterns that may start with a word of this key. */
  byKey: Map<string, Compiled[]>;
  /** The patterns that may start with any word. */
  anyWord: Compiled[];
}

const built = new Map<readonly PhraseEntry[], Index>();

/** A catalog as one pattern per phrase, by the words it may start with. Built on first use. */
function index(catalog: readonly PhraseEntry[]): Index {
  const ready = built.get(catalog);
  if (ready) return ready;
  const index: Index = { byKey: new Map(), anyWord: [] };
  built.set(catalog, index);
  for (const entry of catalog) {
    const compiled: Compiled = {
      entry,
      // Patterns end with ASCII letters, so the fast ASCII word edge `\b` is enough there.
      pattern: new RegExp(`(?:${entry.patterns.map(patternSource).join('|')})\\b`, 'iy'),
    };
    const all = entry.patterns.map((pattern) => firstKeys(pattern));
    if (!all.every((keys) => keys !== undefined)) {
      index.anyWord.push(compiled);
      continue;
    }
    for (const key of new Set(all.flatMap((keys) => [...keys]))) {
      const list = index.byKey.get(key);
      if (list) list.push(compiled);
      else index.byKey.set(key, [compiled]);
    }
  }
  return index;
}

/**
 * The recruiter phrases in a text whose meaning people look up ("we'll keep your CV on file",
 * "the role has been put on hold"), each once, in the order they appear, quoted as written and
 * with what they usually mean. A phrase said not to apply ("the role is not on hold") is left
 * out, and so is a step said to be behind ("thanks for the informal chat"). Where two overlap,
 * the longer is kept. Pure, never throws; the caller limits the text's length.
 * Spanish (`lang` `'es'`) is read with its accents folded away and quoted as written.
 * Example: `findPhrases('We will keep your CV on file.')[0].phrase` is `'keep your CV on file'`.
 */
export function findPhrases(source: string, lang: PasteLanguage = 'en'): FoundPhrase[] {
  if (typeof source !== 'string') return [];
  const language = languages[lang];
  const text = language.fold ? foldAccents(source) : source;
  const found: { start: number; end: number; entry: PhraseEntry }[] = [];
  const done = new Set<PhraseEntry>();
  const { byKey, anyWord } = index(language.catalog);
  // Trying only the patterns that may start with each word keeps 100 KB to a few
  // milliseconds; scanning the whole text with every pattern took tens.
  const tryAt = (start: number, list: readonly Compiled[]) => {
    for (const { entry, pattern } of list) {
      if (done.has(entry)) continue;
      pattern.lastIndex = start;
      const match = pattern.exec(text);
      if (!match) continue;
      const { negation, behind, clauseBreak } = language;
      if (negation.test(wordsBefore(text, start, REACH, clauseBreak))) continue;
      if (entry.ahead && behind.test(wordsBefore(text, start, REACH_BEHIND, clauseBreak))) {
        continue;
      }
      found.push({ start, end: start + match[0].length, entry });
      done.add(entry); // each phrase once, where it is first said
    }
  };
  let inWord = false;
  for (let start = 0; start < text.length; start += 1) {
    const code = text.charCodeAt(start);
    // An apostrophe inside a word keeps it one word: "we're" does not start a word at "re".
    if (inWord && APOSTROPHES.includes(code)) continue;
    const wordChar = isWordChar(code) || (code >= 128 && LETTER.test(text[start] ?? ''));
    if (!wordChar || inWord) {
      inWord = wordChar;
      continue;
    }
    inWord = true;
    let end = start + 1;
    while (end < start + KEY_LENGTH && isWordChar(text.charCodeAt(end))) end += 1;
    const candidates = byKey.get(keyOf(text.slice(start, end)));
    if (candidates) tryAt(start, candidates);
    if (anyWord.length > 0) tryAt(start, anyWord);
  }
  const kept: typeof found = [];
  for (const candidate of [...found].sort((a, b) => b.end - b.start - (a.end - a.start))) {
    if (kept.every((k) => candidate.end <= k.start || candidate.start >= k.end)) {
      kept.push(candidate);
    }
  }
  return kept
    .sort((a, b) => a.start - b.start)
    .map(({ start, end, entry }) => ({ phrase: source.slice(start, end), meaning: entry.meaning }));
}
