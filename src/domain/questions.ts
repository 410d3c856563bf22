import { answerMessages } from './messages.ts';
import { questionWords, type QuestionWords } from './question-words.ts';
import { CALLERS, CONTACTS, ROUNDS, TONES, TOPICS, type QuestionKey } from './codes.ts';

/** One choice of a question, as the link writes it and as the page says it. */
export interface QuestionOption {
  /** The link's value. Example: `'hiring-manager'`. */
  value: string;
  /** What the page shows. Example: `'The hiring manager or an interviewer'`. */
  label: string;
  /**
   * The choice as it reads inside one of the app's sentences (see `explainMessages`). Every
   * choice but "Not sure" has one. Example: `'the hiring manager or an interviewer'`.
   */
  labelInSentence?: string;
  /** Optional extra words under the label. */
  hint?: string;
}

/** One question of the wizard: asked on its own page, stored under its key in the link. */
export interface Question {
  /** The link key. Example: `'caller'`. */
  key: QuestionKey;
  /** `single`: radios; `multi`: checkboxes; `days`: a number with a "not sure" choice. */
  kind: 'single' | 'multi' | 'days';
  /** The page heading. Example: `'Who called you?'` */
  prompt: string;
  /** A short line under the heading. */
  hint: string;
  /** A short name for the check-your-answers page. Example: `'Who called'`. */
  short: string;
  /** The short name inside a sentence, as in "Change who called". Example: `'who called'`. */
  shortInSentence: string;
  /** The choices; `single` questions end with the "Not sure" choice. */
  options: readonly QuestionOption[];
}

const notSure = { label: answerMessages.notSure };

/**
 * A question from its key, kind and the values its schema allows, in the schema's order, so the
 * choices cannot drift from what a link accepts. Every value has its words in `questionWords`
 * but `unknown`, the "Not sure" choice.
 */
function ask<V extends string>(
  key: QuestionKey,
  kind: Question['kind'],
  values: readonly V[],
): Question {
  const { options, ...words } = questionWords[key] as QuestionWords;
  return {
    key,
    kind,
    ...words,
    options: values.map((value) => ({ value, ...(options[value] ?? notSure) })),
  };
}

/** The six questions, in the order the wizard asks them. */
export const questions: readonly Question[] = [
  ask('caller', 'single', CALLERS),
  ask('contact', 'single', CONTACTS),
  ask('round', 'single', ROUNDS),
  // A number, with one choice beside it: "Not sure".
  ask('days', 'days', ['unknown']),
  ask('topics', 'multi', TOPICS),
  ask('tone', 'single', TONES),
];

/** The question with this key. */
export function findQuestion(key: QuestionKey): Question {
  const question = questions.find((q) => q.key === key);
  if (!question) throw new Error(`No question ${key}`);
  return question;
}

/** The choice with this value, if the question has it. */
function findOption(key: QuestionKey, value: string): QuestionOption | undefined {
  return findQuestion(key).options.find((o) => o.value === value);
}

/** The label of one answer value. Example: `optionLabel('round', 'final')` is `'The final round'`. */
export function optionLabel(key: QuestionKey, value: string): string {
  return findOption(key, value)?.label ?? value;
}

/**
 * One answer value as it reads inside a sentence. Example: `optionInSentence('round', 'final')`
 * is `'the final round'`. Every choice but "Not sure" has such words (tests/domain/messages.test.ts).
 */
export function optionInSentence(key: QuestionKey, value: string): string {
  const option = findOption(key, value);
  return option?.labelInSentence ?? option?.label ?? value;
}
