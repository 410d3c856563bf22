import type { Reason } from '../schema.ts';

/** The fields a reason's prep holds: what to read, do and say once that reason is chosen. */
export type PrepKey =
  | 'meaning'
  | 'checklist'
  | 'haveAtHand'
  | 'howToAnswer'
  | 'script'
  | 'questions'
  | 'avoid'
  | 'reply';

/**
 * What the ranking, the ranked list and "How it decides" need of a reason: its id, names and
 * weights. Each lives in `catalog/<reason>.ts` and loads with the results.
 */
export type ReasonHead = Omit<Reason, PrepKey>;

/** A reason's names, the words of its head: `catalog/reason-words.ts` holds every reason's. */
export type ReasonWords = Pick<ReasonHead, 'title' | 'titleInSentence' | 'summary'>;

/**
 * The rest of a reason, its prep, in `catalog/prep/<reason>.ts`: most of the catalog's words,
 * which load after the ranked list shows (docs/decisions/003-first-page-without-the-catalog.md).
 */
export type ReasonPrep = Pick<Reason, PrepKey>;
