import * as z from 'zod/mini';
import { MAX_NAME, parseLink, plainText } from '../domain/core.ts';

/** The one localStorage key the app uses. Versioned, so a new shape never misreads an old one. */
export const STORAGE_KEY = 'callback:v1';

const text = (max: number) => z.string().check(z.maxLength(max));

/** The longest notes kept. Example: a page of names, dates and figures is under 2,000. */
export const MAX_NOTES = 50_000;

/** Version 1, kept so that what older visits saved is still read (see `migrate`). */
const savedV1Schema = z.object({
  version: z.literal(1),
  query: text(4000),
  notes: text(50_000),
  savedAt: text(40),
});
/** A record saved by version 1 of the app, before names could be typed. */
export type SavedV1 = z.infer<typeof savedV1Schema>;

/** What the app keeps on this device: the latest link, the private notes and names. */
const savedSchema = z.object({
  /** Bump when the shape changes, and teach `migrate` the old one. Example: `2`. */
  version: z.literal(2),
  /** The latest link's query, codes only. Example: `'round=final&view=results'`. */
  query: text(4000),
  /** The private notes for the call. Never put into a link. */
  notes: text(MAX_NOTES),
  /** Names for the follow-up email. Never put into a link. Example: `{ theirName: 'Dana' }`. */
  names: z.object({
    theirName: z.optional(text(MAX_NAME)),
    company: z.optional(text(MAX_NAME)),
    role: z.optional(text(MAX_NAME)),
    myName: z.optional(text(MAX_NAME)),
  }),
  /** When it was saved, as an ISO date. Example: `'2026-11-26T09:00:00.000Z'`. */
  savedAt: text(40),
});
export type Saved = z.infer<typeof savedSchema>;
/** The names typed for the follow-up email. */
export type Names = Saved['names'];

/** How the device's storage behaved: `ok`, or why the app cannot save here. */
export type StorageHealth = 'ok' | 'unavailable' | 'full';

/** What reading storage found. */
export interface ReadResult {
  saved: Saved | null;
  /** Storage could not be read at all (blocked, or private mode on some browsers). */
  unavailable: boolean;
  /** Something was there but could not be used; it has been removed. */
  corrupt: boolean;
}

/** Version 1 → 2: names arrived, and a version 1 record had none. */
export function fromV1(v1: SavedV1): Saved {
  return { ...v1, version: 2, names: {} };
}

/**
 * Turns any earlier shape into the current one, or null when it is not ours or is damaged.
 * The chain: each older version is lifted one step at a time (a version 3 would read
 * `fromV2(fromV1(v1))`), then the result is checked like any outside input.
 */
export function migrate(raw: unknown): Saved | null {
  const saved = readAnyVersion(raw);
  return saved && cleanSaved(saved);
}

function readAnyVersion(raw: unknown): Saved | null {
  const v2 = savedSchema.safeParse(raw);
  if (v2.success) return v2.data;
  const v1 = savedV1Schema.safeParse(raw);
  if (v1.success) return fromV1(v1.data);
  return null;
}

/**
 * Stored data is untrusted input too: the link keeps only what parses cleanly, and the notes
 * and names come back well-formed (a lone surrogate would break the email link on the results).
 */
function cleanSaved(saved: Saved): Saved {
  return {
    ...saved,
    query: stripBadParts(saved.query),
    notes: cleanNotes(saved.notes),
    names: Object.fromEntries(
      Object.entries(saved.names).map(([key, value]) => [key, cleanName(value)]),
    ),
  };
}

/** Notes as they are kept: well-formed, line breaks kept, hidden characters made spaces. */
export function cleanNotes(notes: string): string {
  // Cut first, then made well-formed: a cut can fall inside an emoji's pair of code units.
  return plainText(notes.slice(0, MAX_NOTES), { multiline: true });
}

/** A name as it is kept: one line, well-formed, hidden characters made spaces. */
export function cleanName(name: string): string {
  return plainText(name.slice(0, MAX_NAME));
}

function stripBadParts(query: string): string {
  return parseLink(query).problems.length === 0 ? query : '';
}

/** Reads what was saved. Never throws: blocked, corrupt or odd data all come back as null. */
export function readSaved(storage: () => Storage): ReadResult {
  let text: string | null;
  try {
    text = storage().getItem(STORAGE_KEY);
  } catch {
    return { saved: null, unavailable: true, corrupt: false };
  }
  if (text === null) return { saved: null, unavailable: false, corrupt: false };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    raw = undefined;
  }
  const saved = migrate(raw);
  if (saved) return { saved, unavailable: false, corrupt: false };
  try {
    storage().removeItem(STORAGE_KEY);
  } catch {
    // Nothing more to do: the next save will overwrite it, or fail and say so.
  }
  return { saved: null, unavailable: false, corrupt: true };
}

/** Saves, and says whether it worked. Never throws: a full or blocked storage is reported. */
export function writeSaved(storage: () => Storage, saved: Saved): StorageHealth {
  try {
    storage().setItem(STORAGE_KEY, JSON.stringify(saved));
    return 'ok';
  } catch (error) {
    return healthAfter(error);
  }
}

/** What a failed storage write means: `full` when the quota ran out, else `unavailable`. */
export function healthAfter(error: unknown): Exclude<StorageHealth, 'ok'> {
  // DOMException is not an Error in every environment, so read its name directly.
  const name =
    typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED'
    ? 'full'
    : 'unavailable';
}

/** Removes everything the app stored. Says whether it could. */
export function clearSaved(storage: () => Storage): boolean {
  try {
    const store = storage();
    store.removeItem(STORAGE_KEY);
    // Anything an older version left under our prefix goes too.
    for (let i = store.length - 1; i >= 0; i -= 1) {
      const key = store.key(i);
      if (key?.startsWith('callback:')) store.removeItem(key);
    }
    return true;
  } catch {
    return false;
  }
}
