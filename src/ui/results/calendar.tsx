import { useId, useState, type FormEvent } from 'react';
import type { CalendarEvent } from './calendar-file.ts';
import { followUpInDays } from '../../domain/remind.ts';
import type { ReasonHead } from '../../domain/catalog/reason-parts.ts';
import { fill, type Answers } from '../../domain/core.ts';
import { calendarMessages } from '../messages/results.ts';
import { plural } from '../plural.ts';

/** A date as the date input writes it. Example: `'2026-11-27'`. */
function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(date.getFullYear())}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function daysFromNow(days: number): Date {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return date;
}

/**
 * Makes and downloads the .ics file. The code that writes it (with the `ics` package) loads
 * only when someone asks for a file.
 */
async function download(event: CalendarEvent, fileName: string): Promise<string> {
  const file = await import('./calendar-file.ts').catch(() => null);
  if (!file) return calendarMessages.notLoaded;
  return file.download(event, fileName);
}

/** One event form: a date and time, prefilled, and a download button. */
function EventForm({
  title,
  intro,
  button,
  event,
  fileName,
  initialDate,
}: {
  title: string;
  intro: string;
  button: string;
  event: Omit<CalendarEvent, 'date' | 'time'>;
  fileName: string;
  initialDate: Date;
}) {
  const id = useId();
  const [date, setDate] = useState(() => isoDate(initialDate));
  const [time, setTime] = useState('09:00');
  const [status, setStatus] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void download({ ...event, date, time }, fileName).then(setStatus);
  };
  return (
    <form className="calendar-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <p className="hint">{intro}</p>
      <div className="name-fields">
        <div className="field">
          <label htmlFor={`${id}-date`}>{calendarMessages.date}</label>
          <input
            id={`${id}-date`}
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-time`}>{calendarMessages.time}</label>
          <input
            id={`${id}-time`}
            type="time"
            value={time}
            onChange={(e) => setTime(e.target.value)}
          />
        </div>
      </div>
      <button type="submit" className="button button-secondary">
        {button}
      </button>
      <p role="status" className="status">
        {status}
      </p>
    </form>
  );
}

/**
 * "Add to calendar": a reminder to call back, with the prep link and an alarm 15 minutes
 * before; and, when the call looks like an update or its meaning is unclear, a reminder to
 * follow up on a sensible date.
 */
export function Calendar({
  answers,
  top,
  unclear,
  link,
}: {
  answers: Answers;
  top: ReasonHead;
  unclear: boolean;
  link: string;
}) {
  const followUp = unclear || top.id === 'status-update';
  const days = followUpInDays(answers);
  return (
    <section className="calendar no-print" aria-labelledby="calendar-title">
      <h2 id="calendar-title">{calendarMessages.heading}</h2>
      <EventForm
        title={calendarMessages.callBackTitle}
        intro={calendarMessages.callBackIntro}
        button={calendarMessages.callBackButton}
        fileName="callback-call-back.ics"
        initialDate={daysFromNow(1)}
        event={{
          title: calendarMessages.callBackEvent,
          description: fill(calendarMessages.callBackDescription, { title: top.title, link }),
          minutes: 15,
        }}
      />
      {followUp && (
        <EventForm
          title={calendarMessages.followUpTitle}
          intro={fill(plural(days, calendarMessages.followUpIntro), { days })}
          button={calendarMessages.followUpButton}
          fileName="callback-follow-up.ics"
          initialDate={daysFromNow(days)}
          event={{
            title: calendarMessages.followUpEvent,
            description: fill(calendarMessages.followUpDescription, { link }),
            minutes: 15,
          }}
        />
      )}
    </section>
  );
}
