import { callBackPhrases, lexicon, negations, type LexiconEntry } from './catalog/lexicon.ts';
import type { Answers, Caller, QuestionKey, Topic } from './schema.ts';

/** One place in the text that suggested an answer. */
export interface Match {
  /** Example: `'topics'`. */
  question: QuestionKey;
  /** Example: `'references'`. */
  value: string;
  /** The words as they stand in the text. Example: `'Referees'`. */
  phrase: string;
  /** Where those words start in the text, in UTF-16 units, for highlighting. */
  start: number;
  /** Where they end (exclusive). */
  end: number;
}

/** The most text we read: enough for any message, and it keeps the reading fast. */
export const MAX_TEXT = 100_000;

/** How many words before a phrase we look for a "not" or "no need to". */
const NEGATION_REACH = 5;

type Target = Pick<LexiconEntry, 'question' | 'value'>;

function toPattern(phrase: string): string {
  return phrase
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/'/g, "['’]")
    .replace(/ /g, '[\\s\\-]+');
}

/** One pass over the text finds every phrase; longer phrases are tried first at each place. */
function compile(phrases: readonly string[]): RegExp {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  // Unicode-aware word edges: \b only knows ASCII letters, so "résumé" would break it.
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${sorted.map(toPattern).join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
}

const targets = new Map<string, Target[]>();
for (const entry of lexicon) {
  for (const phrase of entry.phrases) {
    const list = targets.get(phrase) ?? [];
    list.push({ question: entry.question, value: entry.value });
    targets.set(phrase, list);
  }
}
const phrasePattern = compile([...targets.keys()]);
const callBackPattern = compile(callBackPhrases);
const negationPattern = new RegExp(
  `(?<![\\p{L}'’])(?:${negations.map(toPattern).join('|')})(?![\\p{L}'’])`,
  'iu',
);

/** The lexicon key of matched words: lowercase, single spaces, straight apostrophes. */
function normalise(words: string): string {
  return words
    .toLowerCase()
    .replace(/[\s-]+/g, ' ')
    .replace(/’/g, "'");
}

/** Whether the words just before `start`, in the same sentence, say "not" or "no need". */
function isNegated(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  const clause = before.split(/[.!?;:\n]|\bbut\b/i).pop() ?? '';
  const words = clause.trim().split(/\s+/).slice(-NEGATION_REACH);
  return negationPattern.test(words.join(' '));
}

// When several callers are named, the most specific wins: an agency recruiter calls
// themselves a recruiter too, and a hiring manager may mention HR.
const callerOrder: readonly Caller[] = ['agency', 'hiring-manager', 'recruiter'];

/**
 * Suggests answers from a pasted voicemail, email or notes, with the words behind each
 * suggestion. Pure and safe: never throws, reads at most `MAX_TEXT` characters, and skips
 * phrases said not to apply ("no need to send references"). Example:
 * `suggestAnswers('Could you send two referees?').answers.topics` is `['references']`.
 */
export function suggestAnswers(text: string): { answers: Answers; matches: Match[] } {
  const source = typeof text === 'string' ? text.slice(0, MAX_TEXT) : '';
  const matches: Match[] = [];
  for (const found of source.matchAll(phrasePattern)) {
    const start = found.index;
    if (isNegated(source, start)) continue;
    for (const target of targets.get(normalise(found[0])) ?? []) {
      matches.push({ ...target, phrase: found[0], start, end: start + found[0].length });
    }
  }
  const values = (question: QuestionKey) =>
    new Set(matches.filter((m) => m.question === question).map((m) => m.value));

  const answers: Answers = {};
  const topics = [...values('topics')] as Topic[];
  if (topics.length === 0) {
    const callBack = callBackPattern.exec(source);
    callBackPattern.lastIndex = 0;
    if (callBack) {
      topics.push('nothing');
      const start = callBack.index;
      matches.push({
        question: 'topics',
        value: 'nothing',
        phrase: callBack[0],
        start,
        end: start + callBack[0].length,
      });
    }
  }
  if (topics.length > 0) answers.topics = topics.sort();

  const callers = values('caller');
  const caller = callerOrder.find((value) => callers.has(value));
  if (caller) answers.caller = caller;

  // Mixed signals ("great to meet you, but unfortunately…") are not plain: suggest no tone.
  const tones = values('tone');
  if (tones.size === 1) answers.tone = [...tones][0] as Answers['tone'];

  const contacts = values('contact');
  if (contacts.has('email')) answers.contact = 'email';
  else if (contacts.has('voicemail')) answers.contact = 'voicemail';

  const used = (m: Match) =>
    m.question === 'topics' ||
    (m.question === 'caller' && m.value === answers.caller) ||
    (m.question === 'tone' && m.value === answers.tone) ||
    (m.question === 'contact' && m.value === answers.contact);
  return { answers, matches: matches.filter(used).sort((a, b) => a.start - b.start) };
}
