/*
 * The thresholds that turn figures into words: how likely a meaning is, how sure the model is
 * of the top one, and how strongly one answer moves a meaning. The words themselves are in
 * messages.ts; these are the rules, so the results page and `classify` cannot disagree.
 */

/** Below this top likelihood the result is always low confidence (docs/contract.md §3). */
export const MEDIUM_FROM = 0.5;
/** High confidence needs a top likelihood at least this high... */
export const HIGH_FROM = 0.65;
/** ...a lead over the second of at least this much... */
export const HIGH_LEAD = 0.35;
// ...a specific topic, and answers that tell the top two apart (`toldApart`). What they
// mentioned is the one strong clue the model has: caller, round, days and tone only nudge, so
// without a topic the app never claims to be sure. And the tone alone cannot lift the claim
// more than one step (`withToneSetAside`).

/** A weight at least this size, either way, moves a meaning clearly. Example: `1.2`. */
export const CLEAR_CLUE = 1;
/** A weight at least this size, either way, moves a meaning strongly: it names it. Example: `3.2`. */
export const STRONG_CLUE = 2;

/**
 * Whether the answers tell the top two meanings apart: the top must lead the second by at
 * least one clear clue in score (log-odds), and by at least one strong clue when a topic
 * mentioned names each of them (both have a strong clue among the answers). In that case what
 * separates them is only the weak clues (round, caller, days, tone), which people often read
 * wrongly, so a lead they build is not enough to be sure. Example: after a screen, "a test"
 * and "another interview" both mentioned, 5.0 against 4.8: not told apart.
 */
export function toldApart(lead: number, bothNamed: boolean): boolean {
  return lead >= (bothNamed ? STRONG_CLUE : CLEAR_CLUE);
}

/** Below this a meaning is called unlikely. */
export const POSSIBLE_FROM = 0.2;

/** How sure the model is of the top reason. */
export type Confidence = 'low' | 'medium' | 'high';

/**
 * The confidence that the top two likelihoods support, given whether a specific topic was
 * named and whether the answers tell the top two apart (`toldApart`). Never high when they
 * cannot. Example: `confidenceOf(0.7, 0.2, true, true)` is `'high'`.
 */
export function confidenceOf(
  top: number,
  second: number,
  knowsTopic: boolean,
  apart: boolean,
): Confidence {
  if (top < MEDIUM_FROM) return 'low';
  if (top >= HIGH_FROM && top - second >= HIGH_LEAD && knowsTopic && apart) return 'high';
  return 'medium';
}

/** The confidences in order, so a claim can be compared and raised by a step. */
const steps = ['low', 'medium', 'high'] as const satisfies readonly Confidence[];

/**
 * The confidence to claim when the tone is one of the answers: at most one step above what the
 * other answers support with the tone set aside. Tone is a weak clue that nervous people often
 * misread (its own hint says so), so it may move the likelihoods, but it cannot carry the claim
 * of being sure on its own: "high" needs at least "medium" without it. Never lowers a claim
 * below "medium", so the rule that under 50% is "low" and at 50% or more is not still holds.
 * Example: `withToneSetAside('high', 'low')` is `'medium'`.
 */
export function withToneSetAside(claimed: Confidence, setAside: Confidence): Confidence {
  const cap = steps.indexOf(setAside) + 1;
  return steps.indexOf(claimed) > cap ? (steps[cap] ?? claimed) : claimed;
}

/** How likely one meaning is, in four steps. */
export type LikelihoodBand = 'very-likely' | 'likely' | 'possible' | 'unlikely';

/**
 * The band of a likelihood (0 to 1). "Likely" starts where confidence stops being low, and
 * "very likely" where it can be high, so the label and the confidence never contradict each
 * other. Example: `likelihoodBand(0.5)` is `'likely'`.
 */
export function likelihoodBand(likelihood: number): LikelihoodBand {
  if (likelihood >= HIGH_FROM) return 'very-likely';
  if (likelihood >= MEDIUM_FROM) return 'likely';
  if (likelihood >= POSSIBLE_FROM) return 'possible';
  return 'unlikely';
}

/** How much one answer moves a meaning, in four steps. */
export type Strength = 'strong' | 'clear' | 'some' | 'slight';

/**
 * The strength of a log-odds weight, whichever way it points. Example: `strengthOf(-2.4)` is
 * `'strong'`.
 */
export function strengthOf(weight: number): Strength {
  const size = Math.abs(weight);
  if (size >= STRONG_CLUE) return 'strong';
  if (size >= CLEAR_CLUE) return 'clear';
  if (size >= 0.4) return 'some';
  return 'slight';
}
