import * as z from 'zod/mini';
import { MAX_NAME, parseLink } from '../domain/core.ts';

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
  /** Something was there but could not be used; it has been set aside. */
  corrupt: boolean;
}

/** Turns any earlier shape into the current one, or null when it is not ours or is damaged. */
export function migrate(raw: unknown): Saved | null {
  const current = savedSchema.safeParse(raw);
  let saved: Saved | null = current.success ? current.data : null;
  if (!saved) {
    // Version 1 had no names.
    const v1 = savedV1Schema.safeParse(raw);
    if (v1.success) saved = { ...v1.data, version: 2, names: {} };
  }
  // Stored links are untrusted input too: keep only what parses cleanly.
  return saved && { ...saved, query: stripBadParts(saved.query) };
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
    // DOMException is not an Error in every environment, so read its name directly.
    const name =
      typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
    return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED'
      ? 'full'
      : 'unavailable';
  }
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
