import { QUESTION_KEYS, type QuestionKey } from './codes.ts';
import type { Signals } from './schema.ts';

/** One weight in a reason's file: the answer it is for, and how much it moves the reason. */
export interface Weight {
  /** Which question. Example: `'topics'`. */
  question: QuestionKey;
  /** The answer as the reason's file writes it; for days, a band. Example: `'salary'`, `'7-13'`. */
  value: string;
  /** The log-odds it adds; positive raises the reason. Example: `2.4`. */
  weight: number;
}

/** One question's weights, read as a plain table. */
function tableOf(signals: Signals, question: QuestionKey): Readonly<Record<string, number>> {
  return signals[question] ?? {};
}

/**
 * The weight one answer carries in a reason's signals: 0 when the file does not mention it.
 * Days are weighed by band. Example: `weightOf(offer.signals, 'topics', 'salary')` is `2.4`.
 */
export function weightOf(signals: Signals, question: QuestionKey, value: string): number {
  const table = tableOf(signals, question);
  return Object.hasOwn(table, value) ? (table[value] ?? 0) : 0;
}

/**
 * Every weight of a reason's signals, question by question in the wizard's order, each in
 * the order its file writes them; the base is left out. Example: `weightsOf(offer.signals)`
 * starts with `{ question: 'caller', value: 'recruiter', weight: 0.2 }`.
 */
export function weightsOf(signals: Signals): Weight[] {
  return QUESTION_KEYS.flatMap((question) =>
    Object.entries(tableOf(signals, question)).map(([value, weight]) => ({
      question,
      value,
      weight,
    })),
  );
}
