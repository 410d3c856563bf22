import type { LikelihoodBand, Strength } from './likelihood.ts';
import type { DayBand } from './codes.ts';

/*
 * The words the results and "How it decides" pages put around meanings: what would swap the
 * top two, and the words for day bands, likelihoods and strengths. Apart from messages.ts so
 * that the first page, which needs none of them, does not download them (see
 * docs/decisions/005-messages-are-data.md). Filled with `fill` from messages.ts.
 */

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
