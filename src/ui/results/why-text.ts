import { DAY_BANDS, fill, isOneOf, readDays, type QuestionKey } from '../../domain/core.ts';
import { dayBandWords } from '../../domain/explain-messages.ts';
import { strengthOf } from '../../domain/likelihood.ts';
import type { Weight } from '../../domain/signals.ts';
import { answerPhrases, dayPhrases, strengthPhrases } from '../messages/why.ts';

/**
 * One answer as a sentence about the call, as a link writes it; days are a count of days, or
 * for a reason's weights a band. Example: `answerPhrase('topics', 'start-date')` is
 * `'They asked about your start date'`, `answerPhrase('days', '7-13')` is
 * `'Your interview was one to two weeks ago'`.
 */
export function answerPhrase(question: QuestionKey, value: string): string {
  if (question === 'days') return daysPhrase(value);
  const phrases: Readonly<Record<string, string>> = answerPhrases[question];
  // Only "Not sure" has no sentence, and it is never evidence.
  return Object.hasOwn(phrases, value) ? (phrases[value] ?? value) : value;
}

function daysPhrase(value: string): string {
  if (isOneOf(DAY_BANDS, value)) return fill(dayPhrases.band, { when: dayBandWords[value].when });
  const days = readDays(value);
  // "Not sure" never counts, so it is never evidence.
  if (typeof days !== 'number') return value;
  if (days === 0) return dayPhrases.today;
  if (days === 1) return dayPhrases.yesterday;
  return fill(dayPhrases.daysAgo, { days });
}

/** How strongly a weight counts, in words. Example: `strengthPhrase(-2.4)` is `'a strong sign'`. */
export function strengthPhrase(weight: number): string {
  return strengthPhrases[strengthOf(weight)];
}

/**
 * The weights that point one way, strongest first; equal ones keep their order (the order the
 * questions are asked). Example: `strongestFirst(evidence, 1)` is what raised a meaning.
 */
export function strongestFirst<T extends Pick<Weight, 'weight'>>(
  items: readonly T[],
  sign: 1 | -1,
): T[] {
  return items
    .filter((item) => item.weight * sign > 0)
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
}
