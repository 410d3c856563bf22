import { likelihoodWords } from '../../domain/explain-messages.ts';
import { likelihoodBand } from '../../domain/likelihood.ts';

/*
 * How the list shows a likelihood: a whole percentage and a word. The answers behind it are
 * worded in why-text.ts, which loads later.
 */

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
