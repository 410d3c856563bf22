import { MAX_DAYS } from './codes.ts';

/*
 * Calendar dates as a date field writes them (`'2026-11-24'`), counted in whole local days.
 * Nothing here reads the clock: "today" is always given, as a date of the same form.
 */

/** Why a typed date cannot be used, whatever it is for. */
type CommonDateProblem =
  /** Nothing given, or a date field left half filled in (the browser then gives `''`). */
  | 'empty'
  /** A year of one to three digits: `'26-11-24'`, or `'0026-11-24'` from a date field. */
  | 'short-year'
  /** Not a day that exists: `'2026-02-30'`, `'2026-13-01'`, `'next week'`. */
  | 'not-a-date';

/**
 * Why a typed interview date cannot be used: one of the common problems, a date after today
 * (`'future'`), or more than `MAX_DAYS` days ago, more than a link's `days` can hold
 * (`'too-long-ago'`).
 */
export type InterviewDateProblem = CommonDateProblem | 'future' | 'too-long-ago';

/**
 * Why a typed reminder date cannot be used: one of the common problems, a date before today
 * (`'past'`), or more than `MAX_DAYS` days ahead, like a year typed as `20261` (`'too-far'`).
 */
export type ReminderDateProblem = CommonDateProblem | 'past' | 'too-far';

/** A date that was checked, or why it cannot be used. */
export type CheckedDate<Problem extends string> =
  | {
      ok: true;
      /** The date in full. Example: `'2026-11-24'`. */
      date: string;
      /** Whole days from today: before it for an interview, after it for a reminder. */
      days: number;
    }
  | { ok: false; problem: Problem };

/** Why a typed time cannot be used. */
export type TimeProblem = 'empty' | 'not-a-time';

/** A time of day that was checked, or why it cannot be used. */
export type CheckedTime =
  | { ok: true; /** `0` to `23`. */ hour: number; /** `0` to `59`. */ minute: number }
  | { ok: false; problem: TimeProblem };

const DAY_MS = 24 * 60 * 60 * 1000;

/** A calendar date read from its parts, or why it is not one. */
function readDate(text: string): { year: number; month: number; day: number } | CommonDateProblem {
  const value = text.trim();
  if (value === '') return 'empty';
  const parts = /^(\d{1,6})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (!parts) return 'not-a-date';
  const [year, month, day] = parts.slice(1).map(Number) as [number, number, number];
  // Four digits with leading zeros is what a date field makes of a year typed as `26`.
  if (year < 1000) return 'short-year';
  const date = utcDate(year, month, day);
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? { year, month, day } : 'not-a-date';
}

// Date.UTC would read the years 0 to 99 as 1900 to 1999; setUTCFullYear takes them as given.
function utcDate(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

function dayNumber(date: { year: number; month: number; day: number }): number {
  return Math.round(utcDate(date.year, date.month, date.day).getTime() / DAY_MS);
}

function isoOfDayNumber(days: number): string {
  const date = new Date(days * DAY_MS);
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function isoDate(year: number, month: number, day: number): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function readToday(today: string): number {
  const read = readDate(today);
  if (typeof read === 'string') throw new RangeError(`Today is not a date: ${today}`);
  return dayNumber(read);
}

/**
 * The date a `Date` falls on where the person is, in the form a date field writes.
 * Example: `localIsoDate(new Date(2026, 10, 24, 23, 59))` is `'2026-11-24'`.
 */
export function localIsoDate(date: Date): string {
  return isoDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/**
 * Whole calendar days from a date to today. Throws a RangeError for a date after today or
 * either one not a real date: check what a person typed with `checkInterviewDate` first.
 * Example: `daysSince('2026-11-24', '2026-11-27')` is `3`; across a change of the clocks too.
 */
export function daysSince(isoDate: string, today: string): number {
  const read = readDate(isoDate);
  if (typeof read === 'string') throw new RangeError(`Not a date: ${isoDate}`);
  const days = readToday(today) - dayNumber(read);
  if (days < 0) throw new RangeError(`${isoDate} is after ${today}`);
  return days;
}

/**
 * The date a number of days before today. Example: `dateFromDays(3, '2026-03-01')` is
 * `'2026-02-26'`.
 */
export function dateFromDays(days: number, today: string): string {
  return isoOfDayNumber(readToday(today) - days);
}

/**
 * The date a number of days after today. Example: `dateInDays(7, '2026-12-28')` is
 * `'2027-01-04'`.
 */
export function dateInDays(days: number, today: string): string {
  return isoOfDayNumber(readToday(today) + days);
}

/**
 * Reads the day of an interview as a person picked or typed it: a real date, in full, from
 * today back to `MAX_DAYS` days ago, or why not. Example:
 * `checkInterviewDate('2026-11-24', '2026-11-27')` is `{ ok: true, date: '2026-11-24', days: 3 }`;
 * `checkInterviewDate('0026-11-24', '2026-11-27')` is `{ ok: false, problem: 'short-year' }`.
 */
export function checkInterviewDate(
  input: string,
  today: string,
): CheckedDate<InterviewDateProblem> {
  const read = readDate(input);
  if (typeof read === 'string') return { ok: false, problem: read };
  const days = readToday(today) - dayNumber(read);
  if (days < 0) return { ok: false, problem: 'future' };
  if (days > MAX_DAYS) return { ok: false, problem: 'too-long-ago' };
  return { ok: true, date: isoDate(read.year, read.month, read.day), days };
}

/**
 * Reads the day of a reminder: a real date, in full, from today up to `MAX_DAYS` days ahead,
 * or why not. Example: `checkReminderDate('2026-12-01', '2026-11-27')` is
 * `{ ok: true, date: '2026-12-01', days: 4 }`.
 */
export function checkReminderDate(input: string, today: string): CheckedDate<ReminderDateProblem> {
  const read = readDate(input);
  if (typeof read === 'string') return { ok: false, problem: read };
  const days = dayNumber(read) - readToday(today);
  if (days < 0) return { ok: false, problem: 'past' };
  if (days > MAX_DAYS) return { ok: false, problem: 'too-far' };
  return { ok: true, date: isoDate(read.year, read.month, read.day), days };
}

/**
 * Reads a time of day as a time field writes it, `'HH:MM'` from `'00:00'` to `'23:59'`
 * (seconds, if a browser adds them, are ignored). Example: `checkTime('09:30')` is
 * `{ ok: true, hour: 9, minute: 30 }`; `checkTime('')` is `{ ok: false, problem: 'empty' }`.
 */
export function checkTime(input: string): CheckedTime {
  const value = input.trim();
  if (value === '') return { ok: false, problem: 'empty' };
  const parts = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(value);
  const hour = Number(parts?.[1]);
  const minute = Number(parts?.[2]);
  if (!parts || hour > 23 || minute > 59) return { ok: false, problem: 'not-a-time' };
  return { ok: true, hour, minute };
}
