import { TOPICS, type Topic } from './schema.ts';

const topicSet: ReadonlySet<string> = new Set(TOPICS);

/**
 * Topics in their one canonical form, wherever they come from (a link, a click, pasted text):
 * known ones only, no repeats, sorted, and `nothing` ("nothing specific") only on its own.
 * Example: `normalizeTopics(['salary', 'nothing', 'benefits'])` is `['benefits', 'salary']`.
 */
export function normalizeTopics(topics: readonly string[]): Topic[] {
  const known = [...new Set(topics.filter((topic): topic is Topic => topicSet.has(topic)))];
  const specific = known.filter((topic) => topic !== 'nothing');
  return specific.length > 0 ? specific.sort() : known;
}
