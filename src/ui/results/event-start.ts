import {
  checkReminderDate,
  checkTime,
  localIsoDate,
  type ReminderDateProblem,
  type TimeProblem,
} from '../../domain/core.ts';

/** When a calendar event starts, as the `ics` package takes it: `[2026, 11, 27, 9, 0]`. */
export type EventStart = [year: number, month: number, day: number, hour: number, minute: number];

/** Why a time cannot start an event: one a time field can hold, or one the clock rules out. */
export type EventTimeProblem =
  | TimeProblem
  /** A time the clocks skip that night, like 2:30 when they go forward at 2:00. */
  | 'clocks-change'
  /** Today, at a time already gone. */
  | 'passed';

/** A checked start, or which field cannot be used and why. */
export type CheckedStart =
  | { ok: true; start: EventStart }
  | { ok: false; field: 'date'; problem: ReminderDateProblem }
  | { ok: false; field: 'time'; problem: EventTimeProblem };

/**
 * Checks the date and time typed for a reminder against the person's own clock, so that no
 * calendar file is ever made for a date it would misread: the `ics` package reads a year of
 * `26` as 1926, rolls February 30 over into March, writes a five-digit year into a file no
 * calendar opens, and moves a time the clocks skip an hour on without a word. A calendar
 * file's start is only ever one this returns. Example:
 * `checkEventStart('2026-11-30', '09:00', now)` is `{ ok: true, start: [2026, 11, 30, 9, 0] }`.
 */
export function checkEventStart(date: string, time: string, now: Date): CheckedStart {
  const day = checkReminderDate(date, localIsoDate(now));
  if (!day.ok) return { ok: false, field: 'date', problem: day.problem };
  const clock = checkTime(time);
  if (!clock.ok) return { ok: false, field: 'time', problem: clock.problem };
  const [year, month, dayOfMonth] = day.date.split('-').map(Number) as [number, number, number];
  const { hour, minute } = clock;
  // The same local reading the `ics` package makes; a skipped time comes back an hour later.
  const start = new Date(year, month - 1, dayOfMonth, hour, minute);
  if (start.getHours() !== hour || start.getMinutes() !== minute)
    return { ok: false, field: 'time', problem: 'clocks-change' };
  if (start.getTime() < now.getTime()) return { ok: false, field: 'time', problem: 'passed' };
  return { ok: true, start: [year, month, dayOfMonth, hour, minute] };
}
