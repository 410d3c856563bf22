/**
 * The codes the app speaks in (docs/contract.md §1 and §2): the answers' values, the
 * questions, the reasons' ids, with their types and the checks a link or a stored call needs.
 *
 * No zod here, on purpose: this is all the first page needs of the domain's shapes, and zod's
 * core is about 7 KB of compressed script. schema.ts builds the zod schemas from these same
 * lists (for the catalog, the backup file and the tests), and a compile-time check there keeps
 * `Answers` and its schema the same (docs/decisions/009-first-page-without-zod.md).
 */

/**
 * A type as `as const` data has it: every list read-only, all the way down. The catalog's words
 * are written `as const`, so that a translation's type knows each list's length and each
 * string's gaps (src/lang/translated.ts). Example: `Frozen<{ tips: string[] }>` is
 * `{ readonly tips: readonly string[] }`.
 */
export type Frozen<T> = T extends readonly (infer Item)[]
  ? readonly Frozen<Item>[]
  : T extends object
    ? { readonly [K in keyof T]: Frozen<T[K]> }
    : T;

/**
 * Whether a value is one of a list's codes, narrowed to them. Example:
 * `isOneOf(ROUNDS, 'final')` is `true`; `isOneOf(ROUNDS, 'Final')` is `false`.
 */
export function isOneOf<const T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/** Who called: `caller=recruiter`. */
export const CALLERS = ['recruiter', 'hiring-manager', 'agency', 'unknown'] as const;
/** How they got in touch: `contact=voicemail`. */
export const CONTACTS = ['spoke', 'voicemail', 'missed', 'email', 'unknown'] as const;
/** The most recent interview round: `round=final`. */
export const ROUNDS = ['screen', 'middle', 'final', 'unknown'] as const;
/** How they sounded: `tone=warm`. */
export const TONES = ['warm', 'neutral', 'hesitant', 'unknown'] as const;
/** What they mentioned: `topics=salary,start-date`. `nothing` stands alone. */
export const TOPICS = [
  'salary',
  'benefits',
  'start-date',
  'competing-offers',
  'references',
  'background-check',
  'resume',
  'follow-up-question',
  'documents',
  'assessment',
  'next-interview',
  'onsite',
  'timeline',
  'feedback',
  'nothing',
] as const;

/** The largest number of days a link may hold: `days=365`. */
export const MAX_DAYS = 365;

export type Caller = (typeof CALLERS)[number];
export type Contact = (typeof CONTACTS)[number];
export type Round = (typeof ROUNDS)[number];
export type Tone = (typeof TONES)[number];
export type Topic = (typeof TOPICS)[number];
/** Days since the interview, a whole number from 0 to `MAX_DAYS`, or `unknown`: `days=2`. */
export type Days = number | 'unknown';

/** Whether a value is a number of days a link or a call may hold. Example: `isDays(7)`. */
export function isDays(value: unknown): value is Days {
  return (
    value === 'unknown' ||
    (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_DAYS)
  );
}

/**
 * The questions answered with one choice, each with its values: the one home of those values,
 * used by the link, the questions and the explanations alike.
 * Example: `SINGLE_CHOICES.caller` is `CALLERS`.
 */
export const SINGLE_CHOICES = {
  caller: CALLERS,
  contact: CONTACTS,
  round: ROUNDS,
  tone: TONES,
} as const;
/** A question answered with one choice. Example: `'tone'`. */
export type SingleChoiceKey = keyof typeof SINGLE_CHOICES;
/** The keys of the single-choice questions, in the order the wizard asks them. */
export const SINGLE_CHOICE_KEYS = [
  'caller',
  'contact',
  'round',
  'tone',
] as const satisfies readonly SingleChoiceKey[];

/**
 * What the candidate told us. A missing key means the question was not answered yet;
 * `unknown` means they chose "Not sure". The classifier treats both alike.
 */
export interface Answers {
  /** Who called. Example: `'hiring-manager'`. */
  caller?: Caller | undefined;
  /** How they got in touch. Example: `'voicemail'`. */
  contact?: Contact | undefined;
  /** The latest interview round. Example: `'final'`. */
  round?: Round | undefined;
  /** Whole days since that interview. Example: `2`. */
  days?: Days | undefined;
  /** What they mentioned, no repeats. Example: `['salary', 'start-date']`. */
  topics?: Topic[] | undefined;
  /** How they sounded. Example: `'warm'`. */
  tone?: Tone | undefined;
}

/** The keys of the questions, in the order the wizard asks them. */
export const QUESTION_KEYS = ['caller', 'contact', 'round', 'days', 'topics', 'tone'] as const;
export type QuestionKey = (typeof QUESTION_KEYS)[number];

/** Bands of days since the interview; the model weighs a band, not each single day. */
export const DAY_BANDS = ['0-2', '3-6', '7-13', '14-29', '30+'] as const;
export type DayBand = (typeof DAY_BANDS)[number];

/** Which band a number of days falls in. Example: `dayBand(9)` is `'7-13'`. */
export function dayBand(days: number): DayBand {
  if (days <= 2) return '0-2';
  if (days <= 6) return '3-6';
  if (days <= 13) return '7-13';
  if (days <= 29) return '14-29';
  return '30+';
}

/** The categories of call reasons (docs/contract.md §2). */
export const CATEGORIES = [
  'offer',
  'next-stage',
  'checks',
  'clarification',
  'scheduling',
  'update',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** The call reasons' ids (docs/contract.md §2): public, never renamed. */
export const REASON_IDS = [
  'offer',
  'next-interview',
  'reference-check',
  'background-check',
  'resume-clarification',
  'follow-up-question',
  'missing-documents',
  'assessment',
  'onsite-logistics',
  'status-update',
  'rejection',
] as const;
export type ReasonId = (typeof REASON_IDS)[number];

/**
 * Words that sit inside one of the app's sentences: they start in lower case (unless the first
 * word is an initialism such as "HR") and carry no closing full stop. Example: `'a job offer'`.
 */
export const inSentencePattern = /^(?:[a-z]|[A-Z]{2,}\b)(?:.*[^.!?:;,\s])?$/;

/** The form of a checklist item id: lowercase words joined by hyphens, at most 60 characters. */
export const itemIdPattern = /^(?=.{1,60}$)[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The longest name kept for the follow-up email, in characters. */
export const MAX_NAME = 80;

/**
 * The names a reply template may hold, each written in curly braces: `{theirName}` is the person
 * who called ("Dana"), `{company}` the employer, `{role}` the job title, `{myName}` the candidate.
 */
export const REPLY_PLACEHOLDERS = ['theirName', 'company', 'role', 'myName'] as const;
export type ReplyPlaceholder = (typeof REPLY_PLACEHOLDERS)[number];

/**
 * Finds each known placeholder in a template, for `replace`. Global, so do not use it with
 * `test` or `exec`. Example: `'Hi {theirName},'.replace(replyPlaceholderPattern, 'X')`.
 */
export const replyPlaceholderPattern = new RegExp(`\\{(${REPLY_PLACEHOLDERS.join('|')})\\}`, 'g');
