import { findQuestion, optionLabel, type Answers, type QuestionKey } from '../domain/core.ts';

/** An answer in words, for the check page and the printed sheet. */
export function answerText(answers: Answers, key: QuestionKey): string {
  const value = answers[key];
  if (value === undefined) return key === 'topics' ? 'Not sure' : 'Not answered';
  if (value === 'unknown') return 'Not sure';
  if (key === 'days') {
    if (value === 0) return 'Today';
    return value === 1 ? '1 day ago' : `${String(value)} days ago`;
  }
  if (Array.isArray(value)) return value.map((topic) => optionLabel('topics', topic)).join('; ');
  return optionLabel(key, String(value));
}

/** The short name of a question. Example: `'Who called'`. */
export function questionName(key: QuestionKey): string {
  return findQuestion(key).short;
}
