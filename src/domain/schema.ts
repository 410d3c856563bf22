import * as z from 'zod/mini';
import {
  CALLERS,
  CATEGORIES,
  CONTACTS,
  DAY_BANDS,
  MAX_DAYS,
  QUESTION_KEYS,
  REASON_IDS,
  REPLY_PLACEHOLDERS,
  ROUNDS,
  TONES,
  TOPICS,
  inSentencePattern,
  itemIdPattern,
  replyPlaceholderPattern,
  type Answers,
  type DayBand,
  type Days,
  type Frozen,
  type QuestionKey,
  type ReasonId,
} from './codes.ts';

// zod 4 tries to build a Function to see whether it may compile parsers; under the app's
// strict Content-Security-Policy the browser reports that probe as a violation, even though
// zod catches it. Turning the JIT off before any schema exists means the probe never runs.
z.config({ jitless: true });

export * from './codes.ts';

/**
 * The zod schemas of the app's shapes, built from the code lists of codes.ts: the catalog's
 * (checked by the tests), and what the backup file and old saved sessions are read with. The
 * first page never loads this file (docs/decisions/009-first-page-without-zod.md).
 */

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

/** The single-choice questions' schemas. Example: `singleChoiceSchemas.caller.options` is `CALLERS`. */
export const singleChoiceSchemas = {
  caller: callerSchema,
  contact: contactSchema,
  round: roundSchema,
  tone: toneSchema,
} as const;

/** What the candidate told us (`Answers`), as a schema. */
export const answersSchema = z.object({
  caller: z.optional(callerSchema),
  contact: z.optional(contactSchema),
  round: z.optional(roundSchema),
  days: z.optional(daysSchema),
  topics: z.optional(z.array(topicSchema)),
  tone: z.optional(toneSchema),
});

export const questionKeySchema = z.enum(QUESTION_KEYS);
export const dayBandSchema = z.enum(DAY_BANDS);
export const categorySchema = z.enum(CATEGORIES);
export const reasonIdSchema = z.enum(REASON_IDS);
export const replyPlaceholderSchema = z.enum(REPLY_PLACEHOLDERS);

// The schemas and the hand-written types must say the same: a change to one and not the other
// fails to compile here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShapes: [
  Same<z.infer<typeof answersSchema>, Answers>,
  Same<z.infer<typeof daysSchema>, Days>,
  Same<z.infer<typeof questionKeySchema>, QuestionKey>,
  Same<z.infer<typeof reasonIdSchema>, ReasonId>,
  Same<z.infer<typeof dayBandSchema>, DayBand>,
] = [true, true, true, true, true];
void sameShapes;

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

const inSentence = text.check(z.regex(inSentencePattern));

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
