import fc from 'fast-check';
import {
  checkInterviewDate,
  checkReminderDate,
  checkTime,
  dateFromDays,
  dateInDays,
  daysSince,
  localIsoDate,
} from '../../src/domain/dates.ts';
import { MAX_DAYS } from '../../src/domain/schema.ts';

const today = '2026-11-27';

/** Any real date from 1970 to 2200, as a date field writes it. */
const anyDay = fc
  .date({
    min: new Date(Date.UTC(1970, 0, 1)),
    max: new Date(Date.UTC(2200, 0, 1)),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

describe('daysSince', () => {
  it.each([
    ['2026-11-27', 0],
    ['2026-11-26', 1],
    ['2026-11-24', 3],
    ['2026-10-28', 30],
    ['2025-11-27', 365],
  ])('counts from %s to today as %i days', (date, days) => {
    expect(daysSince(date, today)).toBe(days);
  });

  it('counts whole days across the end of a leap February and of a year', () => {
    expect(daysSince('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysSince('2026-12-31', '2027-01-01')).toBe(1);
  });

  it('counts calendar days, so a change of the clocks never makes a day of 23 hours count short', () => {
    // The United States and the European Union change their clocks on these weekends.
    expect(daysSince('2026-03-07', '2026-03-09')).toBe(2);
    expect(daysSince('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysSince('2026-10-31', '2026-11-02')).toBe(2);
  });

  it('refuses a date after today, rather than giving a negative count', () => {
    expect(() => daysSince('2026-11-28', today)).toThrow(RangeError);
  });

  it('refuses what is not a date', () => {
    expect(() => daysSince('2026-02-30', today)).toThrow(RangeError);
    expect(() => daysSince('2026-11-24', 'today')).toThrow(RangeError);
  });
});

describe('dateFromDays and dateInDays', () => {
  it.each([
    [0, '2026-03-01'],
    [1, '2026-02-28'],
    [3, '2026-02-26'],
    [365, '2025-03-01'],
  ])('%i days before 2026-03-01 is %s', (days, date) => {
    expect(dateFromDays(days, '2026-03-01')).toBe(date);
  });

  it('goes forward across a year', () => {
    expect(dateInDays(7, '2026-12-28')).toBe('2027-01-04');
  });

  it('is what daysSince reads back, for every number of days a link can hold', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: MAX_DAYS }), (day, days) => {
        expect(daysSince(dateFromDays(days, day), day)).toBe(days);
        expect(daysSince(day, dateInDays(days, day))).toBe(days);
      }),
    );
  });
});

describe('checkInterviewDate', () => {
  it('takes a date from today back to a year ago, with its days', () => {
    expect(checkInterviewDate('2026-11-24', today)).toEqual({
      ok: true,
      date: '2026-11-24',
      days: 3,
    });
    expect(checkInterviewDate(today, today)).toEqual({ ok: true, date: today, days: 0 });
    expect(checkInterviewDate('2025-11-27', today)).toEqual({
      ok: true,
      date: '2025-11-27',
      days: MAX_DAYS,
    });
  });

  it.each([
    ['', 'empty'],
    ['  ', 'empty'],
    ['0026-11-24', 'short-year'],
    ['26-11-24', 'short-year'],
    ['026-11-24', 'short-year'],
    ['2026-11-28', 'future'],
    ['20261-11-24', 'future'],
    ['2025-11-26', 'too-long-ago'],
    ['1926-11-24', 'too-long-ago'],
    ['2026-02-30', 'not-a-date'],
    ['2026-13-01', 'not-a-date'],
    ['2026-00-10', 'not-a-date'],
    ['2025-02-29', 'not-a-date'],
    ['24/11/2026', 'not-a-date'],
    ['last Tuesday', 'not-a-date'],
  ])('refuses %j: %s', (input, problem) => {
    expect(checkInterviewDate(input, today)).toEqual({ ok: false, problem });
  });

  it('takes the 29th of February in a leap year', () => {
    expect(checkInterviewDate('2028-02-29', '2028-03-01')).toEqual({
      ok: true,
      date: '2028-02-29',
      days: 1,
    });
  });

  it('takes any day it gives for a number of days a link can hold', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: MAX_DAYS }), (day, days) => {
        const date = dateFromDays(days, day);
        expect(checkInterviewDate(date, day)).toEqual({ ok: true, date, days });
      }),
    );
  });

  it('never throws, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        expect(() => checkInterviewDate(input, today)).not.toThrow();
      }),
    );
  });
});

describe('checkReminderDate', () => {
  it('takes a date from today up to a year ahead', () => {
    expect(checkReminderDate('2026-12-01', today)).toEqual({
      ok: true,
      date: '2026-12-01',
      days: 4,
    });
    expect(checkReminderDate('2027-11-27', today)).toEqual({
      ok: true,
      date: '2027-11-27',
      days: MAX_DAYS,
    });
  });

  it.each([
    ['', 'empty'],
    ['0026-11-30', 'short-year'],
    ['26-11-30', 'short-year'],
    ['20261-11-30', 'too-far'],
    ['2036-11-30', 'too-far'],
    ['2026-11-26', 'past'],
    ['2026-02-30', 'not-a-date'],
  ])('refuses %j: %s', (input, problem) => {
    expect(checkReminderDate(input, today)).toEqual({ ok: false, problem });
  });
});

describe('checkTime', () => {
  it.each([
    ['09:00', 9, 0],
    ['23:59', 23, 59],
    ['00:00', 0, 0],
    ['7:30', 7, 30],
    ['14:15:00', 14, 15],
  ])('reads %j', (input, hour, minute) => {
    expect(checkTime(input)).toEqual({ ok: true, hour, minute });
  });

  it.each([
    ['', 'empty'],
    ['24:00', 'not-a-time'],
    ['12:60', 'not-a-time'],
    ['9am', 'not-a-time'],
  ])('refuses %j: %s', (input, problem) => {
    expect(checkTime(input)).toEqual({ ok: false, problem });
  });
});

describe('localIsoDate', () => {
  it('gives the day where the person is, in full', () => {
    expect(localIsoDate(new Date(2026, 10, 24, 23, 59))).toBe('2026-11-24');
    expect(localIsoDate(new Date(2026, 0, 5, 0, 1))).toBe('2026-01-05');
  });
});
