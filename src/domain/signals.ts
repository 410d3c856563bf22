import { QUESTION_KEYS, type QuestionKey, type Topic } from './codes.ts';
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

/**
 * Topics that are one kind of talk, not separate clues: whoever brings up one of them usually
 * brings up the others in the same breath. Pay, benefits and a start date are all
 * "compensation talk"; references and a background check are both "the checks before a hire".
 * Counted as independent, two or three of them stacked up far past what one conversation
 * about pay can tell (see `ECHO`).
 */
export const TOPIC_FAMILIES: readonly (readonly Topic[])[] = [
  ['salary', 'benefits', 'start-date'],
  ['references', 'background-check'],
];

/**
 * How much each further topic of one family counts, as a share of the one before it: the
 * strongest counts in full, the second half, the third a quarter. They still add something
 * (the more they said, the surer it was that kind of talk), but much less than the first.
 */
export const ECHO = 0.5;

/** One topic mentioned, and the weight it is counted with for one reason. */
export interface Counted {
  /** Example: `'benefits'`. */
  topic: Topic;
  /** The weight counted; less than the file's when another topic of its family came first. */
  weight: number;
}

const familyOf = new Map<Topic, number>(
  TOPIC_FAMILIES.flatMap((family, index) => family.map((topic): [Topic, number] => [topic, index])),
);

/**
 * The weight each topic mentioned is counted with for one reason, in the order given: a topic
 * alone in its family counts its file's weight; within a family, the weights that point the
 * same way count in full for the strongest, then each `ECHO` times the one before (ties keep
 * the order given). Weights that point opposite ways are different clues and count in full.
 * Rounded to hundredths, as the files write them. Example: for an offer, salary and benefits
 * count 1.2 and 2.6: benefits (2.6) first, then half of salary's 2.4.
 */
export function countTopics(signals: Signals, topics: readonly Topic[]): Counted[] {
  const counted = topics.map((topic) => ({ topic, weight: weightOf(signals, 'topics', topic) }));
  const groups = new Map<string, Counted[]>();
  for (const item of counted) {
    const family = familyOf.get(item.topic);
    if (family === undefined || item.weight === 0) continue;
    const key = `${family}${item.weight > 0 ? '+' : '-'}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  for (const group of groups.values()) {
    // Array sort is stable: equal weights keep the order given.
    group.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
    group.forEach((item, rank) => {
      const share = Math.abs(item.weight) * ECHO ** rank;
      item.weight = Math.sign(item.weight) * (Math.round(share * 100) / 100);
    });
  }
  return counted;
}

/**
 * How much one more topic would add to a reason's score, on top of the topics already
 * mentioned: its own weight, less when a topic of its family was already counted. Example:
 * for an offer, benefits after salary adds 1.4 (from 2.4 counted alone to 2.6 + 1.2 together).
 */
export function topicGain(signals: Signals, mentioned: readonly Topic[], topic: Topic): number {
  const sum = (topics: readonly Topic[]) =>
    countTopics(signals, topics).reduce((total, c) => total + c.weight, 0);
  return Math.round((sum([...mentioned, topic]) - sum(mentioned)) * 100) / 100;
}
