import { calendarFile, type CalendarEvent } from '../../src/ui/results/calendar-file.ts';
import { checkEventStart } from '../../src/ui/results/event-start.ts';

// A zone whose clocks change: in New York they go forward at 2:00 on March 8, 2026.
process.env.TZ = 'America/New_York';

// Friday, November 27, 2026, at 10:30 in the morning, where the person is.
const now = new Date(2026, 10, 27, 10, 30);

/** The calendar file for a date and time typed, made the only way the form makes one. */
function fileFor(date: string, time: string): string | null {
  const checked = checkEventStart(date, time, now);
  if (!checked.ok) return null;
  const event: CalendarEvent = {
    title: 'Call back about the job',
    description: 'Your prep: https://example.test/?view=results',
    start: checked.start,
    minutes: 15,
  };
  return calendarFile(event);
}

describe('the start of a calendar event', () => {
  it('takes a date from today on and a time still to come', () => {
    expect(checkEventStart('2026-11-30', '09:00', now)).toEqual({
      ok: true,
      start: [2026, 11, 30, 9, 0],
    });
    expect(checkEventStart('2026-11-27', '16:45', now)).toEqual({
      ok: true,
      start: [2026, 11, 27, 16, 45],
    });
  });

  it.each([
    ['a year typed as 26, as a date field writes it', '0026-11-30', 'short-year'],
    ['a two-digit year, as typed by hand', '26-11-30', 'short-year'],
    ['a year typed with five digits', '20261-11-30', 'too-far'],
    ['a date years away', '2036-11-30', 'too-far'],
    ['a date field left empty or half filled in', '', 'empty'],
    ['a day that does not exist', '2027-02-30', 'not-a-date'],
    ['a day already gone', '2026-11-26', 'past'],
  ])('refuses %s', (_, date, problem) => {
    expect(checkEventStart(date, '09:00', now)).toEqual({ ok: false, field: 'date', problem });
  });

  it.each([
    ['an empty time', '2026-11-30', '', 'empty'],
    ['a time that is not one', '2026-11-30', '25:00', 'not-a-time'],
    ['a time already gone today', '2026-11-27', '09:00', 'passed'],
  ])('refuses %s', (_, date, time, problem) => {
    expect(checkEventStart(date, time, now)).toEqual({ ok: false, field: 'time', problem });
  });

  it('refuses a time the clocks skip, rather than moving it an hour on', () => {
    // Without a zone that changes its clocks, this test would prove nothing.
    expect(new Date(2026, 2, 8, 2, 30).getHours()).toBe(3);
    const march = new Date(2026, 2, 1, 12, 0);
    expect(checkEventStart('2026-03-08', '02:30', march)).toEqual({
      ok: false,
      field: 'time',
      problem: 'clocks-change',
    });
    expect(checkEventStart('2026-03-08', '03:30', march)).toEqual({
      ok: true,
      start: [2026, 3, 8, 3, 30],
    });
  });

  it('takes the hour the clocks repeat in the autumn, as the calendar will read it', () => {
    expect(checkEventStart('2026-11-01', '01:30', new Date(2026, 9, 30, 12, 0))).toEqual({
      ok: true,
      start: [2026, 11, 1, 1, 30],
    });
  });
});

describe('the calendar file', () => {
  it('starts at the local date and time chosen, with a 15-minute alarm', () => {
    const text = fileFor('2026-11-30', '09:00');
    expect(text).toMatch(/^DTSTART:20261130T090000\r?$/m);
    expect(text).toMatch(/TRIGGER:-PT15M/);
  });

  it.each([
    ['0026-11-30', '09:00'],
    ['26-11-30', '09:00'],
    ['20261-11-30', '09:00'],
    ['2036-11-30', '09:00'],
    ['', '09:00'],
    ['2027-02-30', '09:00'],
    ['2026-11-30', ''],
    ['2027-03-14', '02:30'],
  ])('is never made for %j at %j', (date, time) => {
    // In New York the clocks go forward at 2:00 on March 14, 2027.
    expect(new Date(2027, 2, 14, 2, 30).getHours()).toBe(3);
    expect(fileFor(date, time)).toBeNull();
  });
});
