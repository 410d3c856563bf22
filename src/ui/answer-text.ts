import { pageLocale } from './language.ts';
import {
  answerMessages,
  checkInterviewDate,
  fill,
  findQuestion,
  localIsoDate,
  optionLabel,
  readDays,
  type Answers,
  type QuestionKey,
} from '../domain/core.ts';

/** A number of days since the interview, in words. Example: `daysText(3)` is `'3 days ago'`. */
function daysText(days: number): string {
  if (days === 0) return answerMessages.today;
  return days === 1 ? answerMessages.oneDayAgo : fill(answerMessages.daysAgo, { days });
}

/**
 * The days answered, with the interview's date when it is known, written the reader's way.
 * Example: `'Tuesday, November 24, 2026 (3 days ago)'`; `'3 days ago'` without a date.
 */
function daysAnswerText(days: number, interviewDate: string | undefined): string {
  // Counted from today, not from the day of the answer, so the words stay true on paper.
  const checked = interviewDate && checkInterviewDate(interviewDate, localIsoDate(new Date()));
  // A date nearer than the days answered belongs to an older answer: the answer wins.
  if (!checked || !checked.ok || checked.days < days) return daysText(days);
  // A date and time without a zone is read as local time: midnight where the person is.
  const date = new Date(`${checked.date}T00:00`).toLocaleDateString(pageLocale(), {
    dateStyle: 'full',
  });
  return fill(answerMessages.onDate, { date, ago: daysText(checked.days) });
}

/**
 * An answer in words, for the check page and the printed sheet. `interviewDate` (an ISO date,
 * `'2026-03-03'`) puts the day itself beside the days answered.
 */
export function answerText(answers: Answers, key: QuestionKey, interviewDate?: string): string {
  const value = answers[key];
  if (value === undefined) {
    return key === 'topics' ? answerMessages.notSure : answerMessages.notAnswered;
  }
  if (value === 'unknown') return answerMessages.notSure;
  if (typeof value === 'number') return daysAnswerText(value, interviewDate);
  if (Array.isArray(value)) {
    return value.map((topic) => optionLabel('topics', topic)).join(answerMessages.listSeparator);
  }
  return optionLabel(key, value);
}

/**
 * One answer value as a link writes it, in words. Example: `valueText('days', '9')` is
 * `'9 days ago'`, `valueText('topics', 'salary')` is `'Salary or pay'`.
 */
export function valueText(key: QuestionKey, value: string): string {
  if (key !== 'days') return optionLabel(key, value);
  const days = readDays(value);
  if (days === undefined || days === 'unknown') return answerMessages.notSure;
  return daysText(days);
}

/** The short name of a question. Example: `'Who called'`. */
export function questionName(key: QuestionKey): string {
  return findQuestion(key).short;
}

/** The short name of a question inside a sentence. Example: `'who called'`. */
export function questionNameInSentence(key: QuestionKey): string {
  return findQuestion(key).shortInSentence;
}
