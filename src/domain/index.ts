/**
 * The pure core's one public entry (docs/contract.md §3). No React, DOM or storage behind it:
 * everything here is plain data and deterministic functions. `core.ts` is the slice of it
 * that the first page loads (see the note there).
 */
export * from './core.ts';
export { checklistItemIds, findReason, reasons } from './catalog/index.ts';
export { lexicon } from './paste/lexicon.ts';
export { etiquette } from './etiquette.ts';
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

import { reasons } from './catalog/index.ts';
import type { Etiquette, Reason } from './schema.ts';
import { etiquette } from './etiquette.ts';
import { lexicon } from './paste/lexicon.ts';

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
