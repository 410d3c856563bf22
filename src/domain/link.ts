import { normalizeTopics } from './answers.ts';
import { findQuestion } from './questions.ts';
import {
  CALLERS,
  CONTACTS,
  MAX_DAYS,
  QUESTION_KEYS,
  REASON_IDS,
  ROUNDS,
  TONES,
  TOPICS,
  itemIdPattern,
  type Answers,
  type QuestionKey,
  type ReasonId,
} from './schema.ts';

/** The pages a link can open besides a question (docs/contract.md §1). */
export const VIEWS = ['check', 'results', 'how'] as const;
/** Example: `'results'`. */
export type View = (typeof VIEWS)[number];

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
}

/** Something in a link that could not be used, in words for the reader. */
export interface Problem {
  /** The link key it was under. Example: `'days'`. */
  key: string;
  /** What the link held, shortened for display. Example: `'-3'`. */
  value: string;
  /** What we did about it, in plain words. */
  message: string;
}

/** The link keys, in the canonical order `formatLink` writes them. */
// `from` is listed in docs/contract.md §1 too (keys are only ever added).
export const LINK_KEYS = [...QUESTION_KEYS, 'step', 'from', 'view', 'reason', 'done'] as const;
type LinkKey = (typeof LINK_KEYS)[number];

const linkKeys: ReadonlySet<string> = new Set(LINK_KEYS);
const singleValues: Record<'caller' | 'contact' | 'round' | 'tone', readonly string[]> = {
  caller: CALLERS,
  contact: CONTACTS,
  round: ROUNDS,
  tone: TONES,
};
const topicSet: ReadonlySet<string> = new Set(TOPICS);
const reasonSet: ReadonlySet<string> = new Set(REASON_IDS);
const questionSet: ReadonlySet<string> = new Set(QUESTION_KEYS);
const viewSet: ReadonlySet<string> = new Set(VIEWS);

/** The most problems a link reports one by one. */
const MAX_PROBLEMS = 6;

/** Long or odd values are cut short before they are shown back to the reader. */
function shorten(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > 30 ? `${flat.slice(0, 30)}…` : flat;
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
  return values.map((value) => `“${shorten(value)}”`).join(', ');
}

/** The comma list of a link value, trimmed, lowercased, without empty entries or repeats. */
function splitList(value: string): string[] {
  return [...new Set(value.split(',').map((entry) => entry.trim().toLowerCase()))].filter(
    (entry) => entry !== '',
  );
}

function readDays(value: string): Answers['days'] | undefined {
  if (value === 'unknown') return 'unknown';
  if (!/^\d{1,6}$/.test(value)) return undefined;
  const days = Number(value);
  return days <= MAX_DAYS ? days : undefined;
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
    if (key === undefined || !linkKeys.has(key)) continue; // docs/contract.md §1: unknown keys are ignored
    const raw = eq === -1 ? '' : part.slice(eq + 1);
    const decoded = decode(raw);
    if (decoded === undefined) {
      drop(key, raw, `Part of the link for ${describe(key)} was damaged, so we left it out.`);
      continue;
    }
    const value = decoded.trim();
    if (value === '') continue;
    if (seen.has(key)) {
      drop(key, value, `The link gave ${describe(key)} more than once. We used the first one.`);
      continue;
    }
    // A key counts as given once a value of it was used, so a bad first value does not
    // shut out a good second one.
    if (readValue(key as LinkKey, value, state, drop)) seen.add(key);
  }
  // A long list of complaints helps no one: say the first few and that there were more.
  if (problems.length > MAX_PROBLEMS) {
    problems.splice(MAX_PROBLEMS, problems.length, {
      key: '',
      value: '',
      message: 'Other parts of the link could not be read either, so we left them out.',
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
        message: 'Some ticked items in the link are not on any checklist, so we left them out.',
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
function describe(key: string): string {
  if (questionSet.has(key)) return `“${findQuestion(key as QuestionKey).short}”`;
  if (key === 'done') return 'the ticked checklist items';
  if (key === 'reason') return 'the chosen meaning';
  return 'the page to show';
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
      if (!singleValues[key].includes(lower)) {
        drop(key, value, `We could not read the answer to ${describe(key)}, so we left it out.`);
        return false;
      }
      (answers as Record<string, string>)[key] = lower;
      return true;
    }
    case 'days': {
      const days = readDays(lower);
      if (days === undefined) {
        drop(
          key,
          value,
          `The number of days since the interview must be a whole number from 0 to ${MAX_DAYS}, so we left it out.`,
        );
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
        const shown = quoteList(unknown.slice(0, 2)) + (unknown.length > 2 ? ' and others' : '');
        drop(
          key,
          value,
          `We did not recognise ${shown} in what they mentioned, so we left that out.`,
        );
      }
      const topics = normalizeTopics(entries);
      if (topics.length > 0 && topics.length < entries.length - unknown.length) {
        drop(key, 'nothing', '“Nothing specific” cannot go with other topics, so we left it out.');
      }
      if (topics.length === 0) return false;
      answers.topics = topics;
      return true;
    }
    case 'step':
      if (!questionSet.has(lower)) {
        drop(key, value, 'The link asked for a question we do not have, so we left that out.');
        return false;
      }
      state.step = lower as QuestionKey;
      return true;
    case 'from':
      if (lower !== 'check') {
        drop(key, value, 'The link asked to return to a page we do not have, so we left that out.');
        return false;
      }
      state.from = 'check';
      return true;
    case 'view':
      if (!viewSet.has(lower)) {
        drop(key, value, 'The link asked for a page we do not have, so we left that out.');
        return false;
      }
      state.view = lower as View;
      return true;
    case 'reason':
      if (!reasonSet.has(lower)) {
        drop(key, value, 'The link named a meaning we do not have, so we left that out.');
        return false;
      }
      state.reason = lower as ReasonId;
      return true;
    case 'done': {
      const entries = splitList(value);
      const wellFormed = entries.filter((entry) => itemIdPattern.test(entry));
      if (wellFormed.length < entries.length) {
        drop(
          key,
          value,
          'Some ticked items in the link are not on any checklist, so we left them out.',
        );
      }
      state.done = wellFormed.sort();
      return wellFormed.length > 0;
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
  for (const key of ['caller', 'contact', 'round'] as const) {
    const value = answers[key];
    add(key, value && singleValues[key].includes(value) ? value : undefined);
  }
  const days = answers.days;
  const validDays =
    days === 'unknown' ||
    (typeof days === 'number' && Number.isInteger(days) && days >= 0 && days <= MAX_DAYS);
  add('days', validDays ? String(days) : undefined);
  add('topics', normalizeTopics(answers.topics ?? []).join(','));
  add('tone', answers.tone && TONES.includes(answers.tone) ? answers.tone : undefined);
  add('step', state.step && questionSet.has(state.step) ? state.step : undefined);
  add('from', state.from === 'check' ? 'check' : undefined);
  add('view', state.view && viewSet.has(state.view) ? state.view : undefined);
  add('reason', state.reason && reasonSet.has(state.reason) ? state.reason : undefined);
  add('done', [...new Set(state.done.filter((id) => itemIdPattern.test(id)))].sort().join(','));
  return parts.join('&');
}

/** Reads only the answers of a link (docs/contract.md §3). Never throws. */
export function parseAnswers(query: string): { answers: Answers; problems: Problem[] } {
  const { state, problems } = parseLink(query);
  return {
    answers: state.answers,
    problems: problems.filter((problem) => questionSet.has(problem.key)),
  };
}

/** Writes answers as a canonical query string (docs/contract.md §3). */
export function formatAnswers(answers: Answers): string {
  return formatLink({ answers, done: [] });
}
