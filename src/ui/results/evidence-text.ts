import type { Evidence } from '../../domain/index.ts';
import { answerText, questionName } from '../answer-text.ts';

/** One piece of evidence in words. Example: `'What they mentioned: Salary or pay'`. */
export function evidenceText(evidence: Evidence): string {
  const value =
    evidence.question === 'days'
      ? answerText({ days: Number(evidence.value) }, 'days')
      : evidence.question === 'topics'
        ? answerText({ topics: [evidence.value as never] }, 'topics')
        : answerText({ [evidence.question]: evidence.value }, evidence.question);
  return `${questionName(evidence.question)}: ${value}`;
}

/** How strongly a weight moves a reason, in words. Example: `strength(2.4)` is `'strongly'`. */
export function strength(weight: number): string {
  const size = Math.abs(weight);
  if (size >= 2) return 'strongly';
  if (size >= 1) return 'clearly';
  if (size >= 0.4) return 'somewhat';
  return 'slightly';
}

/** A likelihood in plain words: "likely" only when it is more likely than not. */
export function likelihoodLabel(likelihood: number): string {
  if (likelihood >= 0.65) return 'very likely';
  if (likelihood >= 0.5) return 'likely';
  if (likelihood >= 0.2) return 'possible';
  return 'unlikely';
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
