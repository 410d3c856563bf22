import { englishLexicon, type LexiconEntry, type LexiconPack } from './lexicon.ts';
import type { Answers, Caller, QuestionKey, Topic } from '../codes.ts';
import { findPhoneNumbers } from '../phone.ts';
import {
  footerStart,
  isProperName,
  readCaller,
  readContact,
  readDays,
  readRound,
  signatureStart,
  tenseOf,
  type FactReaders,
} from './facts.ts';
import { timePhrases } from './time.ts';
import { findPhrases, type FoundPhrase } from './phrases.ts';
import { spanishLexicon } from './lexicon-es.ts';
import { spanishFacts } from './facts-es.ts';
import { detectLanguage, foldAccents, type PasteLanguage } from './detect.ts';

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

/** How many words before a phrase we look for a "not", a "no need to" or a "thanks for". */
const REACH_BEFORE = 6;
/** A tone is only taken back right before it: "not good news", but "no update yet, sorry". */
const REACH_TONE = 2;
/** How many words after a phrase we look for a "not needed". */
const REACH_AFTER = 5;
/** How many characters around a phrase hold those words, with room to spare. */
const WINDOW = 90;

interface Target extends Pick<LexiconEntry, 'question' | 'value'> {
  /** From `stagePhrases`: another interview, unless the message names a test. */
  stage?: boolean;
  /** From `questionIntros`: a follow-up question, unless the question is on another topic. */
  intro?: boolean;
}

/** `'when {you|i} start'` → `['when you start', 'when i start']`; an empty variant drops out. */
function expand(phrase: string): string[] {
  const open = phrase.indexOf('{');
  const close = phrase.indexOf('}', open);
  if (open < 0 || close < 0) return [phrase];
  const head = phrase.slice(0, open);
  const tail = phrase.slice(close + 1);
  return phrase
    .slice(open + 1, close)
    .split('|')
    .flatMap((variant) => expand(head + variant + tail));
}

// In a phrase, `#` is a run of digits, and may sit inside a word: "#k" reads "85k". Spaces,
// hyphens, commas, slashes and stray apostrophes only sit between words.
const phraseTokens =
  /[#\p{L}\p{M}\p{N}]+(?:['’‘][#\p{L}\p{M}\p{N}]+)*|[^\s\-‐‑–,/'’‘#\p{L}\p{M}\p{N}]/gu;
const ASCII = /^[\x20-\x7e]*$/;
const PLAIN_PHRASE = /^[a-z0-9#*' ,/-]*$/;
const PLAIN_GAPS = /[\s,/-]+|(?<![a-z0-9#])'|'(?![a-z0-9#])/;

/** A word as the trie keys it: lowercase, no accents, no apostrophes ("I’m" → "im"). */
function keyOf(word: string): string {
  const lower = word.toLowerCase();
  if (ASCII.test(lower)) return lower.includes("'") ? lower.replace(/'/g, '') : lower;
  return lower.normalize('NFD').replace(/[\p{M}'’‘]/gu, '');
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Set where a phrase ends; empty for an ignored phrase. */
  targets?: Target[];
}

function newNode(): TrieNode {
  return { next: new Map() };
}

/** Follows, and grows, the trie along the words of `text` (which may be empty). */
function walk(node: TrieNode, text: string): TrieNode {
  // Nearly every phrase is plain lowercase words; splitting those is much faster than the
  // Unicode-aware pattern, and the lexicon has thousands of phrases once expanded.
  const plain = PLAIN_PHRASE.test(text);
  const words = plain ? text.split(PLAIN_GAPS) : [...text.matchAll(phraseTokens)].map((m) => m[0]);
  for (const word of words) {
    if (word === '') continue;
    const key = plain ? word.replace(/'/g, '') : keyOf(word);
    let child = node.next.get(key);
    if (!child) node.next.set(key, (child = newNode()));
    node = child;
  }
  return node;
}

/** Marks where a phrase ends. An ignored phrase stays ignored even if a clue has its words. */
function finish(node: TrieNode, target: Target | undefined): void {
  if (!target) node.targets = [];
  else if (!node.targets) node.targets = [target];
  else if (
    node.targets.length > 0 &&
    !node.targets.some((t) => t.question === target.question && t.value === target.value)
  ) {
    node.targets.push(target);
  }
}

/**
 * Adds a phrase with its `{a|b}` variants. Whole-word variants branch in the trie as they are
 * read, which spares spelling out thousands of combinations; a variant inside a word
 * (`'#{st|nd}'`) is spelled out first.
 */
function addPhrase(root: TrieNode, phrase: string, target: Target | undefined, from = root): void {
  const open = phrase.indexOf('{');
  const close = phrase.indexOf('}', open);
  if (open < 0 || close < 0) {
    const end = walk(from, phrase);
    if (end !== root) finish(end, target);
    return;
  }
  const inWord = (open > 0 && phrase[open - 1] !== ' ') || (phrase[close + 1] ?? ' ') !== ' ';
  if (inWord) {
    for (const each of expand(phrase)) addPhrase(root, each, target, from);
    return;
  }
  const node = walk(from, phrase.slice(0, open));
  const rest = phrase.slice(close + 1);
  for (const variant of phrase.slice(open + 1, close).split('|')) {
    addPhrase(root, rest, target, walk(node, variant));
  }
}

/** The words of a text: where each starts and ends, its key, and its shape if it has digits. */
interface Words {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  keys: string[];
  /** 1 for a word, 0 for a punctuation mark. */
  isWord: Uint8Array;
  /** `undefined` for a word without digits. */
  shapes: (string | undefined)[];
}

const DIGITS = /\d+/g;
// Beyond ASCII, what is a letter and what sits between words is Unicode's call.
const wordChar = /[\p{L}\p{M}\p{N}]/uy;
const gapChar = /[\s‐‑–’‘]/uy;
const WORD = 1;
const GAP = 2;

/** `WORD` for a letter, mark or digit; `GAP` for a space, hyphen, comma, slash or apostrophe. */
function kindAt(text: string, i: number, code: number): number {
  if (code < 128) {
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) {
      return WORD;
    }
    // \t \n \v \f \r, space, ' , - /
    const gap = (code >= 9 && code <= 13) || code === 32 || code === 39 || code === 44;
    return gap || code === 45 || code === 47 ? GAP : 0;
  }
  wordChar.lastIndex = i;
  if (wordChar.test(text)) return WORD;
  gapChar.lastIndex = i;
  return gapChar.test(text) ? GAP : 0;
}

const isApostrophe = (code: number) => code === 39 || code === 0x2019 || code === 0x2018;
/** How many UTF-16 units the character at `i` takes: 2 for a whole surrogate pair. */
function width(text: string, i: number, code: number): number {
  if (code < 0xd800 || code > 0xdbff) return 1;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

/**
 * Reads a text as words and single punctuation marks, in one pass over its characters so that
 * 100 KB of anything stays fast. An apostrophe between letters stays in the word ("I’m").
 */
function wordsOf(text: string): Words {
  const n = text.length;
  const words: Words = {
    count: 0,
    starts: new Int32Array(n),
    ends: new Int32Array(n),
    keys: [],
    isWord: new Uint8Array(n),
    shapes: [],
  };
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const kind = kindAt(text, i, code);
    if (kind === GAP) {
      i += width(text, i, code);
      continue;
    }
    const start = i;
    let plain = true;
    let digits = false;
    if (kind === WORD) {
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c >= 48 && c <= 57) digits = true;
        if (kindAt(text, i, c) === WORD) {
          if (c >= 128) plain = false;
          i += width(text, i, c);
        } else if (
          isApostrophe(c) &&
          i + 1 < n &&
          kindAt(text, i + 1, text.charCodeAt(i + 1)) === WORD
        ) {
          plain = false;
          i += 1;
        } else {
          break;
        }
      }
    } else {
      i += width(text, i, code);
    }
    const word = text.slice(start, i);
    const key = kind !== WORD ? word : plain ? word.toLowerCase() : keyOf(word);
    words.starts[words.count] = start;
    words.ends[words.count] = i;
    words.isWord[words.count] = kind === WORD ? 1 : 0;
    words.keys.push(key);
    words.shapes.push(digits ? key.replace(DIGITS, '#') : undefined);
    words.count += 1;
  }
  return words;
}

interface Found {
  /** The index of the phrase's last word. */
  last: number;
  targets: Target[];
}

/**
 * The longest phrase below `node` that goes on with word `at`. A word may match exactly, by
 * its shape ("85k" as "#k") or as the wildcard `*`; the exact word wins a tie.
 */
function longest(node: TrieNode, words: Words, at: number): Found | undefined {
  if (at >= words.count) return undefined;
  const exact = node.next.get(words.keys[at] ?? '');
  const shape = words.shapes[at];
  const shaped = shape === undefined ? undefined : node.next.get(shape);
  const wild = words.isWord[at] ? node.next.get('*') : undefined;
  if (!shaped && !wild) return exact && step(exact, words, at);
  let best: Found | undefined;
  for (const child of [exact, shaped, wild]) {
    if (!child) continue;
    const here = step(child, words, at);
    if (here && (!best || here.last > best.last)) best = here;
  }
  return best;
}

/** The longest phrase through `child`, which word `at` has just reached. */
function step(child: TrieNode, words: Words, at: number): Found | undefined {
  return (
    longest(child, words, at + 1) ??
    (child.targets ? { last: at, targets: child.targets } : undefined)
  );
}

/** Every phrase of `root` in the text, left to right, the longest at each place. */
function phrasesIn(root: TrieNode, words: Words, first = false): [number, number, Target[]][] {
  const phrases: [number, number, Target[]][] = [];
  for (let at = 0; at < words.count; at += 1) {
    const found = longest(root, words, at);
    if (!found) continue;
    phrases.push([words.starts[at] ?? 0, words.ends[found.last] ?? 0, found.targets]);
    if (first) break;
    at = found.last;
  }
  return phrases;
}

// Topics and the other questions are read separately, so that neither hides the other:
// "good feedback" is a warm tone and also feedback, "the position has been filled" is
// feedback and also a hesitant tone. Within each, the longest phrase wins.
const stage: Target = { question: 'topics', value: 'next-interview', stage: true };
const callBack: Target = { question: 'topics', value: 'nothing' };
const questionIntro: Target = { question: 'topics', value: 'follow-up-question', intro: true };
/** How far after "una pregunta" the question it announces may run, when no "?" ends it. */
const INTRO_REACH = 160;

/** One language's reading: its phrase tries, its negation patterns and its fact readers. */
interface Reader {
  topicRoot: TrieNode;
  otherRoot: TrieNode;
  callBackRoot: TrieNode;
  negationPattern: RegExp;
  negationAfterWords: RegExp;
  negationAfterPattern: RegExp;
  notNegationPattern: RegExp;
  lookingBackPattern: RegExp;
  clauseBreak: RegExp;
  /** How many words before a phrase a negation reaches. */
  reach: number;
  affirmedTopics: Set<string>;
  forwardTopics: Set<string>;
  facts: FactReaders;
  /** Whether words are read with their accents folded away (Spanish). */
  fold: boolean;
}

const englishFacts: FactReaders = {
  footerStart,
  signatureStart,
  readRound,
  readCaller,
  readContact,
  readDays,
  tenseOf,
  isProperName,
  timePhrases,
  findPhrases: (text) => findPhrases(text),
};

const packs: Record<PasteLanguage, [LexiconPack, FactReaders]> = {
  en: [englishLexicon, englishFacts],
  es: [spanishLexicon, spanishFacts],
};
const readers = new Map<PasteLanguage, Reader>();

/**
 * A language's reader, built on first use rather than at import: the app loads this module
 * with the catalog just after the first page is up, and building the tries takes tens of
 * milliseconds that only someone pasting text should pay.
 */
function readerFor(lang: PasteLanguage): Reader {
  const ready = readers.get(lang);
  if (ready) return ready;
  const [pack, facts] = packs[lang];
  const topicRoot = newNode();
  const otherRoot = newNode();
  for (const phrase of pack.ignoredPhrases) {
    addPhrase(topicRoot, phrase, undefined);
    addPhrase(otherRoot, phrase, undefined);
  }
  for (const entry of pack.lexicon) {
    const root = entry.question === 'topics' ? topicRoot : otherRoot;
    const target: Target = { question: entry.question, value: entry.value };
    for (const phrase of entry.phrases) addPhrase(root, phrase, target);
  }
  for (const phrase of pack.stagePhrases) addPhrase(topicRoot, phrase, stage);
  for (const phrase of pack.questionIntros ?? []) addPhrase(topicRoot, phrase, questionIntro);
  const callBackRoot = newNode();
  for (const phrase of pack.callBackPhrases) addPhrase(callBackRoot, phrase, callBack);
  const negationAfterWords = wordList(pack.negationsAfter);
  const reader: Reader = {
    topicRoot,
    otherRoot,
    callBackRoot,
    negationPattern: new RegExp(
      `${wordList(pack.negations).source}|${wordList(pack.notWords).source}\\s+(?:[\\w'’]+\\s+){0,${pack.notReach ?? 2}}?${wordList(pack.needWords).source}`,
      'i',
    ),
    negationAfterWords,
    negationAfterPattern: new RegExp(`^(?:[\\w'’]+\\s+){0,2}${negationAfterWords.source}`, 'i'),
    notNegationPattern: wordList(pack.notNegations, 'gi'),
    lookingBackPattern: wordList(pack.lookingBack),
    // Clause words are plain ASCII, so the cheaper ASCII word edge `\b` is enough here. Before
    // "of" they join rather than split: "instead of coming in", "because of the test".
    clauseBreak: new RegExp(
      `[.!?;:,()\\n"“”–—]|\\s[-+&]\\s|\\b(?:${pack.clauseBreaks.join('|')})\\b(?!\\s+of\\b)`,
      'i',
    ),
    reach: pack.reachBefore ?? REACH_BEFORE,
    affirmedTopics: new Set<string>(pack.alwaysAffirmed),
    forwardTopics: new Set<string>(pack.lookingBackTopics),
    facts,
    fold: lang !== 'en',
  };
  readers.set(lang, reader);
  return reader;
}

/**
 * Small lists of plain words (negations and the like) as one pattern, where a space also
 * matches a hyphen and an apostrophe may be curly or left out. They are ASCII (a Spanish
 * list is read on the text with its accents folded away), so the fast ASCII word edge `\b`
 * is enough.
 */
function wordList(phrases: readonly string[], flags = 'i'): RegExp {
  const alternatives = [
    ...new Set(phrases.flatMap(expand).map((p) => foldAccents(p).replace(/ +/g, ' ').trim())),
  ]
    .sort((a, b) => b.length - a.length)
    .map((phrase) =>
      phrase
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/'/g, "['’‘]?")
        .replace(/ /g, '[\\s\\-]+'),
    );
  return new RegExp(`\\b(?:${alternatives.join('|')})\\b`, flags);
}

/** The last few words before `start` in the same clause. */
function wordsBefore(r: Reader, text: string, start: number, reach = REACH_BEFORE): string {
  const parts = text.slice(Math.max(0, start - WINDOW), start).split(r.clauseBreak);
  const clause = parts[parts.length - 1] ?? '';
  return clause.trim().split(/\s+/).slice(-reach).join(' ');
}

/** The first few words after `end` in the same clause. */
function wordsAfter(r: Reader, text: string, end: number): string {
  const clause = text.slice(end, end + WINDOW).split(r.clauseBreak)[0] ?? '';
  return clause.trim().split(/\s+/).slice(0, REACH_AFTER).join(' ');
}

/** Whether `pattern` finds a negation in `words` once "don't forget"-style words are out. */
function negates(r: Reader, pattern: RegExp, words: string): boolean {
  if (!pattern.test(words)) return false;
  const cleaned = words.replace(r.notNegationPattern, ' ');
  return cleaned === words || pattern.test(cleaned);
}

/** Whether the words around a phrase say it does not apply: "no need for references". */
function isNegated(r: Reader, text: string, start: number, end: number, reach: number): boolean {
  // Most phrases have no negation anywhere near; a raw look first spares cutting out clauses.
  const before = text.slice(Math.max(0, start - WINDOW), start);
  if (
    r.negationPattern.test(before) &&
    negates(r, r.negationPattern, wordsBefore(r, text, start, reach))
  ) {
    return true;
  }
  const after = text.slice(end, end + WINDOW);
  return (
    r.negationAfterWords.test(after) && negates(r, r.negationAfterPattern, wordsAfter(r, text, end))
  );
}

/** Whether a phrase about a step ahead is said to be behind: "thanks for meeting the team". */
function isBehind(r: Reader, text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - WINDOW), start);
  return (
    r.lookingBackPattern.test(before) && r.lookingBackPattern.test(wordsBefore(r, text, start))
  );
}

/** Whether the question `intro` announces names another topic before it ends. */
function announcesTopic(text: string, intro: Match, matches: readonly Match[]): boolean {
  const mark = text.indexOf('?', intro.end);
  const end = mark >= 0 && mark - intro.end <= INTRO_REACH ? mark : intro.end + INTRO_REACH;
  return matches.some(
    (m) =>
      m.question === 'topics' &&
      m.value !== 'follow-up-question' &&
      m.value !== 'nothing' &&
      m.start >= intro.end &&
      m.start < end,
  );
}

// When several callers are named, the most specific wins: an agency recruiter calls
// themselves a recruiter too, and a hiring manager may mention HR.
const callerOrder: readonly Caller[] = ['agency', 'hiring-manager', 'recruiter'];

/** What the caller of `suggestAnswers` knows that the text does not. */
export interface SuggestOptions {
  /** Today's date where the person is, `'YYYY-MM-DD'`: without it no `days` are read. */
  today?: string;
}

/** What `suggestAnswers` finds in a text. */
export interface Suggestions {
  answers: Answers;
  /** The words behind each suggestion, in text order. */
  matches: Match[];
  /** Phone numbers in the text, as written there, in order: a call-back number. */
  numbers: string[];
  /** Recruiter phrases in the text, as written, with what they usually mean (`findPhrases`). */
  phrases: FoundPhrase[];
}

/**
 * Suggests answers from a pasted voicemail, email, text or call notes, with the words behind
 * each suggestion and the phone numbers in it. Pure and safe: never throws, reads at most
 * `MAX_TEXT` characters, and skips phrases said not to apply ("no need to send references"),
 * already behind the candidate ("thanks for meeting the team", "after Thursday's final
 * round"), inside a name ("Benefit Street Partners"), a signature or a disclaimer footer.
 * Besides topics and tone it reads the round done, the days since it (counted from
 * `options.today`), who got in touch and how, and lists the recruiter phrases in the text
 * with what they usually mean. `lang` picks the language read, English or Spanish; without
 * it the text's own language is detected (`detectLanguage`). Example:
 * `suggestAnswers('Could you send two referees?').answers.topics` is `['references']`.
 */
export function suggestAnswers(
  text: string,
  lang?: 'en' | 'es',
  options?: SuggestOptions,
): Suggestions {
  try {
    const source = typeof text === 'string' ? text.slice(0, MAX_TEXT) : '';
    const language = lang === 'en' || lang === 'es' ? lang : detectLanguage(source);
    return read(readerFor(language), source, options ?? {});
  } catch {
    // Never reached by any text tried (the property tests run thousands); a paste box that
    // shows nothing is better than one that breaks.
    return { answers: {}, matches: [], numbers: [], phrases: [] };
  }
}

function read(r: Reader, source: string, options: SuggestOptions): Suggestions {
  const reading = r.facts;
  // Spanish words are read with their accents folded away ("remuneracion" is "remuneración");
  // folding keeps every position, so what is quoted is still the text as written.
  const text = r.fold ? foldAccents(source) : source;
  const found: Match[] = [];
  const staged = new Set<Match>();
  const intros = new Set<Match>();
  const words = wordsOf(text);
  const footer = reading.footerStart(text);
  const signature = reading.signatureStart(text, footer);
  const rounds = reading.readRound(text, signature);
  const insidePastRound = (start: number, end: number) =>
    rounds.past.some((p) => start < p.end && end > p.start);
  for (const [start, end, targets] of [
    ...phrasesIn(r.topicRoot, words),
    ...phrasesIn(r.otherRoot, words),
    ...reading.timePhrases(text, signature),
  ]) {
    if (targets.length === 0) continue;
    const phrase = source.slice(start, end);
    let negated: boolean | undefined;
    let negatedNear: boolean | undefined;
    let behind: boolean | undefined;
    let named: boolean | undefined;
    for (const target of targets) {
      const isTopic = target.question === 'topics';
      // A signature or a footer names titles and companies, and says nothing of the call.
      if ((isTopic || target.question === 'tone') && start >= signature) continue;
      if (isTopic) {
        named ??= reading.isProperName(text, start, end);
        if (named) continue;
      }
      const negatable =
        target.question !== 'contact' && !(isTopic && r.affirmedTopics.has(target.value));
      if (negatable) {
        if (target.question === 'tone') {
          negatedNear ??= isNegated(r, text, start, end, REACH_TONE);
          if (negatedNear) continue;
        } else {
          negated ??= isNegated(r, text, start, end, r.reach);
          if (negated) continue;
        }
      }
      if (isTopic && r.forwardTopics.has(target.value)) {
        behind ??=
          isBehind(r, text, start) ||
          insidePastRound(start, end) ||
          reading.tenseOf(text, start, end) === 'past';
        if (behind) continue;
      }
      const match: Match = { question: target.question, value: target.value, phrase, start, end };
      if ('stage' in target && target.stage) staged.add(match);
      if ('intro' in target && target.intro) intros.add(match);
      found.push(match);
    }
  }

  // "Next step is a HackerRank test": the step is the test, not another interview.
  const assessment = found.some((m) => m.question === 'topics' && m.value === 'assessment');
  let matches = assessment && staged.size > 0 ? found.filter((m) => !staged.has(m)) : found;
  // "Una pregunta: ¿cuándo podrías empezar?" asks about the start, not about the interview.
  if (intros.size > 0)
    matches = matches.filter((m) => !intros.has(m) || !announcesTopic(text, m, matches));
  const topicSet = new Set<string>();
  const callers = new Set<string>();
  const contacts = new Set<string>();
  let warm = 0;
  let hesitant = 0;
  for (const m of matches) {
    if (m.question === 'topics') topicSet.add(m.value);
    else if (m.question === 'caller') callers.add(m.value);
    else if (m.question === 'contact') contacts.add(m.value);
    else if (m.value === 'warm') warm += 1;
    else if (m.value === 'hesitant') hesitant += 1;
  }

  const answers: Answers = {};
  const facts: Match[] = [];
  const fact = (question: QuestionKey, value: string | number, start: number, end: number) =>
    facts.push({ question, value: String(value), phrase: source.slice(start, end), start, end });

  const topics = [...topicSet] as Topic[];
  let nothing: Match | undefined;
  if (topics.length === 0) {
    const [callBack] = phrasesIn(r.callBackRoot, words, true);
    if (callBack) {
      topics.push('nothing');
      const [start, end] = callBack;
      nothing = {
        question: 'topics',
        value: 'nothing',
        phrase: source.slice(start, end),
        start,
        end,
      };
    }
  }
  if (topics.length > 0) answers.topics = topics.sort();

  const named = reading.readCaller(text, signature);
  if (named) callers.add(named.value);
  const caller = callerOrder.find((value) => callers.has(value));
  if (caller) answers.caller = caller;
  if (
    named &&
    named.value === caller &&
    !matches.some((m) => m.question === 'caller' && m.value === caller)
  ) {
    fact('caller', named.value, named.start, named.end);
  }

  // The tone said more often wins; a tie ("great to meet you, but unfortunately…") is not
  // plain, so no tone is suggested.
  if (warm > hesitant) answers.tone = 'warm';
  else if (hesitant > warm) answers.tone = 'hesitant';

  const contact = reading.readContact(text);
  if (contact) {
    answers.contact = contact.value;
    if (!matches.some((m) => m.question === 'contact' && m.value === contact.value)) {
      fact('contact', contact.value, contact.start, contact.end);
    }
  } else if (contacts.has('email')) answers.contact = 'email';
  else if (contacts.has('voicemail')) answers.contact = 'voicemail';

  if (rounds.round) {
    answers.round = rounds.round.value;
    fact('round', rounds.round.value, rounds.round.start, rounds.round.end);
  }
  const days = reading.readDays(text, options.today, signature);
  if (days) {
    answers.days = days.value;
    fact('days', days.value, days.start, days.end);
  }

  const used = matches.filter(
    (m) =>
      m.question === 'topics' ||
      (m.question === 'caller' && m.value === answers.caller) ||
      (m.question === 'tone' && m.value === answers.tone) ||
      (m.question === 'contact' && m.value === answers.contact),
  );
  used.push(...facts);
  if (nothing) used.push(nothing);
  used.sort((a, b) => a.start - b.start);
  return {
    answers,
    matches: used,
    numbers: findPhoneNumbers(source),
    phrases: reading.findPhrases(source),
  };
}
