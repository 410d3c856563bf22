import { answerMessages, dayBandSchema, fill } from '../../domain/core.ts';
import type { Evidence } from '../../domain/classify.ts';
import { dayBandWords, likelihoodWords, strengthWords } from '../../domain/explain-messages.ts';
import { likelihoodBand, strengthOf } from '../../domain/likelihood.ts';
import type { Weight } from '../../domain/signals.ts';
import { questionName, valueText } from '../answer-text.ts';

/** One piece of evidence in words. Example: `'What they mentioned: Salary or pay'`. */
export function evidenceText(evidence: Evidence): string {
  return fill(answerMessages.evidence, {
    question: questionName(evidence.question),
    answer: valueText(evidence.question, evidence.value),
  });
}

/**
 * One weight of a reason's file in words; days are weighed by band. Example:
 * `'Days since the interview: 7 to 13 days'`.
 */
export function weightText(weight: Weight): string {
  const band = dayBandSchema.safeParse(weight.value);
  if (weight.question !== 'days' || !band.success) return evidenceText(weight);
  return fill(answerMessages.evidence, {
    question: questionName('days'),
    answer: dayBandWords[band.data].span,
  });
}

/** How strongly a weight moves a reason, in words. Example: `strength(2.4)` is `'strongly'`. */
export function strength(weight: number): string {
  return strengthWords[strengthOf(weight)];
}

/** A likelihood in plain words: "likely" only when it is more likely than not. */
export function likelihoodLabel(likelihood: number): string {
  return likelihoodWords[likelihoodBand(likelihood)];
}

/**
 * Whole percentages that add up to exactly 100 (largest remainder), so the list never shows
 * a total of 99 or 101. Example: `wholePercents([0.335, 0.335, 0.33])` is `[34, 33, 33]`.
 */
export function wholePercents(likelihoods: readonly number[]): number[] {
  const scaled = likelihoods.map((l) => l * 100);
  const floors = scaled.map(Math.floor);
  let left = 100 - floors.reduce((sum, n) => sum + n, 0);
  const order = scaled
    .map((value, index) => ({ index, rest: value - Math.floor(value) }))
    .sort((a, b) => b.rest - a.rest || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    floors[index] = (floors[index] ?? 0) + 1;
    left -= 1;
  }
  return floors;
}

/** A weight with its sign, for the curious. Example: `'+2.4'`. */
export function signed(weight: number): string {
  if (weight === 0) return '0';
  return `${weight > 0 ? '+' : '−'}${Math.abs(weight).toFixed(1)}`;
}
