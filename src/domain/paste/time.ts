/**
 * Time expressions that carry a topic: when they will decide or get back ("we aim to come back
 * to you early next week", "expect to hear by the 15th", "no decision until the end of the
 * month") is their timeline; when the candidate could join ("could you join us from the 6th
 * of April") is a start date. Small patterns: a word about hearing or deciding, a few words,
 * then a time ("by <weekday>", "within N days", "next week", "end of the month"). A deadline
 * for the candidate ("send two references by Friday") is neither.
 */
import type { Topic } from '../codes.ts';

const WEEKDAY =
  '(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|sday|urday)?\\.?';
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const NUMBER = '(?:\\d{1,2}|a|an|one|two|three|four|five|six|seven|ten|a few|a couple of|the next)';
const DATE = `(?:the )?\\d{1,2}(?:st|nd|rd|th)(?: of ${MONTH})?|\\d{1,2}(?:st|nd|rd|th)? ${MONTH}|${MONTH} \\d{1,2}(?:st|nd|rd|th)?`;

/** A time ahead, as a deadline or a span. */
const WHEN = [
  `(?:by|before|until|on|early|late|end of|the end of) (?:the )?(?:${WEEKDAY}|${DATE}|eod|cob|tomorrow|next week|this week|the week|the month|next month|the day)(?!['’]s)`,
  `(?:within|in) (?:the next )?${NUMBER} (?:days?|weeks?|hours?|working days|business days)`,
  '(?:early|later|late|end of|by the end of|the end of|mid|middle of) (?:next|this) (?:week|month)',
  '(?:early|later|late) next week|next week|this week|end of (?:the )?(?:week|month)|(?:the )?(?:next|coming) (?:few|couple of) (?:days|weeks)|shortly|soon|either way',
].join('|');

/** Hearing back, deciding, an update: the subject of their timeline. */
const ABOUT_THEM =
  "(?:hear|hearing|heard)(?: back)?(?: from (?:us|me|them|the team|the client))?|(?:decision|decisions|decide|deciding|answer|outcome|update|news|an offer)\\b(?: [\\w'’]+){0,4}?|(?:come|get|coming|getting|be) back to you|let you know|(?:be|get|getting) in touch|(?:confirm|update you|circle back|revert)";

const TIMELINE = new RegExp(`\\b(?:${ABOUT_THEM})\\s+(?:[\\w'’]+\\s+){0,3}?(?:${WHEN})\\b`, 'gi');

/** A start date asked or offered: "join us from the 6th of April", "start on 1 May". */
const START = new RegExp(
  `\\b(?:join|joining|start|starting|begin|beginning|commence)\\b(?: (?:us|with us|the team|work|the role))? (?:from|on|in|by|w\\/c|wc|week commencing|wk commencing) (?:the )?(?:${DATE}|${MONTH}|${WEEKDAY})\\b|\\bstart (?:poss(?:ibly)?|date)?\\s*(?:${DATE})\\b`,
  'gi',
);

/** `[start, end, targets]` for each time expression that carries a topic, before `end`. */
export function timePhrases(
  text: string,
  end: number,
): [number, number, { question: 'topics'; value: Topic }[]][] {
  return timePhrasesWith(TIMELINE, START, text, end);
}

/**
 * The same, with one language's patterns: `timeline` for when they will decide or be back in
 * touch, `start` for a start date.
 */
export function timePhrasesWith(
  timeline: RegExp,
  start: RegExp,
  text: string,
  end: number,
): [number, number, { question: 'topics'; value: Topic }[]][] {
  const body = text.slice(0, end);
  const found: [number, number, { question: 'topics'; value: Topic }[]][] = [];
  for (const [pattern, value] of [
    [timeline, 'timeline'],
    [start, 'start-date'],
  ] as const) {
    pattern.lastIndex = 0;
    for (const m of body.matchAll(pattern)) {
      found.push([m.index, m.index + m[0].length, [{ question: 'topics', value }]]);
    }
  }
  return found;
}
