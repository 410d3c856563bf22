import { pageLocale } from '../language.ts';
import { useId, useRef, useState, type FormEvent } from 'react';
import type { CalendarEvent } from './calendar-file.ts';
import { checkEventStart, type CheckedStart } from './event-start.ts';
import { followUpInDays } from '../../domain/remind.ts';
import type { ReasonHead } from '../../domain/catalog/reason-parts.ts';
import { dateInDays, fill, localIsoDate, MAX_DAYS, type Answers } from '../../domain/core.ts';
import { fillNodes } from '../fill-nodes.tsx';
import { calendarMessages } from '../messages/call-details.ts';
import { plural } from '../plural.ts';
import { useApp } from '../store-context.tsx';
import { telHref } from '../../domain/phone.ts';

/** A date written out for the person. Example: `longDate('2026-12-04')` is `'Friday, December 4'`. */
function longDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day).toLocaleDateString(pageLocale(), {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
  });
}

/** What to say about a start that cannot be used, next to its field. */
function problemText(checked: Exclude<CheckedStart, { ok: true }>, today: string): string {
  if (checked.field === 'time') return calendarMessages.timeProblems[checked.problem];
  return fill(calendarMessages.dateProblems[checked.problem], {
    year: today.slice(0, 4),
    max: MAX_DAYS,
  });
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
  event: Omit<CalendarEvent, 'start'>;
  fileName: string;
  initialDate: string;
}) {
  const id = useId();
  const [today] = useState(() => localIsoDate(new Date()));
  const [date, setDate] = useState(initialDate);
  const [time, setTime] = useState('09:00');
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<{ field: 'date' | 'time'; text: string } | null>(null);
  const dateRef = useRef<HTMLInputElement>(null);
  const timeRef = useRef<HTMLInputElement>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = checkEventStart(date, time, new Date());
    if (!checked.ok) {
      setStatus('');
      setProblem({ field: checked.field, text: problemText(checked, today) });
      // Focus goes to the field, so a screen reader reads its message (its description) out.
      (checked.field === 'date' ? dateRef : timeRef).current?.focus();
      return;
    }
    setProblem(null);
    void download({ ...event, start: checked.start }, fileName).then(setStatus);
  };
  const errorId = (field: 'date' | 'time') => `${id}-${field}-error`;
  const fieldProps = (field: 'date' | 'time') =>
    problem?.field === field
      ? { 'aria-invalid': true, 'aria-describedby': errorId(field) }
      : { 'aria-invalid': undefined, 'aria-describedby': undefined };
  const fieldError = (field: 'date' | 'time') =>
    problem?.field === field && (
      <p className="field-error" id={errorId(field)}>
        {fillNodes(calendarMessages.fieldError, {
          label: <span className="visually-hidden">{calendarMessages.errorLabel}</span>,
          error: problem.text,
        })}
      </p>
    );
  return (
    <form
      className="calendar-form"
      onSubmit={submit}
      aria-labelledby={`${id}-title`}
      // Our messages, next to the field, rather than the browser's own bubble for min and max.
      noValidate
    >
      <h3 id={`${id}-title`}>{title}</h3>
      <p className="hint">{intro}</p>
      <div className="name-fields">
        <div className="field">
          <label htmlFor={`${id}-date`}>{calendarMessages.date}</label>
          {fieldError('date')}
          <input
            id={`${id}-date`}
            ref={dateRef}
            type="date"
            min={today}
            max={dateInDays(MAX_DAYS, today)}
            value={date}
            {...fieldProps('date')}
            onChange={(e) => {
              setDate(e.target.value);
              setProblem(null);
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-time`}>{calendarMessages.time}</label>
          {fieldError('time')}
          <input
            id={`${id}-time`}
            ref={timeRef}
            type="time"
            value={time}
            {...fieldProps('time')}
            onChange={(e) => {
              setTime(e.target.value);
              setProblem(null);
            }}
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
  const company = useApp((s) => s.details.company.trim());
  const phone = useApp((s) => s.details.phone.trim());
  const tel = telHref(phone);
  const number = tel ? `\n${fill(calendarMessages.callBackNumber, { phone, tel })}` : '';
  const followUp = unclear || top.id === 'status-update';
  const days = followUpInDays(answers);
  const today = localIsoDate(new Date());
  const followUpDate = dateInDays(days, today);
  return (
    <section className="calendar no-print" aria-labelledby="calendar-title">
      <h2 id="calendar-title">{calendarMessages.heading}</h2>
      <EventForm
        title={calendarMessages.callBackTitle}
        intro={calendarMessages.callBackIntro}
        button={calendarMessages.callBackButton}
        fileName={calendarMessages.callBackFile}
        initialDate={dateInDays(1, today)}
        event={{
          title: company
            ? fill(calendarMessages.callBackEventFor, { company })
            : calendarMessages.callBackEvent,
          description:
            fill(calendarMessages.callBackDescription, { title: top.title, link }) + number,
          minutes: 15,
        }}
      />
      {followUp && (
        <EventForm
          title={calendarMessages.followUpTitle}
          intro={fill(plural(days, calendarMessages.followUpIntro), {
            days,
            date: longDate(followUpDate),
          })}
          button={calendarMessages.followUpButton}
          fileName={calendarMessages.followUpFile}
          initialDate={followUpDate}
          event={{
            title: company
              ? fill(calendarMessages.followUpEventFor, { company })
              : calendarMessages.followUpEvent,
            description: fill(calendarMessages.followUpDescription, { link }),
            minutes: 15,
          }}
        />
      )}
    </section>
  );
}
