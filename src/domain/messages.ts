import type { LikelihoodBand, Strength } from './likelihood.ts';
import type { DayBand } from './schema.ts';

/*
 * The sentences the app builds around answers and meanings, in one place, as named templates.
 * A template's gaps are named in curly braces (`{meaning}`) and filled by `fill`, whose types
 * insist on exactly those names. The words that go into the gaps are data too: each question
 * option's `labelInSentence` (questions.ts) and each reason's `titleInSentence` (catalog/), so
 * no code cuts or lower-cases a label to make a sentence. A later issue translates exactly
 * these messages and fields; see docs/decisions/005-messages-are-data.md.
 */

/**
 * The names of a template's gaps. Example: `Slots<'If {condition}, {meaning} would lead.'>`
 * is `'condition' | 'meaning'`.
 */
export type Slots<T extends string> = T extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Slots<Rest>
  : never;

/**
 * A template with its gaps filled. Example: `fill('If {condition}, {meaning} would lead.',
 * { condition: 'they had mentioned benefits', meaning: 'a job offer' })`. The values are put
 * in as they are, never read as templates themselves.
 */
export function fill<T extends string>(
  template: T,
  values: Readonly<Record<Slots<T>, string | number>>,
): string {
  const named: Readonly<Record<string, string | number | undefined>> = values;
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => {
    const value = Object.hasOwn(named, name) ? named[name] : undefined;
    return value === undefined ? slot : String(value);
  });
}

/** What the answers would have to be for another meaning to lead, and what to ask on the call. */
export const explainMessages = {
  /** Example: `'If they had also mentioned benefits, a job offer would lead.'` */
  swapLeads: 'If {condition}, {meaning} would lead.',
  /** When a third meaning would top the list, the sentence says only what it can. */
  swapMovesAhead: 'If {condition}, {meaning} would move ahead of {other}.',
  /** The "if" part for each question; `{answer}` is an option's `labelInSentence`. */
  ifCaller: 'the caller had been {answer}',
  /** The contact options' phrases are whole clauses, as the candidate would say them. */
  ifContact: '{answer}',
  ifRound: 'your latest interview had been {answer}',
  /** `{when}` is a day band's `when` phrase. */
  ifDays: 'your interview had been {when}',
  ifTopic: 'they had mentioned {answer}',
  /** When they had named other topics too. */
  ifAlsoTopic: 'they had also mentioned {answer}',
  ifTone: 'they had sounded {answer}',
  /** Why the suggested question helps. Example: `'A yes points to a job offer; …'` */
  askWhy: 'A yes points to {favours}; a no makes {against} more likely.',
} as const;

/** The words for a band of days since the interview. */
export interface DayBandWords {
  /** As it fits "your interview had been …". Example: `'one to two weeks ago'`. */
  when: string;
  /** As a span of days. Example: `'7 to 13 days'`. */
  span: string;
}

/** Each band of days since the interview, in words. */
export const dayBandWords: Readonly<Record<DayBand, DayBandWords>> = {
  '0-2': { when: 'in the last two days', span: '0 to 2 days' },
  '3-6': { when: 'three to six days ago', span: '3 to 6 days' },
  '7-13': { when: 'one to two weeks ago', span: '7 to 13 days' },
  '14-29': { when: 'two to four weeks ago', span: '14 to 29 days' },
  '30+': { when: 'a month or more ago', span: '30 days or more' },
};

/** A likelihood in plain words: "likely" only when it is more likely than not. */
export const likelihoodWords: Readonly<Record<LikelihoodBand, string>> = {
  'very-likely': 'very likely',
  likely: 'likely',
  possible: 'possible',
  unlikely: 'unlikely',
};

/** How strongly an answer moves a meaning, as it fits "raises it …". */
export const strengthWords: Readonly<Record<Strength, string>> = {
  strong: 'strongly',
  clear: 'clearly',
  some: 'somewhat',
  slight: 'slightly',
};

/** An answer shown back on the check page, the printed sheet and the reasons why. */
export const answerMessages = {
  /** The "Not sure" choice, and a topic list left empty. */
  notSure: 'Not sure',
  notAnswered: 'Not answered',
  today: 'Today',
  oneDayAgo: '1 day ago',
  daysAgo: '{days} days ago',
  /** One answer that moved a meaning. Example: `'What they mentioned: Salary or pay'`. */
  evidence: '{question}: {answer}',
  /** Between the topics of one answer. */
  listSeparator: '; ',
} as const;

/** What the app says about a part of a link it could not use. */
export const linkMessages = {
  damaged: 'Part of the link for {part} was damaged, so we left it out.',
  repeated: 'The link gave {part} more than once. We used the first one.',
  tooMany: 'Other parts of the link could not be read either, so we left them out.',
  unreadableAnswer: 'We could not read the answer to {part}, so we left it out.',
  badDays:
    'The number of days since the interview must be a whole number from 0 to {max}, so we left it out.',
  /** `{words}` are the link's own words, each quoted. */
  unknownTopics: 'We did not recognise {words} in what they mentioned, so we left that out.',
  /** `{label}` is the label of the "Nothing specific" option. */
  nothingAlone: '“{label}” cannot go with other topics, so we left it out.',
  unknownStep: 'The link asked for a question we do not have, so we left that out.',
  unknownFrom: 'The link asked to return to a page we do not have, so we left that out.',
  unknownView: 'The link asked for a page we do not have, so we left that out.',
  unknownReason: 'The link named a meaning we do not have, so we left that out.',
  unknownItems: 'Some ticked items in the link are not on any checklist, so we left them out.',
  /** The parts of a link, as `{part}` above. `{short}` is a question's short name. */
  partQuestion: '“{short}”',
  partDone: 'the ticked checklist items',
  partReason: 'the chosen meaning',
  partPage: 'the page to show',
  /** A value from the link, shown back. */
  quoted: '“{value}”',
  /** Between quoted values. */
  listSeparator: ', ',
  /** After the first few quoted values. */
  andOthers: '{list} and others',
} as const;
