import { reasons } from './catalog/index.ts';
import type { ReasonHead } from './catalog/reason-parts.ts';
import { dayBand, type Answers, type QuestionKey, type ReasonId } from './schema.ts';

/*
 * The model, in one paragraph. Each reason starts from a base score (its log-odds before we
 * know anything). Every answer the candidate gives adds the weight its reason file sets for
 * that answer: a positive weight raises the reason, a negative one lowers it, and an answer
 * the file does not mention leaves it alone. The days since the interview count by band
 * (0-2, 3-6, 7-13, 14-29, 30+). The scores are then turned into likelihoods that sum to 1
 * with softmax: e^score / sum of e^score over all reasons. Last, a share of humility (see
 * HUMILITY) is spread evenly over every reason, because the rules themselves may be wrong.
 * Nothing else goes in: no interactions, no clock, no randomness. The weights are judgement calls written down
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

/** How sure the model is of the top reason. */
export type Confidence = 'low' | 'medium' | 'high';

/** What `classify` returns: every reason, best first, and an honest confidence. */
export interface Classification {
  /** One entry per reason, highest likelihood first. */
  ranked: RankedReason[];
  /** `low` whenever the top likelihood is under 0.5. */
  confidence: Confidence;
}

/**
 * The share of belief held back for "our rules may be wrong here" and spread evenly over all
 * reasons. Without it, a few strong answers stack up to 98% or more, which no set of
 * hand-written rules can honestly claim; with it, no reason goes above about 89%. It never
 * changes the order.
 */
export const HUMILITY = 0.12;

/** Below this top likelihood the result is always low confidence (docs/contract.md §3). */
export const MEDIUM_FROM = 0.5;
/** High confidence needs a top likelihood at least this high... */
export const HIGH_FROM = 0.65;
/** ...a lead over the second of at least this much... */
export const HIGH_LEAD = 0.35;
// ...and a specific topic. What they mentioned is the one strong clue the model has: caller,
// round, days and tone only nudge, so without a topic the app never claims to be sure.

/** One answer given, as a question and the value a link writes. */
type Given = { question: QuestionKey; value: string; key: string };

/** The answers that can carry evidence. "Not sure" and unanswered questions are left out. */
function given(answers: Answers): Given[] {
  const list: Given[] = [];
  const add = (question: QuestionKey, value: string, key = `${question}:${value}`) =>
    list.push({ question, value, key });
  const { caller, contact, round, days, topics, tone } = answers;
  if (caller && caller !== 'unknown') add('caller', caller);
  if (contact && contact !== 'unknown') add('contact', contact);
  if (round && round !== 'unknown') add('round', round);
  if (typeof days === 'number') add('days', String(days), `days:${dayBand(days)}`);
  if (topics) {
    // Each topic counts once, and "nothing specific" only when nothing specific was named.
    const specific = topics.some((topic) => topic !== 'nothing');
    for (let i = 0; i < topics.length; i += 1) {
      const topic = topics[i];
      if (topic === undefined || (specific && topic === 'nothing') || topics.indexOf(topic) < i) {
        continue;
      }
      add('topics', topic);
    }
  }
  if (tone && tone !== 'unknown') add('tone', tone);
  return list;
}

/**
 * The catalog's weights turned around: for each answer, its weight on every reason, in
 * catalog order. One lookup per answer instead of one per answer and reason keeps `classify`
 * well under its 5 µs budget.
 */
function compileWeights(catalog: readonly ReasonHead[]): Map<string, Float64Array> {
  const columns = new Map<string, Float64Array>();
  catalog.forEach((reason, index) => {
    const { base: _base, ...tables } = reason.signals;
    for (const [question, table] of Object.entries(tables)) {
      for (const [value, weight] of Object.entries(table as Record<string, number>)) {
        const key = `${question}:${value}`;
        const column = columns.get(key) ?? new Float64Array(catalog.length);
        column[index] = weight;
        columns.set(key, column);
      }
    }
  });
  return columns;
}

const compiled = new WeakMap<readonly ReasonHead[], Map<string, Float64Array>>();

/** Whether a specific topic is known (not "nothing specific", not unanswered). */
function knowsTopic(answers: Answers): boolean {
  return (answers.topics ?? []).some((topic) => topic !== 'nothing');
}

/** The confidence the likelihoods and the answers support. */
export function judgeConfidence(ranked: readonly RankedReason[], answers: Answers): Confidence {
  const top = ranked[0]?.likelihood ?? 0;
  const second = ranked[1]?.likelihood ?? 0;
  if (top < MEDIUM_FROM) return 'low';
  if (top >= HIGH_FROM && top - second >= HIGH_LEAD && knowsTopic(answers)) return 'high';
  return 'medium';
}

/**
 * Ranks every call reason for these answers. Pure and deterministic: the same answers give
 * the same result. Example: `classify({ round: 'final', topics: ['salary'] }).ranked[0].reason`
 * is `'offer'`.
 */
export function classify(
  answers: Answers,
  catalog: readonly ReasonHead[] = reasons,
): Classification {
  let weights = compiled.get(catalog);
  if (!weights) {
    weights = compileWeights(catalog);
    compiled.set(catalog, weights);
  }
  const columns = given(answers).map((answer) => ({ answer, column: weights.get(answer.key) }));
  const ranked: RankedReason[] = [];
  let max = -Infinity;
  catalog.forEach((reason, index) => {
    const evidence: Evidence[] = [];
    let score = reason.signals.base;
    for (const { answer, column } of columns) {
      const weight = column?.[index];
      if (!weight) continue;
      score += weight;
      evidence.push({ question: answer.question, value: answer.value, weight });
    }
    if (score > max) max = score;
    ranked.push({ reason: reason.id, likelihood: 0, base: reason.signals.base, score, evidence });
  });
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
  return { ranked, confidence: judgeConfidence(ranked, answers) };
}
