import type { Answers } from './codes.ts';

/**
 * How many days from today to follow up, when the call was only an update or its meaning is
 * unclear. Employers often promise news within about a week of a final round, and a little
 * sooner after earlier rounds; if that time has already passed, follow up soon, but not the
 * same day. Example: after a final round 2 days ago, `followUpInDays(...)` is 5.
 */
export function followUpInDays(answers: Answers): number {
  const wait =
    answers.round === 'final' || answers.round === undefined || answers.round === 'unknown' ? 7 : 5;
  const since = typeof answers.days === 'number' ? answers.days : 0;
  return Math.max(2, wait - since);
}
