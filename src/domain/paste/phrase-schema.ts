import * as z from 'zod/mini';

/**
 * One recruiter phrase people look up, with what it usually means (phrase-catalog.ts).
 * Checked in the tests (tests/domain/phrases.test.ts), not in the browser: the catalog
 * imports only the type, so no schema code comes with the reader.
 *
 * A pattern is lowercase words, read generously:
 * - a space also matches a hyphen, a comma or a line break ("on-hold", "CV, on file");
 * - an apostrophe may be straight, curly or left out ("we're", "we’re", "were");
 * - `{a|b|}` lists variants, an empty one making the group optional, and groups may nest;
 * - `*` stands for any one word, `~` for up to three ("keep ~ on file" reads "keep your
 *   details on file");
 * - case does not matter, and a pattern only matches whole words.
 * British and American spellings are both written out (`finali{s|z}ing`).
 */
export const phraseEntrySchema = z.object({
  /** Example: `'cv-on-file'`. */
  id: z.string().check(z.regex(/^[a-z]+(?:-[a-z]+)*$/)),
  /** The phrase as it is most often written. Example: `'We’ll keep your CV on file'`. */
  phrase: z.string().check(z.minLength(8)),
  /** How it may be written (see above). Example: `'keep your {cv|resume} on file'`. */
  patterns: z.array(z.string().check(z.regex(/^[a-zé0-9 '{}|*~-]+$/))).check(z.minLength(1)),
  /** What it usually means, in plain and honest words: "usually", "often", never "always". */
  meaning: z.string().check(z.minLength(40)),
  /**
   * About a step still ahead: not found when the words before it say it is behind ("thanks
   * for the informal chat").
   */
  ahead: z.optional(z.boolean()),
});

/** One recruiter phrase and what it usually means. */
export type PhraseEntry = z.infer<typeof phraseEntrySchema>;
