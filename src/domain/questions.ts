import { answerMessages } from './messages.ts';
import {
  CALLERS,
  CONTACTS,
  ROUNDS,
  TONES,
  TOPICS,
  type Caller,
  type Contact,
  type QuestionKey,
  type Round,
  type Tone,
  type Topic,
} from './schema.ts';

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

type Words = Omit<QuestionOption, 'value'>;

const notSure: Words = { label: answerMessages.notSure };

/**
 * A question's choices: one for each value of its schema, in the schema's order, so the
 * values cannot drift from what a link accepts.
 */
function choices<V extends string>(values: readonly V[], words: Readonly<Record<V, Words>>) {
  return values.map((value): QuestionOption => ({ value, ...words[value] }));
}

/** The six questions, in the order the wizard asks them. */
export const questions: readonly Question[] = [
  {
    key: 'caller',
    kind: 'single',
    prompt: 'Who called you?',
    hint: 'Pick the closest match. If you only have a number, choose "Not sure".',
    short: 'Who called',
    shortInSentence: 'who called',
    options: choices<Caller>(CALLERS, {
      recruiter: {
        label: 'HR or an in-house recruiter',
        labelInSentence: 'HR or an in-house recruiter',
      },
      'hiring-manager': {
        label: 'The hiring manager or an interviewer',
        labelInSentence: 'the hiring manager or an interviewer',
      },
      agency: {
        label: 'An outside recruiter or agency',
        labelInSentence: 'an outside recruiter or agency',
      },
      unknown: notSure,
    }),
  },
  {
    key: 'contact',
    kind: 'single',
    prompt: 'How did they get in touch?',
    hint: 'How you first heard from them about this call.',
    short: 'How they got in touch',
    shortInSentence: 'how they got in touch',
    // The labels are the candidate's own words ("We spoke on the phone"), which cannot sit
    // inside "If …", so each phrase here is a whole clause.
    options: choices<Contact>(CONTACTS, {
      spoke: {
        label: 'We spoke on the phone',
        labelInSentence: 'you had spoken with them on the phone',
      },
      voicemail: { label: 'They left a voicemail', labelInSentence: 'they had left a voicemail' },
      missed: {
        label: 'A missed call, with no message',
        labelInSentence: 'it had been a missed call with no message',
      },
      email: {
        label: 'An email or text asking for a call',
        labelInSentence: 'they had sent an email or text asking for a call',
      },
      unknown: notSure,
    }),
  },
  {
    key: 'round',
    kind: 'single',
    prompt: 'Which interview was your most recent one?',
    hint: 'The last interview you had with this employer before they got in touch.',
    short: 'Latest interview',
    shortInSentence: 'your latest interview',
    options: choices<Round>(ROUNDS, {
      screen: { label: 'A first screening call', labelInSentence: 'a first screening call' },
      middle: {
        label: 'A middle round',
        labelInSentence: 'a middle round',
        hint: 'For example a technical, panel or second interview.',
      },
      final: {
        label: 'The final round',
        labelInSentence: 'the final round',
        hint: 'For example an on-site day or a talk with leadership.',
      },
      unknown: notSure,
    }),
  },
  {
    key: 'days',
    kind: 'days',
    prompt: 'How many days ago was that interview?',
    hint: 'A rough count is fine. Use 0 if it was today.',
    short: 'Days since the interview',
    shortInSentence: 'the days since the interview',
    options: [{ value: 'unknown', ...notSure }],
  },
  {
    key: 'topics',
    kind: 'multi',
    prompt: 'What did they mention or ask about?',
    hint: 'Choose all that apply, from the call, the voicemail or the message.',
    short: 'What they mentioned',
    shortInSentence: 'what they mentioned',
    // Inside a sentence a list of examples is hard to read: "benefits" says enough.
    options: choices<Topic>(TOPICS, {
      salary: { label: 'Salary or pay', labelInSentence: 'salary or pay' },
      benefits: {
        label: 'Benefits, such as leave, health cover or pension',
        labelInSentence: 'benefits',
      },
      'start-date': {
        label: 'When you could start, or your notice period',
        labelInSentence: 'when you could start',
      },
      'competing-offers': {
        label: 'Other offers or interviews you have',
        labelInSentence: 'other offers or interviews you have',
      },
      references: { label: 'References', labelInSentence: 'references' },
      'background-check': { label: 'A background check', labelInSentence: 'a background check' },
      resume: { label: 'Something on your resume', labelInSentence: 'something on your resume' },
      'follow-up-question': {
        label: 'A question from the interview, or a new one',
        labelInSentence: 'a question from the interview or a new one',
      },
      documents: {
        label: 'Documents or a work sample they need',
        labelInSentence: 'documents or a work sample they need',
      },
      assessment: {
        label: 'A test, task or case study',
        labelInSentence: 'a test, task or case study',
      },
      'next-interview': { label: 'Another interview', labelInSentence: 'another interview' },
      onsite: {
        label: 'Visiting the office: travel, directions, the day',
        labelInSentence: 'visiting the office',
      },
      timeline: {
        label: 'Their timeline or a delay',
        labelInSentence: 'their timeline or a delay',
      },
      feedback: {
        label: 'Feedback on your interview',
        labelInSentence: 'feedback on your interview',
      },
      nothing: {
        label: 'Nothing specific',
        labelInSentence: 'nothing specific',
        hint: 'They just asked you to call back.',
      },
    }),
  },
  {
    key: 'tone',
    kind: 'single',
    prompt: 'How did they sound?',
    hint: 'Your honest impression. Tone is a weak clue, so "Not sure" is fine.',
    short: 'How they sounded',
    shortInSentence: 'how they sounded',
    options: choices<Tone>(TONES, {
      warm: { label: 'Upbeat and friendly', labelInSentence: 'upbeat and friendly' },
      neutral: { label: 'Matter-of-fact', labelInSentence: 'matter-of-fact' },
      hesitant: {
        label: 'Hesitant, formal or apologetic',
        labelInSentence: 'hesitant, formal or apologetic',
      },
      unknown: notSure,
    }),
  },
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
