import { pageLocale } from '../language.ts';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  backFrom,
  checkInterviewDate,
  dateFromDays,
  fill,
  localIsoDate,
  type InterviewDateProblem,
  formatLink,
  MAX_DAYS,
  nextFrom,
  positionOf,
  QUESTION_KEYS,
  readDays,
  type Answers,
  type Days,
  type DaysText,
  type LinkState,
  type Question,
  type Topic,
} from '../../domain/core.ts';
import { useErrorInTitle } from '../error-title.ts';
import { fillNodes } from '../fill-nodes.tsx';
import { sharedMessages } from '../messages/frame.ts';
import { questionMessages } from '../messages/wizard.ts';
import { useApp } from '../store-context.tsx';
import { NavLink } from '../nav-link.tsx';
import { PageHeading } from '../page-heading.tsx';
import { plural } from '../plural.ts';
import { PasteBox } from './paste-box.tsx';
import { ResumeOffer } from './resume-offer.tsx';

/**
 * One question on its own page (GOV.UK question pattern): the legend is the page heading,
 * the hint is tied to the fieldset, and nothing moves on until Continue.
 *
 * `onInterviewDate` hears, when the days question is answered, the day of the interview:
 * the date picked, or the one the days typed stand for (`'2026-11-24'`), or `null` for
 * "Not sure" or nothing given. The link itself only ever holds the number of days.
 */
export function QuestionPage({
  question,
  onInterviewDate,
}: {
  question: Question;
  onInterviewDate?: (date: string | null) => void;
}) {
  const link = useApp((s) => s.link);
  const { answers, from } = link;
  const answerAndContinue = useApp((s) => s.answerAndContinue);
  const back = backFrom(question.key, from);
  const position = positionOf(question.key);
  const first = position === 1;

  // Read once: a page left open past midnight keeps counting from the day it opened on.
  const [today] = useState(() => localIsoDate(new Date()));
  const [value, setValue] = useState(() => initialValue(answers, question, today));
  const [error, setError] = useState<{ text: string; field: string } | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  useErrorInTitle(error !== null);
  const [readText, setReadText] = useState<ReadDaysText>(() => readDigits);
  useEffect(() => {
    if (question.kind !== 'days') return;
    let live = true;
    loadDaysReader().then(
      (reader) => {
        if (!live) return;
        setReadText(() => reader);
        // Words typed before it came are read now, and the date field follows them. Only
        // words: a date being picked meanwhile is left alone.
        setValue((draft) =>
          inWords(draft.days) && !draft.dateProblem
            ? { ...draft, ...typedDays(draft.days, reader, today) }
            : draft,
        );
      },
      // Offline before the app was saved: digits still work, as they always have.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [question.kind, today]);

  const hintId = `${question.key}-hint`;
  const errorId = `${question.key}-error`;
  // An error about the date field is shown next to that field; any other, under the legend.
  const fieldError = error && error.field === `${question.key}-input` ? error.text : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Words, with Continue pressed before their reader came: read them once it is here.
    // Digits never wait, as before.
    const words = readText === readDigits && inWords(value.days);
    if (question.kind === 'days' && words)
      void loadDaysReader().then(finish, () => finish(readDigits));
    else finish(readText);
  };

  const finish = (reader: ReadDaysText) => {
    const read = readValue(question, value, today, reader);
    if (read.error) {
      setError(read.error);
      // The error summary takes focus so a screen reader announces it straight away.
      requestAnimationFrame(() => errorRef.current?.focus());
      return;
    }
    if (question.kind === 'days')
      onInterviewDate?.(typeof read.answer === 'number' ? dateFromDays(read.answer, today) : null);
    answerAndContinue(question.key, read.answer);
  };

  return (
    <>
      {back && (
        <NavLink to={back} className="back-link">
          {sharedMessages.back}
        </NavLink>
      )}
      {first && <ResumeOffer />}
      {error && (
        <div
          className="error-summary"
          role="alert"
          tabIndex={-1}
          ref={errorRef}
          aria-labelledby="error-title"
        >
          <h2 id="error-title">{questionMessages.problem}</h2>
          <ul>
            <li>
              <a href={`#${error.field}`}>{error.text}</a>
            </li>
          </ul>
        </div>
      )}
      {first && <p className="lead">{questionMessages.intro}</p>}
      {/* A real form: without JavaScript (or before it loads) Continue opens the next page's
          link with the answer in it, as GOV.UK's pages do. With it, the store does that. */}
      <form method="get" onSubmit={submit} noValidate>
        <p className="caption">
          {fill(questionMessages.position, { position, total: QUESTION_KEYS.length })}
        </p>
        <fieldset aria-describedby={fieldError ? `${hintId} ${errorId}` : hintId}>
          <legend>
            <PageHeading>{question.prompt}</PageHeading>
          </legend>
          <p className="hint" id={hintId}>
            {question.hint}
          </p>
          {fieldError && <FieldError id={errorId} error={fieldError} />}
          {question.kind === 'single' && (
            <Radios
              question={question}
              value={value.single}
              onChange={(single) => setValue({ ...value, single })}
            />
          )}
          {question.kind === 'multi' && (
            <Topics
              question={question}
              value={value.topics}
              onChange={(topics) => setValue({ ...value, topics })}
            />
          )}
          {question.kind === 'days' && (
            <DaysField
              value={value}
              today={today}
              readText={readText}
              invalid={fieldError !== null}
              onChange={(days) => {
                setValue({ ...value, ...days });
                setError(null);
              }}
            />
          )}
        </fieldset>
        {carriedFields(link, question).map(([name, carried]) => (
          <input key={name} type="hidden" name={name} value={carried} />
        ))}
        <button type="submit" className="button">
          {questionMessages.continue}
        </button>
      </form>
      {first && <PasteBox />}
    </>
  );
}

/**
 * What a form submitted without JavaScript carries besides the question's own field: the rest
 * of the link (other answers, ticks) and the page Continue leads to. Example on the first
 * question: `[['step', 'contact']]`.
 */
function carriedFields(link: LinkState, question: Question): [string, string][] {
  const answers: Answers = { ...link.answers, [question.key]: undefined };
  const next = formatLink({ answers, done: link.done, ...nextFrom(question.key, link.from) });
  return [...new URLSearchParams(next)];
}

/** Reads the days as typed: `readDaysText`, or `readDigits` until that arrives. */
type ReadDaysText = (text: string) => DaysText;

// The reader of words is about 1 KB that the first page cannot spare (npm run budget): it
// loads when the days question opens.
const loadDaysReader = () =>
  import('../../domain/days-text.ts').then(
    (m): ReadDaysText =>
      (text) =>
        m.readDaysText(text, MAX_DAYS),
  );

/** Typed days that digits alone cannot read: words, or a mistake, for the reader of words. */
function inWords(text: string): boolean {
  return text.trim() !== '' && readDays(text) === undefined;
}

/** Digits only, as a link's `days=` is read: all the field understands until the words' reader comes. */
function readDigits(text: string): DaysText {
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  const days = readDays(text);
  if (days === undefined) return { ok: false, problem: 'unreadable' };
  return { ok: true, days, read: days === 'unknown' ? 'words' : 'digits' };
}

/** Days typed, with the date they stand for: the date field follows, so the two never disagree. */
function typedDays(days: string, readText: ReadDaysText, today: string): Partial<Draft> {
  const read = readText(days);
  return {
    days,
    date: read.ok && read.days !== 'unknown' ? dateFromDays(read.days, today) : '',
    dateProblem: null,
  };
}

interface Draft {
  single: string;
  topics: Topic[];
  days: string;
  daysUnknown: boolean;
  /** What the date field holds: the date the days stand for, or one picked. */
  date: string;
  /** Why the date picked cannot be used; the days are left as they were. */
  dateProblem: InterviewDateProblem | null;
}

function initialValue(answers: Answers, question: Question, today: string): Draft {
  const current = answers[question.key];
  return {
    single: typeof current === 'string' ? current : '',
    topics: question.key === 'topics' ? [...(answers.topics ?? [])] : [],
    days: typeof answers.days === 'number' ? String(answers.days) : '',
    daysUnknown: answers.days === 'unknown',
    date: typeof answers.days === 'number' ? dateFromDays(answers.days, today) : '',
    dateProblem: null,
  };
}

/** The answer a draft stands for. Nothing chosen counts as "Not sure", so skipping is fine. */
function readValue(
  question: Question,
  draft: Draft,
  today: string,
  readText: ReadDaysText,
): { answer?: Answers[keyof Answers]; error?: { text: string; field: string } } {
  // The radios only offer the question's own values, so the draft is one of them.
  if (question.kind === 'single')
    return { answer: (draft.single || 'unknown') as Answers['caller'] };
  if (question.kind === 'multi') return { answer: draft.topics.length ? draft.topics : undefined };
  if (draft.daysUnknown) return { answer: 'unknown' };
  if (draft.dateProblem) {
    return { error: { text: dateProblemText(draft.dateProblem, today), field: 'days-date' } };
  }
  // Digits read as a link's `days=` does; words ("two days", "last week") as their number.
  const read = readText(draft.days);
  if (read.ok) return { answer: read.days };
  if (read.problem === 'empty') return { answer: 'unknown' };
  const text = fill(questionMessages.daysProblems[read.problem], { max: MAX_DAYS });
  return { error: { text, field: 'days-input' } };
}

/**
 * What days typed in words were read as, with the day they stand for. Example:
 * `'We read that as 14 days ago, Sunday, November 15.'`
 */
function readAsText(days: Days, guess: boolean, today: string): string {
  if (days === 'unknown') return questionMessages.daysReadAsNotSure;
  const iso = dateFromDays(days, today);
  // A date without a zone is read as local midnight: the day the person means, where they are.
  const date = new Date(`${iso}T00:00`).toLocaleDateString(pageLocale(), {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    // The year only when it is not this one: "Sunday, November 15" reads more easily.
    year: iso.slice(0, 4) === today.slice(0, 4) ? undefined : 'numeric',
  });
  if (guess) return fill(questionMessages.daysGuessedAs, { days, date });
  if (days === 0) return fill(questionMessages.daysReadAs.today, { date });
  return fill(plural(days, questionMessages.daysReadAs), { days, date });
}

function dateProblemText(problem: InterviewDateProblem, today: string): string {
  return fill(questionMessages.dateProblems[problem], { max: MAX_DAYS, year: today.slice(0, 4) });
}

/** An error next to its field; the word "Error" is heard but not seen. */
function FieldError({ id, error }: { id: string; error: string }) {
  return (
    <p className="field-error" id={id}>
      {fillNodes(questionMessages.fieldError, {
        label: <span className="visually-hidden">{questionMessages.errorLabel}</span>,
        error,
      })}
    </p>
  );
}

/**
 * The options of a question as radios or checkboxes. The exclusive choice ("Not sure",
 * "Nothing specific") comes after an "or", as in GOV.UK's pattern.
 */
function Choices({
  question,
  type,
  isChecked,
  onToggle,
}: {
  question: Question;
  type: 'radio' | 'checkbox';
  isChecked: (value: string) => boolean;
  onToggle: (value: string, checked: boolean) => void;
}) {
  return (
    <div className="choices">
      {question.options.map((option, index) => {
        // The first option carries the id the error summary links to.
        const id = index === 0 ? `${question.key}-input` : `${question.key}-${option.value}`;
        const exclusive = option.value === 'unknown' || option.value === 'nothing';
        return (
          <div className="choice" key={option.value}>
            {exclusive && <p className="choice-divider">{questionMessages.or}</p>}
            <input
              type={type}
              id={id}
              name={question.key}
              value={option.value}
              checked={isChecked(option.value)}
              onChange={(event) => onToggle(option.value, event.target.checked)}
              aria-describedby={option.hint ? `${id}-hint` : undefined}
            />
            <label htmlFor={id}>{option.label}</label>
            {option.hint && (
              <p className="choice-hint" id={`${id}-hint`}>
                {option.hint}
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}

function Radios({
  question,
  value,
  onChange,
}: {
  question: Question;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <Choices
      question={question}
      type="radio"
      isChecked={(option) => option === value}
      onToggle={(option) => onChange(option)}
    />
  );
}

function Topics({
  question,
  value,
  onChange,
}: {
  question: Question;
  value: Topic[];
  onChange: (value: Topic[]) => void;
}) {
  const toggle = (topic: Topic, checked: boolean) => {
    // "Nothing specific" and the topics exclude each other, as GOV.UK's "none of these" does.
    if (topic === 'nothing') onChange(checked ? ['nothing'] : []);
    else if (checked) onChange([...value.filter((t) => t !== 'nothing'), topic]);
    else onChange(value.filter((t) => t !== topic));
  };
  return (
    <Choices
      question={question}
      type="checkbox"
      isChecked={(option) => value.includes(option as Topic)}
      onToggle={(option, checked) => toggle(option as Topic, checked)}
    />
  );
}

function DaysField({
  value,
  today,
  readText,
  invalid,
  onChange,
}: {
  value: Draft;
  today: string;
  readText: ReadDaysText;
  invalid: boolean;
  onChange: (change: Partial<Draft>) => void;
}) {
  const read = readText(value.days);
  const typeDays = (days: string) => onChange(typedDays(days, readText, today));
  const pickDate = (date: string) => {
    // A browser gives '' for a date field cleared or only partly filled in: nothing to say yet.
    if (date === '') return onChange({ date, dateProblem: null });
    const checked = checkInterviewDate(date, today);
    if (checked.ok) onChange({ date, dateProblem: null, days: String(checked.days) });
    else onChange({ date, dateProblem: checked.problem });
  };
  return (
    <div className="choices">
      <div className="field">
        <label htmlFor="days-input">{questionMessages.daysLabel}</label>
        <input
          id="days-input"
          name="days"
          className="input-days"
          // A text keyboard, not a number pad: words like "a week ago" are welcome too.
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={value.days}
          aria-invalid={invalid || undefined}
          disabled={value.daysUnknown}
          // What it was read as, heard again when the field is focused.
          aria-describedby="days-read"
          onChange={(event) => typeDays(event.target.value)}
        />
        {/* Present and empty from the start, so a screen reader hears what is put in it. */}
        <div role="status" id="days-read">
          {read.ok && read.read !== 'digits' && (
            <p className="hint">{readAsText(read.days, read.read === 'guess', today)}</p>
          )}
        </div>
      </div>
      <p className="choice-divider">{questionMessages.or}</p>
      <div className="field">
        <label htmlFor="days-date">{questionMessages.dateLabel}</label>
        {value.dateProblem && (
          <FieldError id="days-date-error" error={dateProblemText(value.dateProblem, today)} />
        )}
        {/* No name: the link carries the days, which this field fills in. */}
        <input
          id="days-date"
          type="date"
          min={dateFromDays(MAX_DAYS, today)}
          max={today}
          value={value.date}
          aria-invalid={value.dateProblem ? true : undefined}
          aria-describedby={value.dateProblem ? 'days-date-error' : undefined}
          disabled={value.daysUnknown}
          onChange={(event) => pickDate(event.target.value)}
        />
      </div>
      <p className="choice-divider">{questionMessages.or}</p>
      {/* A checkbox, unlike the other questions' "Not sure" radio: here the other answers are
          fields, not options, and a radio alone in its group cannot be unticked, so a keyboard
          or screen reader user who chose it could not take it back. */}
      <div className="choice">
        <input
          type="checkbox"
          id="days-unknown"
          name="days"
          value="unknown"
          checked={value.daysUnknown}
          onChange={(event) =>
            onChange({
              daysUnknown: event.target.checked,
              days: '',
              date: '',
              dateProblem: null,
            })
          }
        />
        <label htmlFor="days-unknown">{questionMessages.daysNotSure}</label>
      </div>
    </div>
  );
}
