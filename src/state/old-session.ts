import * as z from 'zod/mini';
import { MAX_NAME, parseLink } from '../domain/core.ts';
import { callKey, newCall, writeCall, type Call } from './calls.ts';
import { MAX_NOTES, STORAGE_KEY, cleanName, cleanNotes } from './storage.ts';

/*
 * The single session earlier versions saved under `callback:v1`, read once and turned into the
 * first call (docs/decisions/006). This loads only when such a session is there, so the first
 * page of everyone else does not carry the old shapes.
 */

const text = (max: number) => z.string().check(z.maxLength(max));

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

function stripBadParts(query: string): string {
  return parseLink(query).problems.length === 0 ? query : '';
}

/** What `migrateSession` did. */
export interface MigrateResult {
  /**
   * `nothing`: no old session; `migrated`: it is a call now and the old key is gone (or will
   * go on the next try); `unreadable`: it could not be read and was left as it was; `full` and
   * `unavailable`: the call could not be written, so the old session stays.
   */
  outcome: 'nothing' | 'migrated' | 'unreadable' | 'full' | 'unavailable';
  /** The call it became. Example: `'s1x2y3z4'`. */
  id?: string;
}

/**
 * Today's single saved session (`callback:v1`, versions 1 and 2, read through the chain in
 * storage.ts) becomes the first call, notes and names included. The old key is removed only
 * after the call is written. Idempotent: the call's id comes from the session itself, so a
 * second run finds the call already there and only finishes removing the old key.
 */
export function migrateSession(storage: () => Storage): MigrateResult {
  let stored: string | null;
  try {
    stored = storage().getItem(STORAGE_KEY);
  } catch {
    return { outcome: 'unavailable' };
  }
  if (stored === null) return { outcome: 'nothing' };
  let raw: unknown;
  try {
    raw = JSON.parse(stored);
  } catch {
    return { outcome: 'unreadable' };
  }
  const saved = migrate(raw);
  if (!saved) return { outcome: 'unreadable' };
  const call = callFromSession(saved);
  let present: boolean;
  try {
    present = storage().getItem(callKey(call.id)) !== null;
  } catch {
    return { outcome: 'unavailable' };
  }
  if (!present) {
    const written = writeCall(storage, call);
    if (written === 'full' || written === 'unavailable') return { outcome: written };
    if (written !== 'ok') return { outcome: 'unreadable' };
  }
  try {
    storage().removeItem(STORAGE_KEY);
  } catch {
    // The call is saved; the next start removes the old key without writing it twice.
  }
  return { outcome: 'migrated', id: call.id };
}

/** The call a saved session becomes. Its id is a hash of the session, so it is the same each time. */
export function callFromSession(saved: Saved): Call {
  const at = Number.isNaN(Date.parse(saved.savedAt))
    ? new Date(0).toISOString()
    : new Date(saved.savedAt).toISOString();
  return {
    ...newCall(sessionId(saved), saved.query, new Date(at)),
    company: saved.names.company ?? '',
    role: saved.names.role ?? '',
    notes: saved.notes,
    theirName: saved.names.theirName ?? '',
    myName: saved.names.myName ?? '',
  };
}

// FNV-1a over the session's text: stable across runs and releases, and 's' marks its origin.
function sessionId(saved: Saved): string {
  let hash = 0x811c9dc5;
  for (const char of `${saved.savedAt}\n${saved.query}\n${saved.notes}`) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `s${hash.toString(36).padStart(7, '0')}`;
}
