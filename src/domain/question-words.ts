import type { Caller, Contact, QuestionKey, Round, Tone, Topic } from './codes.ts';

/** The words of one choice. Example: `{ label: 'The final round', labelInSentence: 'the final round' }`. */
export interface OptionWords {
  /** What the page shows. Example: `'The hiring manager or an interviewer'`. */
  readonly label: string;
  /**
   * The choice as it reads inside one of the app's sentences (see `explainMessages`). Example:
   * `'the hiring manager or an interviewer'`.
   */
  readonly labelInSentence: string;
  /** Optional extra words under the label. */
  readonly hint?: string;
}

/** The words of one question, its "Not sure" choice left to `answerMessages.notSure`. */
export interface QuestionWords<Value extends string = string> {
  /** The page heading. Example: `'Who called you?'` */
  readonly prompt: string;
  /** A short line under the heading. */
  readonly hint: string;
  /** A short name for the check-your-answers page. Example: `'Who called'`. */
  readonly short: string;
  /** The short name inside a sentence, as in "Change who called". Example: `'who called'`. */
  readonly shortInSentence: string;
  /** The words of each choice, by the link's value. */
  readonly options: Readonly<Record<Value, OptionWords>>;
}

/** The values of each question that need words: all but `unknown`, whose words are "Not sure". */
interface Worded {
  caller: Exclude<Caller, 'unknown'>;
  contact: Exclude<Contact, 'unknown'>;
  round: Exclude<Round, 'unknown'>;
  days: never;
  topics: Topic;
  tone: Exclude<Tone, 'unknown'>;
}

/**
 * The six questions' words, by question key: the words of `questions.ts`, kept apart from the
 * link's values and the kind of each question, so that a language translates this file alone
 * (docs/decisions/008-one-build-per-language.md). Example: `questionWords.round.options.final.label`
 * is `'The final round'`.
 */
export const questionWords = {
  caller: {
    prompt: 'Who called you?',
    hint: 'Pick the closest match. If you only have a number, choose "Not sure".',
    short: 'Who called',
    shortInSentence: 'who called',
    options: {
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
    },
  },
  contact: {
    prompt: 'How did they get in touch?',
    hint: 'How you first heard from them about this call.',
    short: 'How they got in touch',
    shortInSentence: 'how they got in touch',
    // The labels are the candidate's own words ("We spoke on the phone"), which cannot sit
    // inside "If …", so each phrase here is a whole clause.
    options: {
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
    },
  },
  round: {
    prompt: 'Which interview was your most recent one?',
    hint: 'The last interview you had with this employer before they got in touch.',
    short: 'Latest interview',
    shortInSentence: 'your latest interview',
    options: {
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
    },
  },
  days: {
    prompt: 'How many days ago was that interview?',
    hint: 'A rough count is fine. Use 0 if it was today.',
    short: 'Days since the interview',
    shortInSentence: 'the days since the interview',
    options: {},
  },
  topics: {
    prompt: 'What did they mention or ask about?',
    hint: 'Choose all that apply, from the call, the voicemail or the message.',
    short: 'What they mentioned',
    shortInSentence: 'what they mentioned',
    // Inside a sentence a list of examples is hard to read: "benefits" says enough.
    options: {
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
    },
  },
  tone: {
    prompt: 'How did they sound?',
    hint: 'Your honest impression. Tone is a weak clue, so "Not sure" is fine.',
    short: 'How they sounded',
    shortInSentence: 'how they sounded',
    options: {
      warm: { label: 'Upbeat and friendly', labelInSentence: 'upbeat and friendly' },
      neutral: { label: 'Matter-of-fact', labelInSentence: 'matter-of-fact' },
      hesitant: {
        label: 'Hesitant, formal or apologetic',
        labelInSentence: 'hesitant, formal or apologetic',
      },
    },
  },
} as const satisfies { readonly [Key in QuestionKey]: QuestionWords<Worded[Key]> };
