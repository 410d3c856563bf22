import {
  CALL_ID_PATTERN,
  MAX_NAME,
  REASON_IDS,
  isOneOf,
  parseLink,
  plainText,
} from '../domain/core.ts';
import { MAX_NOTES, cleanName, cleanNotes, healthAfter, type StorageHealth } from './storage.ts';

// The choice of one localStorage key per call: docs/decisions/006-calls-one-key-each.md.

/** Every call's key starts with this; the id follows. Example: `'callback:call:k3x9a1qz'`. */
export const CALL_KEY_PREFIX = 'callback:call:';

/** The version of a call record this release writes and reads. */
export const CALL_VERSION = 1;

/** The longest stored link query, codes only. A full set of answers and ticks is under 1,000. */
export const MAX_QUERY = 4000;

/** The longest call-back number. Example: `'+44 20 7946 0958 ext. 214'` is 25. */
export const MAX_PHONE = 40;

/** The most timeline entries kept for one call. A call has a handful. */
export const MAX_TIMELINE = 200;

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const ID_LENGTH = 10;

// A plain pattern and a date check: `toISOString()` writes exactly this.
const ISO_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,3})?Z$/;
const ISO_DATE = /^\d{4}-\d\d-\d\d$/;
/** A real moment or day: the pattern, and a date that exists (never February 30). */
const real = (text: string) =>
  !Number.isNaN(Date.parse(text)) &&
  new Date(Date.parse(text)).toISOString().slice(0, 10) === text.slice(0, 10);

/**
 * Whether a value is an ISO instant as `toISOString()` writes it, of a real moment. Example:
 * `isInstant('2026-11-27T09:00:00.000Z')` is `true`.
 */
export function isInstant(value: unknown): value is string {
  return typeof value === 'string' && ISO_INSTANT.test(value) && real(value);
}

/** What a timeline line records: they called, the person called back, or what the call was. */
const TIMELINE_KINDS = ['called', 'called-back', 'outcome'] as const;

/** What happened with a call, in order. Example: `{ kind: 'called-back', at: '2026-11-27T15:30:00.000Z' }`. */
export interface TimelineEntry {
  /** `called`: they called; `called-back`: the person called back; `outcome`: what it was. */
  kind: (typeof TIMELINE_KINDS)[number];
  /** When, as an ISO instant. Example: `'2026-11-27T15:30:00.000Z'`. */
  at: string;
}

/** What a call turned out to be: a reason id, or `'other'`. */
const OUTCOMES = [...REASON_IDS, 'other'] as const;

/** A call saved on this device, version 1. Free text here never goes into a link. */
export interface Call {
  /** Bump when the shape changes; a reader meeting a higher one sets the record aside. Example: `1`. */
  version: typeof CALL_VERSION;
  /** The call's opaque id, also its key's end and the link's `call=`. Example: `'k3x9a1qz'`. */
  id: string;
  /** The link's query with the answers and ticks, codes only. Example: `'round=final&done=offer-know-your-number'`. */
  query: string;
  /** The company that called, at most `MAX_NAME` characters. Example: `'Acme'`. */
  company: string;
  /** The role applied for, at most `MAX_NAME` characters. Example: `'Data analyst'`. */
  role: string;
  /** Who called, at most `MAX_NAME` characters. Example: `'Dana Reyes'`. */
  contactName: string;
  /** The number to call back, as typed, at most `MAX_PHONE` characters. Example: `'+1 555 0100'`. */
  phone: string;
  /** The interview's date, when known, as an ISO date. Example: `'2026-11-24'`. */
  interviewDate?: string | undefined;
  /** Private notes for the call, at most `MAX_NOTES` characters. Example: `'Ask about the start date'`. */
  notes: string;
  /** Whom the follow-up email greets. Example: `'Dana'`. */
  theirName: string;
  /** How the email is signed. Example: `'Sam'`. */
  myName: string;
  /** What the call turned out to be: a reason id or `'other'`. Example: `'offer'`. */
  outcome?: (typeof OUTCOMES)[number] | undefined;
  /** What happened, oldest first, at most `MAX_TIMELINE` lines. Example: `[{ kind: 'called', at: '2026-11-27T09:00:00.000Z' }]`. */
  timeline: TimelineEntry[];
  /** When the call was first saved, as an ISO instant. Example: `'2026-11-27T09:00:00.000Z'`. */
  createdAt: string;
  /** When anything in it last changed, as an ISO instant; the newest wins a merge. */
  updatedAt: string;
}

/**
 * A call record as read from storage or a backup file: the record with only its own fields
 * when every one fits the shape above, `undefined` when any does not. Written by hand rather
 * than with zod, which would add about 7 KB to the first page (docs/decisions/009). Example:
 * `readCall(JSON.parse(stored))`.
 */
export function readCall(value: unknown): Call | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const raw = value as Record<string, unknown>;
  const within = (field: string, max: number): string | undefined => {
    const text = raw[field];
    return typeof text === 'string' && text.length <= max ? text : undefined;
  };
  const { version, id, query, interviewDate, outcome, timeline, createdAt, updatedAt } = raw;
  const names = {
    company: within('company', MAX_NAME),
    role: within('role', MAX_NAME),
    contactName: within('contactName', MAX_NAME),
    phone: within('phone', MAX_PHONE),
    notes: within('notes', MAX_NOTES),
    theirName: within('theirName', MAX_NAME),
    myName: within('myName', MAX_NAME),
  };
  const lines = Array.isArray(timeline) ? timeline.map(readTimelineEntry) : undefined;
  if (
    version !== CALL_VERSION ||
    typeof id !== 'string' ||
    !CALL_ID_PATTERN.test(id) ||
    typeof query !== 'string' ||
    query.length > MAX_QUERY ||
    parseLink(query).problems.length > 0 ||
    Object.values(names).some((text) => text === undefined) ||
    (interviewDate !== undefined &&
      !(
        typeof interviewDate === 'string' &&
        ISO_DATE.test(interviewDate) &&
        real(interviewDate)
      )) ||
    (outcome !== undefined && !isOneOf(OUTCOMES, outcome)) ||
    lines === undefined ||
    lines.length > MAX_TIMELINE ||
    lines.some((line) => line === undefined) ||
    !isInstant(createdAt) ||
    !isInstant(updatedAt)
  ) {
    return undefined;
  }
  const call: Call = {
    version,
    id,
    query,
    ...(names as Record<keyof typeof names, string>),
    timeline: lines as TimelineEntry[],
    createdAt,
    updatedAt,
  };
  if (interviewDate !== undefined) call.interviewDate = interviewDate;
  if (outcome !== undefined) call.outcome = outcome;
  return call;
}

function readTimelineEntry(value: unknown): TimelineEntry | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { kind, at } = value as Record<string, unknown>;
  return isOneOf(TIMELINE_KINDS, kind) && isInstant(at) ? { kind, at } : undefined;
}

/** Why a stored record was left aside, untouched. */
export type SetAsideReason =
  /** Not JSON at all. */
  | 'damaged'
  /** Written by a later release; that release reads it. */
  | 'newer-version'
  /** JSON of this version that does not fit the shape (a name one character too long). */
  | 'invalid';

/** A key that holds something this release cannot read. It is never deleted or rewritten. */
export interface SetAside {
  /** The storage key. Example: `'callback:call:k3x9a1qz'`. */
  key: string;
  why: SetAsideReason;
}

/** What reading the calls found. */
export interface CallsRead {
  /** Every readable call, newest `updatedAt` first, text well-formed. */
  calls: Call[];
  /** The records that could not be read, one by one, left in storage as they were. */
  setAside: SetAside[];
  /** Storage could not be read at all (blocked, or private mode on some browsers). */
  unavailable: boolean;
}

/** What saving a call did: saved, storage full or blocked, or refused before trying. */
export type WriteResult =
  | StorageHealth
  /** The notes are longer than `MAX_NOTES`: nothing was saved, nothing was cut. */
  | 'notes-too-long'
  /** Some other field does not fit the record (a name over `MAX_NAME`): nothing was saved. */
  | 'invalid';

/** The storage key of a call. Example: `callKey('k3x9a1qz')` is `'callback:call:k3x9a1qz'`. */
export function callKey(id: string): string {
  return CALL_KEY_PREFIX + id;
}

/**
 * A new call id from a random source (`Math.random` in the app, a fixed sequence in tests).
 * Example: `makeCallId(Math.random)` is `'k3x9a1qz7b'`.
 */
export function makeCallId(random: () => number): string {
  let id = '';
  for (let i = 0; i < ID_LENGTH; i += 1) {
    const index = Math.floor(random() * ID_ALPHABET.length);
    id += ID_ALPHABET[Math.min(Math.max(index, 0), ID_ALPHABET.length - 1)];
  }
  return id;
}

/** What a call holds besides its identity and its link: typed on this device, never linked. */
export type CallDetails = Omit<Call, 'version' | 'id' | 'query' | 'createdAt' | 'updatedAt'>;

/** A call's details with nothing typed yet. */
export const noDetails: CallDetails = {
  company: '',
  role: '',
  contactName: '',
  phone: '',
  notes: '',
  theirName: '',
  myName: '',
  timeline: [],
};

/** A saved call's details, without its identity and link. */
export function detailsOf(call: Call): CallDetails {
  const {
    version: _version,
    id: _id,
    query: _query,
    createdAt: _c,
    updatedAt: _u,
    ...details
  } = call;
  return details;
}

/**
 * A call record made now from its link and details (nothing typed, by default). Example:
 * `newCall('k3x9a1qz', 'round=final', now)`.
 */
export function newCall(
  id: string,
  query: string,
  now: Date,
  details: CallDetails = noDetails,
): Call {
  const at = now.toISOString();
  return { version: CALL_VERSION, id, query, ...details, createdAt: at, updatedAt: at };
}

/**
 * A call's free text made well-formed and plain, as the session's was (`cleanName`,
 * `cleanNotes`): a lone surrogate becomes U+FFFD, hidden characters spaces. Lengths stay.
 */
export function cleanCall(call: Call): Call {
  return {
    ...call,
    company: cleanName(call.company),
    role: cleanName(call.role),
    contactName: cleanName(call.contactName),
    phone: cleanName(call.phone),
    notes: cleanNotes(call.notes),
    theirName: cleanName(call.theirName),
    myName: cleanName(call.myName),
  };
}

/**
 * A field as the person types it, made well-formed and plain as it is kept: names on one line
 * within `MAX_NAME` (their inputs stop there), the number within `MAX_PHONE`, notes with their
 * line breaks and never cut (over `MAX_NOTES`, saving refuses them and says so).
 */
export function cleanField(
  field: 'company' | 'role' | 'contactName' | 'phone' | 'notes' | 'theirName' | 'myName',
  value: string,
): string {
  if (field === 'notes') return plainText(value, { multiline: true });
  return cleanName(field === 'phone' ? value.slice(0, MAX_PHONE) : value);
}

/**
 * Reads every call on this device. Each record is checked on its own, so one bad record never
 * hides the good ones; what cannot be read stays in storage untouched and is reported, for a
 * later release (or a backup) to read. Never throws.
 */
export function readCalls(storage: () => Storage): CallsRead {
  let entries: [string, unknown][];
  try {
    const store = storage();
    const keys: string[] = [];
    for (let i = 0; i < store.length; i += 1) {
      const key = store.key(i);
      if (typeof key === 'string' && key.startsWith(CALL_KEY_PREFIX)) keys.push(key);
    }
    entries = keys.map((key) => [key, store.getItem(key)]);
  } catch {
    return { calls: [], setAside: [], unavailable: true };
  }
  const calls: Call[] = [];
  const setAside: SetAside[] = [];
  for (const [key, stored] of entries) {
    const read = readRecord(key.slice(CALL_KEY_PREFIX.length), stored);
    if (typeof read === 'string') setAside.push({ key, why: read });
    else calls.push(read);
  }
  return { calls: newestFirst(calls), setAside, unavailable: false };
}

function readRecord(id: string, stored: unknown): Call | SetAsideReason {
  if (typeof stored !== 'string') return 'damaged';
  let raw: unknown;
  try {
    raw = JSON.parse(stored);
  } catch {
    return 'damaged';
  }
  const version =
    typeof raw === 'object' && raw !== null && 'version' in raw ? raw.version : undefined;
  if (typeof version === 'number' && version > CALL_VERSION) return 'newer-version';
  const call = readCall(raw);
  // A record under another call's key would be saved back under its own and leave a twin.
  if (call === undefined || call.id !== id) return 'invalid';
  return cleanCall(call);
}

/** Calls sorted newest `updatedAt` first; equal times by id, so the order is stable. */
export function newestFirst(calls: readonly Call[]): Call[] {
  return [...calls].sort(
    (a, b) =>
      Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/**
 * Saves one call under its own key, so tabs editing different calls never touch each other's.
 * Refuses, without saving or cutting anything, notes over `MAX_NOTES` and any field that does
 * not fit; text is made well-formed on the way in. Never throws.
 */
export function writeCall(storage: () => Storage, call: Call): WriteResult {
  if (typeof call.notes === 'string' && call.notes.length > MAX_NOTES) return 'notes-too-long';
  const checked = readCall(call);
  if (checked === undefined) return 'invalid';
  try {
    storage().setItem(callKey(call.id), JSON.stringify(cleanCall(checked)));
    return 'ok';
  } catch (error) {
    return healthAfter(error);
  }
}

/** Removes one call. Says whether it could; never throws. */
export function deleteCall(storage: () => Storage, id: string): 'ok' | 'unavailable' {
  try {
    storage().removeItem(callKey(id));
    return 'ok';
  } catch {
    return 'unavailable';
  }
}

/**
 * Calls back with a call's id when another tab saves or deletes it (the browser's `storage`
 * event fires in every other tab of this site within milliseconds), or with null when that tab
 * cleared the whole storage. Returns the unsubscribe.
 */
export function onCallsChanged(
  target: Pick<Window, 'addEventListener' | 'removeEventListener'>,
  callback: (id: string | null) => void,
): () => void {
  const listener = (event: StorageEvent) => {
    if (event.key === null) callback(null);
    else if (event.key.startsWith(CALL_KEY_PREFIX))
      callback(event.key.slice(CALL_KEY_PREFIX.length));
  };
  target.addEventListener('storage', listener);
  return () => target.removeEventListener('storage', listener);
}
