import {
  answerMessages,
  fill,
  findQuestion,
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

/** An answer in words, for the check page and the printed sheet. */
export function answerText(answers: Answers, key: QuestionKey): string {
  const value = answers[key];
  if (value === undefined) {
    return key === 'topics' ? answerMessages.notSure : answerMessages.notAnswered;
  }
  if (value === 'unknown') return answerMessages.notSure;
  if (typeof value === 'number') return daysText(value);
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
