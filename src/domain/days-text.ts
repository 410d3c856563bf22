// Types only: this reader loads on its own, when the days question opens, not with the schema.
import type { Days } from './codes.ts';

/*
 * The days since the interview as a person types them: "2", "2 days", "two days", "a week
 * ago", "yesterday". A link's `days=` stays digits only (docs/contract.md §1); this is for the
 * field on the days question, which turns what it reads into those digits.
 */

/** Why typed days cannot be used. */
export type DaysTextProblem =
  /** Nothing typed but spaces or punctuation. */
  | 'empty'
  /** A number of days past the most allowed: `'400'`, `'two years ago'`. */
  | 'too-long-ago'
  /** A number with a fraction: `'1.5'`, `'2.5 days'`. */
  | 'not-whole'
  /** Anything else: `'soon'`, `'-3'`, `'2 or 3 days'`. */
  | 'unreadable';

/** Typed days, read, or why they cannot be used. */
export type DaysText =
  | {
      ok: true;
      /** Whole days ago, or `unknown` for "not sure" typed in words. Example: `14`. */
      days: Days;
      /**
       * How it was read: `digits`, a plain number as a link writes it (`'7'`); `words`,
       * anything else that says the days exactly (`'two days'`, `'a week ago'`, `'yesterday'`);
       * `guess`, a rough phrase given a likely number (`'last week'` is 7, `'a month ago'` 30).
       */
      read: 'digits' | 'words' | 'guess';
    }
  | { ok: false; problem: DaysTextProblem };

// Words that change nothing about the count: "about", "ago", "it was", "the", "of", and the
// same in Spanish ("hace", "unos", "más o menos"), read with accents folded away.
const FILLER = new Set(
  'about around roughly approximately approx maybe like just only i think it its was has been ago back earlier exactly some ish nearly almost over the of hace unos unas aproximadamente mas menos o como casi fue ya de y'.split(
    ' ',
  ),
);

/** Spanish numbers up to 29 as one word each (accents folded): their value is their place. */
const SPANISH_UNITS =
  'cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciseis diecisiete dieciocho diecinueve veinte veintiuno veintidos veintitres veinticuatro veinticinco veintiseis veintisiete veintiocho veintinueve'.split(
    ' ',
  );
const SPANISH_TENS = 'treinta cuarenta cincuenta sesenta setenta ochenta noventa'.split(' ');

const UNITS =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
    ' ',
  );
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');

/** Whole phrases, after the filler is taken out, with the days each stands for. */
const PHRASES = new Map<string, [Days, 'words' | 'guess']>(
  Object.entries({
    today: [0, 'words'],
    'this morning': [0, 'words'],
    'this afternoon': [0, 'words'],
    yesterday: [1, 'words'],
    'last night': [1, 'words'],
    'day before yesterday': [2, 'words'],
    'last week': [7, 'guess'],
    'last month': [30, 'guess'],
    unknown: ['unknown', 'words'],
    'not sure': ['unknown', 'words'],
    'dont know': ['unknown', 'words'],
    hoy: [0, 'words'],
    'esta manana': [0, 'words'],
    'esta tarde': [0, 'words'],
    ayer: [1, 'words'],
    anoche: [1, 'words'],
    anteayer: [2, 'words'],
    'antes ayer': [2, 'words'],
    'semana pasada': [7, 'guess'],
    'la semana pasada': [7, 'guess'],
    'mes pasado': [30, 'guess'],
    'el mes pasado': [30, 'guess'],
    'no lo se': ['unknown', 'words'],
    'no se': ['unknown', 'words'],
  } satisfies Record<string, [Days, 'words' | 'guess']>),
);

// Maps, not objects, here and above: a word typed as "constructor" must find nothing.
/** Days in each unit; a month (30) and a year (365) are guesses. */
const UNIT_DAYS = new Map<string, readonly [number, 'words' | 'guess']>();
for (const [days, read, names] of [
  [1, 'words', 'd day days dia dias'],
  [7, 'words', 'w wk wks week weeks semana semanas'],
  [14, 'words', 'fortnight fortnights quincena quincenas'],
  [30, 'guess', 'mo month months mes meses'],
  [365, 'guess', 'y yr yrs year years ano anos'],
] as const) {
  for (const name of names.split(' ')) UNIT_DAYS.set(name, [days, read]);
}

/** A count with no unit after it counts days: "two". */
const NO_UNIT = [1, 'words'] as const;

/**
 * A count at the start of the words, and how many words it took: digits, number words up to
 * ninety-nine, "a", "a couple", "a few" (a guess at 3). Example: `['twenty', 'one', 'days']`
 * gives `{ count: 21, used: 2 }`.
 */
function readCount(
  words: string[],
): { count: number; used: number; guess?: true; article?: true } | undefined {
  const [first = '', second = ''] = words;
  if (/^\d+$/.test(first)) return { count: Number(first), used: 1 };
  if (first === 'a' || first === 'an') {
    if (second === 'couple') return { count: 2, used: 2 };
    if (second === 'few') return { count: 3, used: 2, guess: true };
    // "a" counts one only before a unit: "a week", never "a" alone.
    return { count: 1, used: 1, article: true };
  }
  if (first === 'couple') return { count: 2, used: 1 };
  if (first === 'few') return { count: 3, used: 1, guess: true };
  if (first === 'un' || first === 'una') {
    if (second === 'par') return { count: 2, used: 2 };
    return { count: 1, used: 1, article: true };
  }
  if (first === 'par') return { count: 2, used: 1 };
  if (first === 'pocos' || first === 'pocas' || first === 'cuantos' || first === 'cuantas')
    return { count: 3, used: 1, guess: true };
  const spanish = SPANISH_UNITS.indexOf(first);
  if (spanish >= 0) return { count: spanish, used: 1 };
  const spanishTens = SPANISH_TENS.indexOf(first);
  if (spanishTens >= 0) {
    const spanishOnes = second === 'un' || second === 'una' ? 1 : SPANISH_UNITS.indexOf(second);
    const tensValue = (spanishTens + 3) * 10;
    if (spanishOnes >= 1 && spanishOnes <= 9) return { count: tensValue + spanishOnes, used: 2 };
    return { count: tensValue, used: 1 };
  }
  const unit = UNITS.indexOf(first);
  if (unit >= 0) return { count: unit, used: 1 };
  const tens = TENS.indexOf(first);
  if (tens < 0) return undefined;
  const ones = UNITS.indexOf(second);
  // "twenty one" and "twenty-one" (the hyphen is a space by now); never "twenty eleven".
  if (ones >= 1 && ones <= 9) return { count: (tens + 2) * 10 + ones, used: 2 };
  return { count: (tens + 2) * 10, used: 1 };
}

/**
 * Reads the days since the interview as a person typed them, whatever the case, spaces or
 * punctuation, up to `max` days (`MAX_DAYS`, given by the caller so that this file needs
 * nothing of the schema at run time); never throws. Examples, with `max` 365:
 * `readDaysText('2', 365)` is `{ ok: true, days: 2, read: 'digits' }`;
 * `readDaysText('Two days ago.', 365)` is `{ ok: true, days: 2, read: 'words' }`;
 * `readDaysText('last week', 365)` is `{ ok: true, days: 7, read: 'guess' }`;
 * `readDaysText('400', 365)` is `{ ok: false, problem: 'too-long-ago' }`.
 */
export function readDaysText(text: string, max: number): DaysText {
  if (/^\s*\d+\s*$/.test(text)) {
    const days = Number(text);
    return days > max ? { ok: false, problem: 'too-long-ago' } : { ok: true, days, read: 'digits' };
  }
  // Accents folded away, so "días" and "dias", "año" and "ano" read alike.
  const lower = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  if (lower.trim() === '') return { ok: false, problem: 'empty' };
  if (/\d\.\d/.test(lower)) return { ok: false, problem: 'not-whole' };
  // A minus sign says a day after today ("-3"), or a range ("2-3 days"): neither is one count.
  if (/-\s*\d/.test(lower)) return { ok: false, problem: 'unreadable' };
  const words = lower
    // "don't" and "don’t" are one word; "2days" and "14d" are two; "twenty-one" is two.
    .replace(/['’]/g, '')
    .replace(/(\d)(?=[a-z])/g, '$1 ')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '' && !FILLER.has(word));
  const phrase = PHRASES.get(words.join(' '));
  if (phrase) return { ok: true, days: phrase[0], read: phrase[1] };

  const count = readCount(words);
  const rest = words.slice(count?.used ?? 0);
  const unit = rest.length === 0 && !count?.article ? NO_UNIT : UNIT_DAYS.get(rest[0] ?? '');
  if (!count || !unit || rest.length > 1) return { ok: false, problem: 'unreadable' };
  const days = count.count * unit[0];
  if (days > max) return { ok: false, problem: 'too-long-ago' };
  return { ok: true, days, read: count.guess || unit[1] === 'guess' ? 'guess' : 'words' };
}
