/**
 * The pure core's one public entry (docs/contract.md §3), for tests and scripts. No React,
 * DOM or storage behind it: everything here is plain data and deterministic functions.
 *
 * The app does not import this file: a bundler keeps everything an entry re-exports in one
 * download, and a bookmarked results link must not wait for paste reading or every reason's
 * prep. App code imports the module it needs; `core.ts` is the first page's slice (see
 * docs/decisions/003-first-page-without-the-catalog.md).
 */
import { findReason as findHead, reasons as heads } from './catalog/index.ts';
import { preps } from './catalog/prep/index.ts';
import type { ReasonId } from './codes.ts';
import type { Etiquette, Reason } from './schema.ts';
import { etiquette } from './etiquette.ts';
import { lexicon } from './paste/lexicon.ts';

export * from './core.ts';
export {
  answersSchema,
  checklistItemSchema,
  dayBandSchema,
  daysSchema,
  etiquetteSchema,
  questionKeySchema,
  reasonIdSchema,
  reasonSchema,
  replySchema,
  signalsSchema,
  singleChoiceSchemas,
} from './schema.ts';
export { readDaysText } from './days-text.ts';
export { checklistItemIds, preps } from './catalog/prep/index.ts';
export type { ReasonHead, ReasonPrep } from './catalog/reason-parts.ts';
export { lexicon } from './paste/lexicon.ts';
export { etiquette } from './etiquette.ts';
export {
  dayBandWords,
  explainMessages,
  likelihoodWords,
  strengthWords,
} from './explain-messages.ts';
export type { DayBandWords } from './explain-messages.ts';
export {
  CLEAR_CLUE,
  confidenceOf,
  likelihoodBand,
  POSSIBLE_FROM,
  STRONG_CLUE,
  strengthOf,
  toldApart,
} from './likelihood.ts';
export type { LikelihoodBand, Strength } from './likelihood.ts';
export { weightOf, weightsOf } from './signals.ts';
export type { Weight } from './signals.ts';
export { classify, HIGH_FROM, HIGH_LEAD, HUMILITY, MEDIUM_FROM } from './classify.ts';
export type { Classification, Confidence, Evidence, RankedReason } from './classify.ts';
export { bestQuestionToAsk, describeSwap, whatWouldSwap } from './explain.ts';
export type { Ask, Swap } from './explain.ts';
export { asks } from './catalog/asks.ts';
export type { AskTopic } from './catalog/asks.ts';
export { fillReply } from './reply.ts';
export { followUpInDays } from './remind.ts';
export type { FilledReply, ReplyNames } from './reply.ts';
export { MAX_TEXT, suggestAnswers } from './paste/suggest.ts';
export type { Match } from './paste/suggest.ts';

/** Every call reason, whole (its id, names and weights with its prep), in the order of docs/contract.md §2. */
export const reasons: readonly Reason[] = heads.map((head) => ({ ...head, ...preps[head.id] }));

/** The whole reason with this id. Example: `findReason('offer').checklist[0].id`. */
export function findReason(id: ReasonId): Reason {
  // The catalog's own lookup says when there is no such reason.
  return reasons[heads.indexOf(findHead(id))] as Reason;
}

/**
 * The catalog (docs/contract.md §3): the list of call reasons, in the order of docs/contract.md §2, which also
 * carries them by name as `reasons`, with the shared `etiquette` and the paste `lexicon`.
 * So both `catalog.find((r) => r.id === 'offer')` and `catalog.reasons` work. Its schema is
 * checked in the tests (tests/domain/catalog.test.ts), not on every page load.
 */
export const catalog: readonly Reason[] & {
  readonly reasons: readonly Reason[];
  readonly etiquette: Etiquette;
  readonly lexicon: typeof lexicon;
} = Object.assign([...reasons], { reasons, etiquette, lexicon });
