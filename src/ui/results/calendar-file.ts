import { createEvent } from 'ics';
import { downloadFile } from '../download-file.ts';
import { calendarFileMessages } from '../messages/calendar-file.ts';
import type { EventStart } from './event-start.ts';

/** One calendar event, as the form fills it in. */
export interface CalendarEvent {
  title: string;
  description: string;
  /**
   * When it starts, as `checkEventStart` returns it once the date and time are checked: the
   * `ics` package would read a year of `26` as 1926, roll February 30 over into March, and
   * move a time the clocks skip an hour on, without a word.
   */
  start: EventStart;
  minutes: number;
}

/** The text of the .ics file, or `null` if the `ics` package would not make one. */
export function calendarFile(event: CalendarEvent): string | null {
  const { error, value } = createEvent({
    title: event.title,
    description: event.description,
    start: event.start,
    startInputType: 'local',
    startOutputType: 'local',
    duration: { minutes: event.minutes },
    alarms: [
      { action: 'display', description: event.title, trigger: { minutes: 15, before: true } },
    ],
  });
  return error || !value ? null : value;
}

/** Builds the .ics file and downloads it; says in words how it went. */
export function download(event: CalendarEvent, fileName: string): string {
  const file = calendarFile(event);
  if (file === null) return calendarFileMessages.notMade;
  downloadFile(fileName, file, 'text/calendar;charset=utf-8');
  return calendarFileMessages.downloaded;
}
