import { createEvent } from 'ics';
import { calendarFileMessages } from '../messages/calendar-file.ts';

/** One calendar event, as the form fills it in. */
export interface CalendarEvent {
  title: string;
  description: string;
  date: string;
  time: string;
  minutes: number;
}

/** Builds the .ics file and downloads it; says in words how it went. */
export function download(event: CalendarEvent, fileName: string): string {
  const [year, month, day] = event.date.split('-').map(Number);
  const [hour, minute] = event.time.split(':').map(Number);
  if (!year || !month || !day || hour === undefined || minute === undefined) {
    return calendarFileMessages.chooseDateTime;
  }
  const { error, value } = createEvent({
    title: event.title,
    description: event.description,
    start: [year, month, day, hour, minute],
    startInputType: 'local',
    startOutputType: 'local',
    duration: { minutes: event.minutes },
    alarms: [
      { action: 'display', description: event.title, trigger: { minutes: 15, before: true } },
    ],
  });
  if (error || !value) return calendarFileMessages.notMade;
  const url = URL.createObjectURL(new Blob([value], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return calendarFileMessages.downloaded;
}
