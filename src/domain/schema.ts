import * as z from 'zod/mini';

// zod 4 tries to build a Function to see whether it may compile parsers; under the app's
// strict Content-Security-Policy the browser reports that probe as a violation, even though
// zod catches it. Turning the JIT off before any schema exists means the probe never runs.
z.config({ jitless: true });

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

export const callerSchema = z.enum(CALLERS);
export const contactSchema = z.enum(CONTACTS);
export const roundSchema = z.enum(ROUNDS);
export const toneSchema = z.enum(TONES);
export const topicSchema = z.enum(TOPICS);
/** Days since the interview, a whole number, or `unknown`: `days=2`. */
export const daysSchema = z.union([
  z.int().check(z.minimum(0), z.maximum(MAX_DAYS)),
  z.literal('unknown'),
]);

export type Caller = z.infer<typeof callerSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type Round = z.infer<typeof roundSchema>;
export type Tone = z.infer<typeof toneSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type Days = z.infer<typeof daysSchema>;

/**
 * The questions answered with one choice, each with the schema of its values: the one home of
 * those values, used by the link, the questions and the explanations alike.
 * Example: `singleChoiceSchemas.caller.options` is `CALLERS`.
 */
export const singleChoiceSchemas = {
  caller: callerSchema,
  contact: contactSchema,
  round: roundSchema,
  tone: toneSchema,
} as const;
/** A question answered with one choice. Example: `'tone'`. */
export type SingleChoiceKey = keyof typeof singleChoiceSchemas;
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
export const answersSchema = z.object({
  /** Who called. Example: `'hiring-manager'`. */
  caller: z.optional(callerSchema),
  /** How they got in touch. Example: `'voicemail'`. */
  contact: z.optional(contactSchema),
  /** The latest interview round. Example: `'final'`. */
  round: z.optional(roundSchema),
  /** Whole days since that interview. Example: `2`. */
  days: z.optional(daysSchema),
  /** What they mentioned, no repeats. Example: `['salary', 'start-date']`. */
  topics: z.optional(z.array(topicSchema)),
  /** How they sounded. Example: `'warm'`. */
  tone: z.optional(toneSchema),
});
export type Answers = z.infer<typeof answersSchema>;

/** The keys of the questions, in the order the wizard asks them. */
export const QUESTION_KEYS = ['caller', 'contact', 'round', 'days', 'topics', 'tone'] as const;
export const questionKeySchema = z.enum(QUESTION_KEYS);
export type QuestionKey = z.infer<typeof questionKeySchema>;

/** Bands of days since the interview; the model weighs a band, not each single day. */
export const DAY_BANDS = ['0-2', '3-6', '7-13', '14-29', '30+'] as const;
export const dayBandSchema = z.enum(DAY_BANDS);
export type DayBand = z.infer<typeof dayBandSchema>;

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
export const categorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof categorySchema>;

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
export const reasonIdSchema = z.enum(REASON_IDS);
export type ReasonId = z.infer<typeof reasonIdSchema>;

/**
 * A log-odds weight: positive raises a reason, negative lowers it. Example: `2.4`. At most two
 * decimals, so that `classify` can round a sum of weights back to the exact figure.
 */
const weight = z.number().check(
  z.minimum(-6),
  z.maximum(6),
  z.refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-9, {
    error: 'Write weights with at most two decimals, such as 0.25.',
  }),
);

/**
 * How each answer moves a reason, in log-odds. An answer with no weight leaves the reason
 * where it was; "not sure" never has a weight.
 */
export const signalsSchema = z.strictObject({
  /** The reason's starting log-odds before any answer. Example: `-0.5`. */
  base: weight,
  /** Example: `{ 'hiring-manager': 0.7 }`. */
  caller: z.optional(z.partialRecord(z.enum(['recruiter', 'hiring-manager', 'agency']), weight)),
  /** Example: `{ email: 0.6 }`. */
  contact: z.optional(z.partialRecord(z.enum(['spoke', 'voicemail', 'missed', 'email']), weight)),
  /** Example: `{ final: 1.2, screen: -1.8 }`. */
  round: z.optional(z.partialRecord(z.enum(['screen', 'middle', 'final']), weight)),
  /** By band of days since the interview. Example: `{ '14-29': 0.8 }`. */
  days: z.optional(z.partialRecord(dayBandSchema, weight)),
  /** Per topic mentioned. Example: `{ salary: 2.4 }`. */
  topics: z.optional(z.partialRecord(topicSchema, weight)),
  /** Example: `{ hesitant: 1.8 }`. */
  tone: z.optional(z.partialRecord(z.enum(['warm', 'neutral', 'hesitant']), weight)),
});
export type Signals = z.infer<typeof signalsSchema>;

/** Plain text shown to the reader: never empty, never just spaces. */
const text = z.string().check(z.trim(), z.minLength(2));

/**
 * Words that sit inside one of the app's sentences: they start in lower case (unless the first
 * word is an initialism such as "HR") and carry no closing full stop. Example: `'a job offer'`.
 */
export const inSentencePattern = /^(?:[a-z]|[A-Z]{2,}\b)(?:.*[^.!?:;,\s])?$/;
const inSentence = text.check(z.regex(inSentencePattern));

/** The form of a checklist item id: lowercase words joined by hyphens, at most 60 characters. */
export const itemIdPattern = /^(?=.{1,60}$)[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A stable, lowercase-hyphenated id. Example: `'offer-write-down-numbers'`. */
export const itemIdSchema = z.string().check(z.regex(itemIdPattern));

/** One thing to do before the call, ticked off in the prep checklist. */
export const checklistItemSchema = z.strictObject({
  /** Unique across the catalog and stable, since links carry it in `done=`. */
  id: itemIdSchema,
  /** What to do, as an instruction. Example: `'Write down the salary range you want.'` */
  text,
  /**
   * One of the two or three that matter most with only minutes to go: shown first, marked
   * "Do this first", and the ones "be ready for any of these" gathers when the answers say little.
   */
  first: z.optional(z.literal(true)),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

/**
 * The names a reply template may hold, each written in curly braces: `{theirName}` is the person
 * who called ("Dana"), `{company}` the employer, `{role}` the job title, `{myName}` the candidate.
 */
/** The longest name kept for the follow-up email, in characters. */
export const MAX_NAME = 80;

export const REPLY_PLACEHOLDERS = ['theirName', 'company', 'role', 'myName'] as const;
export const replyPlaceholderSchema = z.enum(REPLY_PLACEHOLDERS);
export type ReplyPlaceholder = z.infer<typeof replyPlaceholderSchema>;

/**
 * Finds each known placeholder in a template, for `replace`. Global, so do not use it with
 * `test` or `exec`. Example: `'Hi {theirName},'.replace(replyPlaceholderPattern, 'X')`.
 */
export const replyPlaceholderPattern = new RegExp(`\\{(${REPLY_PLACEHOLDERS.join('|')})\\}`, 'g');

/** Template text: plain text whose only curly braces are known placeholders. */
const template = text.check(
  z.refine((value) => !/[{}]/.test(value.replace(replyPlaceholderPattern, '')), {
    error: `Use only these placeholders: ${REPLY_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}.`,
  }),
);

/** The short email the candidate sends after the call; the app fills in the placeholders. */
export const replySchema = z.strictObject({
  /** The email's subject line. Example: `'Thank you: offer for {role} at {company}'`. */
  subject: template,
  /**
   * Two to five paragraphs; a line break inside one starts a new line. Write `{theirName}`
   * only after "Hi", where its stand-in "there" reads well. Example:
   * `['Hi {theirName},', 'Thank you for calling me today.', 'Best wishes,\n{myName}']`.
   */
  body: z.array(template).check(z.minLength(2), z.maxLength(5)),
});
export type Reply = Frozen<z.infer<typeof replySchema>>;

/** One call reason: what it means, what points to it, and how to get ready. */
export const reasonSchema = z.strictObject({
  /** Public id, as in links. Example: `'offer'`. */
  id: reasonIdSchema,
  /** Example: `'checks'`. */
  category: categorySchema,
  /** A short name. Example: `'A job offer'`. */
  title: text,
  /**
   * The title as it reads inside a sentence, after words such as "a yes points to". Example:
   * `'a job offer'`; for "Not chosen this time", `'news that you were not chosen this time'`.
   */
  titleInSentence: inSentence,
  /** One line a reader can take in at a glance. */
  summary: text,
  /** Two to four honest sentences on what it may mean, and what it does not mean. */
  meaning: z.array(text).check(z.minLength(2), z.maxLength(4)),
  /** How the answers raise or lower this reason. */
  signals: signalsSchema,
  /** Six to ten concrete things to do before calling back. */
  checklist: z.array(checklistItemSchema).check(z.minLength(6), z.maxLength(10)),
  /** What to have in front of you during the call. */
  haveAtHand: z.array(text).check(z.minLength(2)),
  /** How to open and steer the call. */
  howToAnswer: text,
  /** A few lines to say, in order. */
  script: z.array(text).check(z.minLength(2), z.maxLength(6)),
  /** Three to six questions to ask them. */
  questions: z.array(text).check(z.minLength(3), z.maxLength(6)),
  /** What not to do on this call. */
  avoid: z.array(text).check(z.minLength(2)),
  /**
   * The follow-up email to send after the call. Example:
   * `{ subject: 'References for {role}', body: ['Hi {theirName},', '…', 'Best wishes,\n{myName}'] }`.
   */
  reply: replySchema,
});
export type Reason = Frozen<z.infer<typeof reasonSchema>>;

/** Advice that holds for every call back, shown with every result. */
export const etiquetteSchema = z.strictObject({
  /** A heading. Example: `'For any call back'`. */
  title: text,
  /** Short tips, each one sentence or two. */
  tips: z.array(text).check(z.minLength(3)),
});
export type Etiquette = Frozen<z.infer<typeof etiquetteSchema>>;
