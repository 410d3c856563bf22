import { isDays, TOPICS, type Days, type Topic } from './codes.ts';

const topicSet: ReadonlySet<string> = new Set(TOPICS);

/**
 * Topics in their one canonical form, wherever they come from (a link, a click, pasted text):
 * known ones only, no repeats, sorted, and `nothing` ("nothing specific") only on its own.
 * Example: `normalizeTopics(['salary', 'nothing', 'benefits'])` is `['benefits', 'salary']`.
 */
export function normalizeTopics(topics: readonly string[]): Topic[] {
  const known = new Set<Topic>();
  for (const topic of topics) if (isTopic(topic)) known.add(topic);
  if (known.size > 1) known.delete('nothing');
  return [...known].sort();
}

function isTopic(value: string): value is Topic {
  return topicSet.has(value);
}

/**
 * A number of days as a person or a link writes it: digits only (no sign, point or exponent)
 * from 0 to `MAX_DAYS`, or `unknown`, with spaces around ignored. `undefined` when it is
 * neither. Examples: `readDays(' 7 ')` is `7`, `readDays('unknown')` is `'unknown'`,
 * `readDays('1e2')` and `readDays('366')` are `undefined`.
 */
export function readDays(text: string): Days | undefined {
  const value = text.trim().toLowerCase();
  if (value === 'unknown') return 'unknown';
  // Six digits at most: enough for leading zeros, and never a number too big to read exactly.
  if (!/^\d{1,6}$/.test(value)) return undefined;
  const days = Number(value);
  return isDays(days) ? days : undefined;
}
