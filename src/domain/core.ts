/**
 * The part of the domain the first page needs: the questions, the link format and the
 * routing between pages, without the call-reason catalog.
 *
 * Why a second entry: a bundler keeps every module that an entry file re-exports in the
 * first download, so the catalog's prose (about 11 KB compressed) would load before the first
 * question could show. Code above the domain imports from here for what the first page needs
 * and from `index.ts`, the full public entry, everywhere else. `index.ts` re-exports all of
 * this, so the one entry of docs/contract.md §3 stays complete.
 */
export {
  CALLERS,
  CATEGORIES,
  CONTACTS,
  DAY_BANDS,
  MAX_DAYS,
  MAX_NAME,
  QUESTION_KEYS,
  REASON_IDS,
  ROUNDS,
  SINGLE_CHOICE_KEYS,
  SINGLE_CHOICES,
  TONES,
  TOPICS,
  dayBand,
  isDays,
  isOneOf,
  itemIdPattern,
  REPLY_PLACEHOLDERS,
} from './codes.ts';
export type {
  Answers,
  Caller,
  Category,
  Contact,
  DayBand,
  Days,
  QuestionKey,
  ReasonId,
  ReplyPlaceholder,
  Round,
  SingleChoiceKey,
  Tone,
  Topic,
} from './codes.ts';
// The catalog's shapes: types only, so zod never loads with the first page.
export type { ChecklistItem, Etiquette, Reason, Reply, Signals } from './schema.ts';
export { normalizeTopics, readDays } from './answers.ts';
// Its reader, readDaysText, loads with the days question: import it from './days-text.ts'.
export type { DaysText, DaysTextProblem } from './days-text.ts';
export { answerMessages, fill, linkMessages } from './messages.ts';
export type { Slots } from './messages.ts';
export { plainText, wellFormed } from './text.ts';
export { findQuestion, optionInSentence, optionLabel, questions } from './questions.ts';
export type { Question, QuestionOption } from './questions.ts';
export {
  dropUnknownItems,
  formatAnswers,
  formatLink,
  CALL_ID_PATTERN,
  LANGUAGES,
  LINK_KEYS,
  parseAnswers,
  parseLink,
  VIEWS,
} from './link.ts';
export type { Language, LinkState, Problem, View } from './link.ts';
export { backFrom, hasAnswers, nextFrom, pageOf, positionOf, unfinishedAt } from './flow.ts';
export type { Page } from './flow.ts';
export {
  checkInterviewDate,
  checkReminderDate,
  checkTime,
  dateFromDays,
  dateInDays,
  daysSince,
  localIsoDate,
} from './dates.ts';
export type {
  CheckedDate,
  CheckedTime,
  InterviewDateProblem,
  ReminderDateProblem,
  TimeProblem,
} from './dates.ts';
