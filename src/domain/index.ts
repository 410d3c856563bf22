/**
 * The pure core's one public entry (contract section 3). No React, DOM or storage behind it:
 * everything here is plain data and deterministic functions.
 */
export {
  CALLERS,
  CATEGORIES,
  CONTACTS,
  DAY_BANDS,
  MAX_DAYS,
  QUESTION_KEYS,
  REASON_IDS,
  ROUNDS,
  TONES,
  TOPICS,
  answersSchema,
  dayBand,
  etiquetteSchema,
  reasonSchema,
} from './schema.ts';
export type {
  Answers,
  Caller,
  Category,
  ChecklistItem,
  Contact,
  DayBand,
  Days,
  Etiquette,
  QuestionKey,
  Reason,
  ReasonId,
  Round,
  Signals,
  Tone,
  Topic,
} from './schema.ts';
export { findQuestion, optionLabel, questions } from './questions.ts';
export type { Question, QuestionOption } from './questions.ts';
export { checklistItemIds, findReason, reasons } from './catalog/index.ts';
export { lexicon } from './catalog/lexicon.ts';
export { etiquette } from './etiquette.ts';
export { classify, HIGH_FROM, HIGH_LEAD, HUMILITY, MEDIUM_FROM } from './classify.ts';
export type { Classification, Confidence, Evidence, RankedReason } from './classify.ts';
export { formatAnswers, formatLink, LINK_KEYS, parseAnswers, parseLink, VIEWS } from './link.ts';
export type { LinkState, Problem, View } from './link.ts';
export { backFrom, hasAnswers, nextFrom, pageOf, positionOf } from './flow.ts';
export type { Page } from './flow.ts';
export { MAX_TEXT, suggestAnswers } from './suggest.ts';
export type { Match } from './suggest.ts';

import { reasons } from './catalog/index.ts';
import { etiquette } from './etiquette.ts';
import { lexicon } from './catalog/lexicon.ts';

/** The catalog (contract section 3): every call reason, the shared etiquette and the lexicon. */
export const catalog = { reasons, etiquette, lexicon } as const;
