import { normalizeTopics, readDays } from './answers.ts';
import { fill, linkMessages } from './messages.ts';
import { findQuestion, optionLabel } from './questions.ts';
import {
  MAX_DAYS,
  QUESTION_KEYS,
  REASON_IDS,
  SINGLE_CHOICES,
  TOPICS,
  isDays,
  isOneOf,
  itemIdPattern,
  type Answers,
  type QuestionKey,
  type ReasonId,
  type SingleChoiceKey,
} from './codes.ts';
import { plainText } from './text.ts';

/** The pages a link can open besides a question (docs/contract.md §1). */
export const VIEWS = ['check', 'results', 'how', 'calls'] as const;
/** Example: `'results'`. */
export type View = (typeof VIEWS)[number];

/** The languages the app speaks, as the link's `lang` writes them (docs/contract.md §1). */
export const LANGUAGES = ['en', 'es'] as const;
/** Example: `'es'`. */
export type Language = (typeof LANGUAGES)[number];

/** Everything a link can hold. Only codes: never free text. */
export interface LinkState {
  /** The candidate's answers. */
  answers: Answers;
  /** The question the wizard shows. Example: `'round'`. */
  step?: QuestionKey;
  /** The page shown. Example: `'results'`. */
  view?: View;
  /** The reason whose prep is open, when not the top one. Example: `'reference-check'`. */
  reason?: ReasonId;
  /** Ticked checklist item ids, sorted. Example: `['offer-know-your-number']`. */
  done: string[];
  /** Where a question was opened from, to go back there after it. Example: `'check'`. */
  from?: 'check';
  /**
   * The call saved on this device that the link belongs to: an opaque id, never personal
   * data (docs/contract.md §1). Example: `'k3x9a1qz7b'`.
   */
  call?: string;
  /**
   * The language the page is shown in; absent, the browser's preferred one where the app has
   * it (docs/contract.md §1). It changes what no other key means. Example: `'es'`.
   */
  lang?: Language;
}

/** A call id: 4 to 16 lowercase letters and digits (docs/contract.md §1 `call`). */
export const CALL_ID_PATTERN = /^[a-z0-9]{4,16}$/;

/** Something in a link that could not be used, in words for the reader. */
export interface Problem {
  /** The link key it was under. Example: `'days'`. */
  key: string;
  /**
   * What the link held, shortened and made plain for display (no control or bidirectional
   * characters). Example: `'-3'`.
   */
  value: string;
  /** What we did about it, in plain words. */
  message: string;
}

/** The link keys, in the canonical order `formatLink` writes them. */
// `from` is listed in docs/contract.md §1 too (keys are only ever added).
export const LINK_KEYS = [
  ...QUESTION_KEYS,
  'step',
  'from',
  'view',
  'reason',
  'done',
  'call',
  'lang',
] as const;
type LinkKey = (typeof LINK_KEYS)[number];

const topicSet: ReadonlySet<string> = new Set(TOPICS);

/** The most problems a link reports one by one. */
const MAX_PROBLEMS = 6;

/** The most characters of a link value shown back to the reader. */
const SHOWN = 30;

/**
 * A value from a link made fit to show back: plain (`plainText`), on one line, and cut after
 * `SHOWN` characters, never inside a surrogate pair.
 */
function shorten(value: string): string {
  // Only the start can be shown, so a huge value is never scanned whole.
  const flat = plainText(value.slice(0, SHOWN * 4))
    .replace(/\s+/g, ' ')
    .trim();
  const characters = [...flat];
  return characters.length > SHOWN ? `${characters.slice(0, SHOWN).join('')}…` : flat;
}

function decode(part: string): string | undefined {
  // Most parts are plain codes: skip the work when there is nothing to decode.
  if (!part.includes('%') && !part.includes('+')) return part;
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

function quoteList(values: readonly string[]): string {
  return values
    .map((value) => fill(linkMessages.quoted, { value: shorten(value) }))
    .join(linkMessages.listSeparator);
}

/** The comma list of a link value, trimmed, lowercased, without empty entries or repeats. */
function splitList(value: string): string[] {
  return [...new Set(value.split(',').map((entry) => entry.trim().toLowerCase()))].filter(
    (entry) => entry !== '',
  );
}

/**
 * Reads a link's query string into state plus the problems found. Never throws: a bad value
 * is dropped with a problem that says so, unknown keys are ignored, and the first of
 * repeated keys wins. Example: `parseLink('?round=final&days=abc')` keeps the round and
 * reports the days.
 *
 * Ticked items are checked against `itemIds`, the catalog's checklist ids, when given.
 * Without them, only their form is checked: the first page loads before the catalog, and
 * `dropUnknownItems` finishes the job once it is there.
 */
export function parseLink(
  query: string,
  itemIds?: ReadonlySet<string>,
): { state: LinkState; problems: Problem[] } {
  const answers: Answers = {};
  const state: LinkState = { answers, done: [] };
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const text = queryOf(typeof query === 'string' ? query : '');

  const drop = (key: string, value: string, message: string) =>
    problems.push({ key, value: shorten(value), message });

  for (const part of text.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = decode(eq === -1 ? part : part.slice(0, eq))
      ?.trim()
      .toLowerCase();
    if (!isOneOf(LINK_KEYS, key)) continue; // docs/contract.md §1: unknown keys are ignored
    const raw = eq === -1 ? '' : part.slice(eq + 1);
    let decoded = decode(raw);
    if (decoded === undefined) {
      drop(key, raw, fill(linkMessages.damaged, { part: describe(key) }));
      // A list keeps the entries that can be read: one damaged topic must not take the
      // others with it (`topics=salary,%ZZ` still says salary). A repeat is ignored anyway.
      if ((key !== 'topics' && key !== 'done') || seen.has(key)) continue;
      decoded = raw
        .split(',')
        .map(decode)
        .filter((entry) => entry !== undefined)
        .join(',');
    }
    const value = decoded.trim();
    if (value === '') continue;
    if (seen.has(key)) {
      drop(key, value, fill(linkMessages.repeated, { part: describe(key) }));
      continue;
    }
    // A key counts as given once a value of it was used, so a bad first value does not
    // shut out a good second one.
    if (readValue(key, value, state, drop)) seen.add(key);
  }
  // A long list of complaints helps no one: say the first few and that there were more.
  if (problems.length > MAX_PROBLEMS) {
    problems.splice(MAX_PROBLEMS, problems.length, {
      key: '',
      value: '',
      message: linkMessages.tooMany,
    });
  }
  if (itemIds) return dropUnknownItems(state, problems, itemIds);
  return { state, problems };
}

/**
 * Drops ticked items that are on no checklist, with a problem that says so. Example: after
 * `parseLink('done=made-up')`, `dropUnknownItems(state, [], checklistItemIds)` unticks it.
 */
export function dropUnknownItems(
  state: LinkState,
  problems: readonly Problem[],
  itemIds: ReadonlySet<string>,
): { state: LinkState; problems: Problem[] } {
  const unknown = state.done.filter((id) => !itemIds.has(id));
  if (unknown.length === 0) return { state, problems: [...problems] };
  const done = state.done.filter((id) => itemIds.has(id));
  // One message about ticked items is enough, even if some were malformed too.
  if (problems.some((problem) => problem.key === 'done')) {
    return { state: { ...state, done }, problems: [...problems] };
  }
  return {
    state: { ...state, done },
    problems: [
      ...problems,
      {
        key: 'done',
        value: shorten(unknown.join(',')),
        message: linkMessages.unknownItems,
      },
    ],
  };
}

/**
 * The query part of what was given: a query string with or without its `?`, or a whole link
 * (`/?caller=…` or `https://…/?caller=…#…`), as people paste them.
 */
function queryOf(given: string): string {
  if (!/^(?:https?:\/\/|\/)/i.test(given)) return given.replace(/^\?/, '');
  const start = given.indexOf('?');
  if (start === -1) return '';
  const end = given.indexOf('#', start);
  return given.slice(start + 1, end === -1 ? undefined : end);
}

/** The words for a link key, for problem messages. Example: `'“Who called”'`. */
function describe(key: LinkKey): string {
  if (isOneOf(QUESTION_KEYS, key)) {
    return fill(linkMessages.partQuestion, { short: findQuestion(key).short });
  }
  if (key === 'done') return linkMessages.partDone;
  if (key === 'reason') return linkMessages.partReason;
  if (key === 'lang') return linkMessages.partLanguage;
  return linkMessages.partPage;
}

// The same lists, typed by the answer each one fills, so one generic setter needs no cast.
const singleChoices: { [K in SingleChoiceKey]: readonly NonNullable<Answers[K]>[] } =
  SINGLE_CHOICES;

/** Sets one single-choice answer from a link value; says whether the value was one of its own. */
function readSingle<K extends SingleChoiceKey>(answers: Answers, key: K, value: string): boolean {
  const choices: readonly NonNullable<Answers[K]>[] = singleChoices[key];
  if (!isOneOf(choices, value)) return false;
  answers[key] = value;
  return true;
}

/** Reads one key's value into the state; says whether anything of it was used. */
function readValue(
  key: LinkKey,
  value: string,
  state: LinkState,
  drop: (key: string, value: string, message: string) => void,
): boolean {
  const lower = value.toLowerCase();
  const answers = state.answers;
  switch (key) {
    case 'caller':
    case 'contact':
    case 'round':
    case 'tone': {
      if (readSingle(answers, key, lower)) return true;
      drop(key, value, fill(linkMessages.unreadableAnswer, { part: describe(key) }));
      return false;
    }
    case 'days': {
      const days = readDays(value);
      if (days === undefined) {
        drop(key, value, fill(linkMessages.badDays, { max: MAX_DAYS }));
        return false;
      }
      answers.days = days;
      return true;
    }
    case 'topics': {
      const entries = splitList(value);
      const unknown = entries.filter((entry) => !topicSet.has(entry));
      if (unknown.length > 0) {
        // Only a couple of the words are shown back: a link is not a place for messages.
        const list = quoteList(unknown.slice(0, 2));
        const words = unknown.length > 2 ? fill(linkMessages.andOthers, { list }) : list;
        drop(key, value, fill(linkMessages.unknownTopics, { words }));
      }
      const topics = normalizeTopics(entries);
      if (topics.length > 0 && topics.length < entries.length - unknown.length) {
        const label = optionLabel('topics', 'nothing');
        drop(key, 'nothing', fill(linkMessages.nothingAlone, { label }));
      }
      if (topics.length === 0) return false;
      answers.topics = topics;
      return true;
    }
    case 'step': {
      if (isOneOf(QUESTION_KEYS, lower)) state.step = lower;
      else drop(key, value, linkMessages.unknownStep);
      return state.step !== undefined;
    }
    case 'from':
      if (lower !== 'check') {
        drop(key, value, linkMessages.unknownFrom);
        return false;
      }
      state.from = 'check';
      return true;
    case 'view': {
      if (isOneOf(VIEWS, lower)) state.view = lower;
      else drop(key, value, linkMessages.unknownView);
      return state.view !== undefined;
    }
    case 'reason': {
      if (isOneOf(REASON_IDS, lower)) state.reason = lower;
      else drop(key, value, linkMessages.unknownReason);
      return state.reason !== undefined;
    }
    case 'done': {
      const entries = splitList(value);
      const wellFormed = entries.filter((entry) => itemIdPattern.test(entry));
      if (wellFormed.length < entries.length) {
        drop(key, value, linkMessages.unknownItems);
      }
      state.done = wellFormed.sort();
      return wellFormed.length > 0;
    }
    case 'call':
      // An id in any other form names no call this app saved: the link opens as a new call,
      // which is what an unknown id does too (docs/contract.md §1), so there is nothing to say.
      if (!CALL_ID_PATTERN.test(value)) return false;
      state.call = value;
      return true;
    case 'lang': {
      if (isOneOf(LANGUAGES, lower)) state.lang = lower;
      else drop(key, value, linkMessages.unknownLanguage);
      return state.lang !== undefined;
    }
  }
}

/**
 * Writes state as a canonical query string, without the leading `?`: keys in the order of docs/contract.md §1,
 * topics and ticks sorted, nothing empty, and only valid codes. `parseLink` reads it back to
 * the same state. Example: `'round=final&topics=salary&view=results'`.
 */
export function formatLink(state: LinkState): string {
  const { answers } = state;
  const parts: string[] = [];
  const add = (key: string, value: string | undefined) => {
    if (value) parts.push(`${key}=${value}`);
  };
  // State built in code is typed, but may come from elsewhere (a stored call): only codes go out.
  const valid = (codes: readonly string[], value: unknown) =>
    isOneOf(codes, value) ? value : undefined;
  for (const key of ['caller', 'contact', 'round'] as const) {
    add(key, valid(SINGLE_CHOICES[key], answers[key]));
  }
  add('days', isDays(answers.days) ? String(answers.days) : undefined);
  add('topics', normalizeTopics(answers.topics ?? []).join(','));
  add('tone', valid(SINGLE_CHOICES.tone, answers.tone));
  add('step', valid(QUESTION_KEYS, state.step));
  add('from', state.from === 'check' ? 'check' : undefined);
  add('view', valid(VIEWS, state.view));
  add('reason', valid(REASON_IDS, state.reason));
  add('done', [...new Set(state.done.filter((id) => itemIdPattern.test(id)))].sort().join(','));
  add(
    'call',
    state.call !== undefined && CALL_ID_PATTERN.test(state.call) ? state.call : undefined,
  );
  add('lang', valid(LANGUAGES, state.lang));
  return parts.join('&');
}

/** Reads only the answers of a link (docs/contract.md §3). Never throws. */
export function parseAnswers(query: string): { answers: Answers; problems: Problem[] } {
  const { state, problems } = parseLink(query);
  return {
    answers: state.answers,
    problems: problems.filter((problem) => isOneOf(QUESTION_KEYS, problem.key)),
  };
}

/** Writes answers as a canonical query string (docs/contract.md §3). */
export function formatAnswers(answers: Answers): string {
  return formatLink({ answers, done: [] });
}
