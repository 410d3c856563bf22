import { createEvent } from 'ics';
import { calendarFileMessages } from '../messages/calendar-file.ts';
import { checkEventStart } from './event-start.ts';

/** One calendar event, as the form fills it in. */
export interface CalendarEvent {
  title: string;
  description: string;
  /** As the date field writes it. Example: `'2026-11-27'`. */
  date: string;
  /** As the time field writes it. Example: `'09:00'`. */
  time: string;
  minutes: number;
}

/**
 * The text of the .ics file, or what to say instead. The start is checked again here, so no
 * path ever hands the `ics` package a date it would misread (see `checkEventStart`).
 */
export function calendarFile(
  event: CalendarEvent,
  now: Date,
): { ok: true; text: string } | { ok: false; message: string } {
  const checked = checkEventStart(event.date, event.time, now);
  if (!checked.ok) return { ok: false, message: calendarFileMessages.chooseDateTime };
  const { error, value } = createEvent({
    title: event.title,
    description: event.description,
    start: checked.start,
    startInputType: 'local',
    startOutputType: 'local',
    duration: { minutes: event.minutes },
    alarms: [
      { action: 'display', description: event.title, trigger: { minutes: 15, before: true } },
    ],
  });
  if (error || !value) return { ok: false, message: calendarFileMessages.notMade };
  return { ok: true, text: value };
}

/** Builds the .ics file and downloads it; says in words how it went. */
export function download(event: CalendarEvent, fileName: string): string {
  const file = calendarFile(event, new Date());
  if (!file.ok) return file.message;
  const url = URL.createObjectURL(new Blob([file.text], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return calendarFileMessages.downloaded;
}
