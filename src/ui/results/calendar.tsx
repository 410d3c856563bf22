import { useId, useState, type FormEvent } from 'react';
import { followUpInDays, type Answers, type Reason } from '../../domain/index.ts';

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

interface Event {
  title: string;
  description: string;
  date: string;
  time: string;
  minutes: number;
}

/** Builds the .ics file (the `ics` package loads only when asked) and downloads it. */
async function download(event: Event, fileName: string): Promise<string> {
  const { createEvent } = await import('ics');
  const [year, month, day] = event.date.split('-').map(Number);
  const [hour, minute] = event.time.split(':').map(Number);
  if (!year || !month || !day || hour === undefined || minute === undefined) {
    return 'Please choose a date and a time.';
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
  if (error || !value)
    return 'We could not make the calendar file. Please check the date and time.';
  const url = URL.createObjectURL(new Blob([value], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return 'Calendar file downloaded. Open it to add the event to your calendar.';
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
  event: Omit<Event, 'date' | 'time'>;
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
          <label htmlFor={`${id}-date`}>Date</label>
          <input
            id={`${id}-date`}
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-time`}>Time</label>
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
  top: Reason;
  unclear: boolean;
  link: string;
}) {
  const followUp = unclear || top.id === 'status-update';
  const days = followUpInDays(answers);
  return (
    <section className="calendar no-print" aria-labelledby="calendar-title">
      <h2 id="calendar-title">Add to calendar</h2>
      <EventForm
        title="Call them back"
        intro="A 15-minute slot with a reminder 15 minutes before, and the link to this prep."
        button="Download .ics"
        fileName="callback-call-back.ics"
        initialDate={daysFromNow(1)}
        event={{
          title: 'Call back about the job',
          description: `Likely: ${top.title}. Your prep: ${link}`,
          minutes: 15,
        }}
      />
      {followUp && (
        <EventForm
          title="Remind me to follow up"
          intro={`If you have not heard by then, a short, friendly email is fine. We suggest ${String(days)} days from today.`}
          button="Download follow-up reminder"
          fileName="callback-follow-up.ics"
          initialDate={daysFromNow(days)}
          event={{
            title: 'Follow up on the job',
            description: `If there is no news yet, send a short, friendly email. Your prep: ${link}`,
            minutes: 15,
          }}
        />
      )}
    </section>
  );
}
