import type { Strength } from '../../domain/likelihood.ts';
import type { Caller, Contact, Round, Tone, Topic } from '../../domain/codes.ts';

/*
 * The words of each meaning's "Why" and of the details of "How Callback decides": every
 * answer as what the person said or heard, and how strongly it counts, with no figures.
 * They load after the ranked list has painted (with below-the-list.ts) or with the how page,
 * never with a results link's first screen. See docs/decisions/005-messages-are-data.md.
 */

/** A choice of a question, but never "Not sure": that answer is never evidence. */
type Known<T extends string> = Exclude<T, 'unknown'>;

/**
 * Each answer as a short sentence about the call, in the order the wizard asks. Example:
 * `answerPhrases.topics['start-date']` is `'They asked about your start date'`.
 */
export const answerPhrases: {
  readonly caller: Readonly<Record<Known<Caller>, string>>;
  readonly contact: Readonly<Record<Known<Contact>, string>>;
  readonly round: Readonly<Record<Known<Round>, string>>;
  readonly topics: Readonly<Record<Topic, string>>;
  readonly tone: Readonly<Record<Known<Tone>, string>>;
} = {
  caller: {
    recruiter: 'HR or a recruiter at the company called',
    'hiring-manager': 'The hiring manager or an interviewer called',
    agency: 'An outside recruiter or agency called',
  },
  contact: {
    spoke: 'You spoke with them on the phone',
    voicemail: 'They left you a voicemail',
    missed: 'They called but left no message',
    email: 'They emailed or texted to ask for a call',
  },
  round: {
    screen: 'Your last interview was a first screening',
    middle: 'Your last interview was a middle round',
    final: 'You had your final round',
  },
  topics: {
    salary: 'They brought up salary or pay',
    benefits: 'They mentioned benefits',
    'start-date': 'They asked about your start date',
    'competing-offers': 'They asked about other offers or interviews you have',
    references: 'They asked about your references',
    'background-check': 'They mentioned a background check',
    resume: 'They asked about something on your resume',
    'follow-up-question': 'They had a question from your interview, or a new one',
    documents: 'They asked for documents or a work sample',
    assessment: 'They mentioned a test, task or case study',
    'next-interview': 'They talked about another interview',
    onsite: 'They talked about visiting the office',
    timeline: 'They mentioned their timeline or a delay',
    feedback: 'They offered feedback on your interview',
    nothing: 'They didn’t say why, just asked you to call back',
  },
  tone: {
    warm: 'They sounded upbeat and friendly',
    neutral: 'They sounded matter-of-fact',
    hesitant: 'They sounded hesitant, formal or apologetic',
  },
};

/** How long ago the interview was, in the same voice. */
export const dayPhrases = {
  today: 'Your interview was today',
  yesterday: 'Your interview was yesterday',
  /** `{days}` is 2 or more. */
  daysAgo: 'Your interview was {days} days ago',
  /** `{when}` is a band of days as it fits "your interview had been …". Example: `'one to two weeks ago'`. */
  band: 'Your interview was {when}',
} as const;

/** How strongly one answer counts, after its sentence, the same whichever way it points. */
export const strengthPhrases: Readonly<Record<Strength, string>> = {
  strong: 'a strong sign',
  clear: 'a clear sign',
  some: 'some sign',
  slight: 'a small sign',
};

/** A meaning's "Why", under the ranked list. */
export const whyMessages = {
  /** Above the answers that raised this meaning, strongest first. */
  pointedHere: 'What pointed here most:',
  /** Above the answers that lowered it, strongest first. */
  pointedAway: 'What pointed away:',
  none: 'None of your answers pointed toward or away from this one. It keeps the place our rules give it when nothing is known.',
  /** One answer, then how strongly it counts, muted. Example: `'They left you a voicemail (a small sign)'`. */
  line: '{answer} {strength}',
  /** Around a strength phrase. */
  strength: '({strength})',
} as const;
