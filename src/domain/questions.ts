import type { QuestionKey } from './schema.ts';

/** One choice of a question, as the link writes it and as the page says it. */
export interface QuestionOption {
  /** The link's value. Example: `'hiring-manager'`. */
  value: string;
  /** What the page shows. Example: `'The hiring manager or an interviewer'`. */
  label: string;
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
  /** The choices; `single` questions end with the "Not sure" choice. */
  options: readonly QuestionOption[];
}

const notSure: QuestionOption = { value: 'unknown', label: 'Not sure' };

/** The six questions, in the order the wizard asks them. */
export const questions: readonly Question[] = [
  {
    key: 'caller',
    kind: 'single',
    prompt: 'Who called you?',
    hint: 'Pick the closest match. If you only have a number, choose "Not sure".',
    short: 'Who called',
    options: [
      { value: 'recruiter', label: 'HR or an in-house recruiter' },
      { value: 'hiring-manager', label: 'The hiring manager or an interviewer' },
      { value: 'agency', label: 'An outside recruiter or agency' },
      notSure,
    ],
  },
  {
    key: 'contact',
    kind: 'single',
    prompt: 'How did they get in touch?',
    hint: 'How you first heard from them about this call.',
    short: 'How they got in touch',
    options: [
      { value: 'spoke', label: 'We spoke on the phone' },
      { value: 'voicemail', label: 'They left a voicemail' },
      { value: 'missed', label: 'A missed call, with no message' },
      { value: 'email', label: 'An email or text asking for a call' },
      notSure,
    ],
  },
  {
    key: 'round',
    kind: 'single',
    prompt: 'Which interview was your most recent one?',
    hint: 'The last interview you had with this employer before they got in touch.',
    short: 'Latest interview',
    options: [
      { value: 'screen', label: 'A first screening call' },
      {
        value: 'middle',
        label: 'A middle round',
        hint: 'For example a technical, panel or second interview.',
      },
      {
        value: 'final',
        label: 'The final round',
        hint: 'For example an on-site day or a talk with leadership.',
      },
      notSure,
    ],
  },
  {
    key: 'days',
    kind: 'days',
    prompt: 'How many days ago was that interview?',
    hint: 'A rough count is fine. Use 0 if it was today.',
    short: 'Days since the interview',
    options: [notSure],
  },
  {
    key: 'topics',
    kind: 'multi',
    prompt: 'What did they mention or ask about?',
    hint: 'Choose all that apply, from the call, the voicemail or the message.',
    short: 'What they mentioned',
    options: [
      { value: 'salary', label: 'Salary or pay' },
      { value: 'benefits', label: 'Benefits, such as leave, health cover or pension' },
      { value: 'start-date', label: 'When you could start, or your notice period' },
      { value: 'competing-offers', label: 'Other offers or interviews you have' },
      { value: 'references', label: 'References' },
      { value: 'background-check', label: 'A background check' },
      { value: 'resume', label: 'Something on your resume' },
      { value: 'follow-up-question', label: 'A question from the interview, or a new one' },
      { value: 'documents', label: 'Documents or a work sample they need' },
      { value: 'assessment', label: 'A test, task or case study' },
      { value: 'next-interview', label: 'Another interview' },
      { value: 'onsite', label: 'Visiting the office: travel, directions, the day' },
      { value: 'timeline', label: 'Their timeline or a delay' },
      { value: 'feedback', label: 'Feedback on your interview' },
      {
        value: 'nothing',
        label: 'Nothing specific',
        hint: 'They just asked you to call back.',
      },
    ],
  },
  {
    key: 'tone',
    kind: 'single',
    prompt: 'How did they sound?',
    hint: 'Your honest impression. Tone is a weak clue, so "Not sure" is fine.',
    short: 'How they sounded',
    options: [
      { value: 'warm', label: 'Upbeat and friendly' },
      { value: 'neutral', label: 'Matter-of-fact' },
      { value: 'hesitant', label: 'Hesitant, formal or apologetic' },
      notSure,
    ],
  },
];

/** The question with this key. */
export function findQuestion(key: QuestionKey): Question {
  const question = questions.find((q) => q.key === key);
  if (!question) throw new Error(`No question ${key}`);
  return question;
}

/** The label of one answer value. Example: `optionLabel('round', 'final')` is `'The final round'`. */
export function optionLabel(key: QuestionKey, value: string): string {
  return findQuestion(key).options.find((o) => o.value === value)?.label ?? value;
}
