import type { LinkState, View } from './link.ts';
import { QUESTION_KEYS, type Answers, type QuestionKey } from './codes.ts';

/** The page a link shows: a question, or one of the views. */
export type Page = { kind: 'question'; step: QuestionKey } | { kind: View };

/** Whether any question has an answer, "Not sure" included. */
export function hasAnswers(answers: Answers): boolean {
  return QUESTION_KEYS.some((key) => answers[key] !== undefined);
}

/**
 * The first question to answer in a call whose questions were never finished, or undefined
 * once they were. A saved call holds answers, not the page reached, so the answers tell:
 * Continue with nothing chosen saves "Not sure", except on the topics question, which stays
 * unanswered. So any other question left open means the person never got past it.
 */
export function unfinishedAt(answers: Answers): QuestionKey | undefined {
  const open = QUESTION_KEYS.some((key) => key !== 'topics' && answers[key] === undefined);
  return open ? QUESTION_KEYS.find((key) => answers[key] === undefined) : undefined;
}

/**
 * Which page a link opens. A step wins, then a view; answers with neither open the results
 * (docs/contract.md §1), and a bare link opens the first question.
 */
export function pageOf(link: LinkState): Page {
  if (link.step) return { kind: 'question', step: link.step };
  if (link.view) return { kind: link.view };
  if (hasAnswers(link.answers)) return { kind: 'results' };
  return { kind: 'question', step: QUESTION_KEYS[0] };
}

/** Where Continue leads from a question: the next one, or back to the check page. */
export function nextFrom(step: QuestionKey, from: LinkState['from']): Partial<LinkState> {
  const index = QUESTION_KEYS.indexOf(step);
  const next = QUESTION_KEYS[index + 1];
  if (from === 'check' || !next) return { view: 'check' };
  return { step: next };
}

/** Where Back leads from a question, or nothing on the first one. */
export function backFrom(step: QuestionKey, from: LinkState['from']): Partial<LinkState> | null {
  if (from === 'check') return { view: 'check' };
  const previous = QUESTION_KEYS[QUESTION_KEYS.indexOf(step) - 1];
  return previous ? { step: previous } : null;
}

/** The question's position, counting from 1. Example: `positionOf('round')` is `3`. */
export function positionOf(step: QuestionKey): number {
  return QUESTION_KEYS.indexOf(step) + 1;
}
