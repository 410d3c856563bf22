import { normalizeTopics } from './answers.ts';
import { reasons } from './catalog/index.ts';
import type { ReasonHead } from './catalog/reason-parts.ts';
import {
  CLEAR_CLUE,
  confidenceOf,
  STRONG_CLUE,
  toldApart,
  withToneSetAside,
  type Confidence,
} from './likelihood.ts';
import { dayBand, type Answers, type QuestionKey, type ReasonId } from './codes.ts';
import { countTopics, weightOf } from './signals.ts';

/*
 * The model, in one paragraph. Each reason starts from a base score (its log-odds before we
 * know anything). Every answer the candidate gives adds the weight its reason file sets for
 * that answer: a positive weight raises the reason, a negative one lowers it, and an answer
 * the file does not mention leaves it alone. The days since the interview count by band
 * (0-2, 3-6, 7-13, 14-29, 30+). The scores are then turned into likelihoods that sum to 1
 * with softmax: e^score / sum of e^score over all reasons. Last, a share of humility (see
 * HUMILITY) is spread evenly over every reason, because the rules themselves may be wrong.
 * One exception to plain adding: topics of one family (pay, benefits and a start date; the two
 * checks) are one kind of talk, so after the strongest the next counts half and the third a
 * quarter (TOPIC_FAMILIES in signals.ts, docs/decisions/010). Nothing else goes in: no other
 * interactions, no clock, no randomness. The weights are judgment calls written down
 * with their reasons beside them, not statistics from real hiring data, and the app says so.
 */

/** One answer that moved a reason, and by how much. */
export interface Evidence {
  /** Which question. Example: `'topics'`. */
  question: QuestionKey;
  /** The answer as a link writes it. Example: `'salary'`, or `'9'` for days. */
  value: string;
  /** The log-odds it added; positive raised the reason. Example: `2.4`. */
  weight: number;
}

/** One reason's place in the ranking. */
export interface RankedReason {
  /** Example: `'offer'`. */
  reason: ReasonId;
  /** Between 0 and 1; all of them sum to 1. Example: `0.62`. */
  likelihood: number;
  /** The reason's base log-odds before any answer. */
  base: number;
  /** Base plus every evidence weight. */
  score: number;
  /** Exactly the answers that moved this reason, in the order the questions are asked. */
  evidence: Evidence[];
}

/** What `classify` returns: every reason, best first, and an honest confidence. */
export interface Classification {
  /** One entry per reason, highest likelihood first. */
  ranked: RankedReason[];
  /**
   * `low` whenever the top likelihood is under 0.5; never `high` when the answers cannot tell
   * the top two apart (`toldApart`), nor when one answer points clearly to the second instead,
   * nor when the answers with the tone set aside support only `low` (`withToneSetAside`).
   */
  confidence: Confidence;
}

/**
 * The share of belief held back for "our rules may be wrong here" and spread evenly over all
 * reasons. Without it, a few strong answers stack up to 98% or more, which no set of
 * hand-written rules can honestly claim; with it, no reason goes above about 89%. It never
 * changes the order.
 */
export const HUMILITY = 0.12;

// The confidence thresholds live with the likelihood words they share (likelihood.ts);
// docs/contract.md §3 names them here, on the full entry.
export { HIGH_FROM, HIGH_LEAD, MEDIUM_FROM, type Confidence } from './likelihood.ts';

/** One answer given, as a question, the value a link writes and the value its weights use. */
type Given = { question: QuestionKey; value: string; weighed: string };

/**
 * The answers that can carry evidence, in the order the questions are asked; topics in their
 * canonical order (`normalizeTopics`), so the order they were clicked in changes nothing.
 * "Not sure" and unanswered questions are left out.
 */
function given(answers: Answers): Given[] {
  const list: Given[] = [];
  const add = (question: QuestionKey, value: string, weighed = value) =>
    list.push({ question, value, weighed });
  const { caller, contact, round, days, tone } = answers;
  if (caller && caller !== 'unknown') add('caller', caller);
  if (contact && contact !== 'unknown') add('contact', contact);
  if (round && round !== 'unknown') add('round', round);
  if (typeof days === 'number') add('days', String(days), dayBand(days));
  for (const topic of normalizeTopics(answers.topics ?? [])) add('topics', topic);
  if (tone && tone !== 'unknown') add('tone', tone);
  return list;
}

/**
 * A sum of weights, rounded back to the hundredths its weights are written in (the schema
 * allows no finer). Floating-point sums depend on their order: 0.2 + 2.4 is 2.6 but
 * 2.4 + 0.2 is 2.6000000000000005, and that speck would decide between two meanings that
 * are exactly tied. Rounded, equal sums are equal, and ties keep the catalog's order.
 */
function exact(score: number): number {
  return Math.round(score * 100) / 100;
}

/**
 * Ranks every call reason for these answers. Pure and deterministic: the same answers give
 * the same result, whatever order the topics come in, and exact ties keep the catalog's order. Example: `classify({ round: 'final', topics: ['salary'] }).ranked[0].reason`
 * is `'offer'`.
 */
export function classify(
  answers: Answers,
  catalog: readonly ReasonHead[] = reasons,
): Classification {
  const result = weigh(answers, catalog);
  const { tone, ...others } = answers;
  // Only "high" can be more than one step above what the rest supports: nothing else to check.
  if (!tone || tone === 'unknown' || result.confidence !== 'high') return result;
  // The tone still moves the likelihoods; it only may not carry the claim of being sure.
  const setAside = weigh(others, catalog).confidence;
  return { ranked: result.ranked, confidence: withToneSetAside(result.confidence, setAside) };
}

/**
 * Every reason ranked, and the confidence the answers support, before the tone is checked
 * (`withToneSetAside`). `classify` returns exactly this ranking. Example:
 * `weigh({ topics: ['feedback'], tone: 'hesitant' }).confidence` is `'high'`, where
 * `classify` says `'medium'`.
 */
export function weigh(answers: Answers, catalog: readonly ReasonHead[] = reasons): Classification {
  const answered = given(answers);
  const topics = normalizeTopics(answers.topics ?? []);
  const ranked: RankedReason[] = [];
  let max = -Infinity;
  for (const reason of catalog) {
    const evidence: Evidence[] = [];
    let score = reason.signals.base;
    // Topics of one family count less after the first (TOPIC_FAMILIES in signals.ts).
    const counted = new Map<string, number>(
      countTopics(reason.signals, topics).map((c) => [c.topic, c.weight]),
    );
    for (const { question, value, weighed } of answered) {
      const weight =
        question === 'topics'
          ? (counted.get(value) ?? 0)
          : weightOf(reason.signals, question, weighed);
      if (weight === 0) continue;
      score += weight;
      evidence.push({ question, value, weight });
    }
    score = exact(score);
    if (score > max) max = score;
    ranked.push({ reason: reason.id, likelihood: 0, base: reason.signals.base, score, evidence });
  }
  // Softmax, shifted by the top score so that large scores cannot overflow.
  let total = 0;
  for (const item of ranked) {
    item.likelihood = Math.exp(item.score - max);
    total += item.likelihood;
  }
  const even = HUMILITY / ranked.length;
  for (const item of ranked) item.likelihood = (1 - HUMILITY) * (item.likelihood / total) + even;
  // Array sort is stable, so equal likelihoods keep the catalog's order.
  ranked.sort((a, b) => b.likelihood - a.likelihood);
  // What they mentioned is the one strong clue: without a specific topic, never "high".
  const knowsTopic = answered.some((a) => a.question === 'topics' && a.value !== 'nothing');
  const [top, second] = ranked;
  const apart =
    !top ||
    !second ||
    (toldApart(exact(top.score - second.score), isNamed(top) && isNamed(second)) &&
      !pointsBack(top, second));
  const confidence = confidenceOf(top?.likelihood ?? 0, second?.likelihood ?? 0, knowsTopic, apart);
  return { ranked, confidence };
}

/**
 * Whether one of the answers points clearly to the second meaning instead of the top one: it
 * counts for the second at least one clear clue more than for the top. Then the answers
 * disagree, and the lead is the other answers outvoting it, not all of them pointing one way:
 * "a middle round" against "a job offer", however much talk of pay came with it.
 */
function pointsBack(top: RankedReason, second: RankedReason): boolean {
  const weightIn = (reason: RankedReason, e: Evidence) =>
    reason.evidence.find((x) => x.question === e.question && x.value === e.value)?.weight ?? 0;
  const answers = [...top.evidence, ...second.evidence];
  return answers.some((e) => exact(weightIn(second, e) - weightIn(top, e)) >= CLEAR_CLUE);
}

/** Whether a topic mentioned is a strong clue for this reason: whether the answers name it. */
function isNamed(reason: RankedReason): boolean {
  return reason.evidence.some((e) => e.question === 'topics' && e.weight >= STRONG_CLUE);
}
