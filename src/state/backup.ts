import { cleanCall, newestFirst, readCall, type Call } from './calls.ts';

/** The backup file's `format`, so a file from anything else is recognized as foreign. */
export const BACKUP_FORMAT = 'callback-backup';

/** The backup version this release writes. Every version ever written can be restored. */
export const BACKUP_VERSION = 1;

/**
 * The backup file, version 1 (docs/contract.md §6). `readBackup` reads it field by field and
 * each call with `readCall`, so no schema library loads with the calls page.
 */
export interface Backup {
  /** Always `'callback-backup'`. */
  format: typeof BACKUP_FORMAT;
  /** Example: `1`. */
  version: typeof BACKUP_VERSION;
  /** When the file was made, as an ISO instant. Example: `'2026-11-28T18:00:00.000Z'`. */
  savedAt: string;
  /** Every call on the device, newest first, each a call record (`readCall` reads one). */
  calls: Call[];
}

/** Why a file cannot be restored at all. */
export type BackupError = 'not-json' | 'foreign' | 'newer-version' | 'damaged';

/** What reading a backup file found: the calls in it, or why it cannot be used. */
export type BackupRead =
  | {
      ok: true;
      /** The readable calls, newest first, text well-formed; one per id (the newest). */
      calls: Call[];
      /** How many calls in the file could not be read (damaged, or from a newer release). */
      leftOut: number;
    }
  | { ok: false; why: BackupError };

/** The backup file's text for these calls. Example: `makeBackup(calls, new Date())`. */
export function makeBackup(calls: readonly Call[], now: Date): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    savedAt: now.toISOString(),
    calls: newestFirst(calls),
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/**
 * Reads a backup file's text. Never throws: a file that is not JSON, another app's file, a
 * newer version or a file without a list of calls comes back as the reason it cannot be used
 * (the calls page words it: `backupMessages` in src/ui/messages/calls.ts); a list with some
 * damaged calls keeps the good ones and counts those left out.
 */
export function readBackup(text: unknown): BackupRead {
  let raw: unknown;
  try {
    raw = JSON.parse(typeof text === 'string' ? text : '');
  } catch {
    return failure('not-json');
  }
  if (typeof raw !== 'object' || raw === null || !('format' in raw)) return failure('foreign');
  if (raw.format !== BACKUP_FORMAT) return failure('foreign');
  const version = 'version' in raw ? raw.version : undefined;
  if (typeof version === 'number' && version > BACKUP_VERSION) return failure('newer-version');
  if (version !== BACKUP_VERSION || !('calls' in raw) || !Array.isArray(raw.calls)) {
    return failure('damaged');
  }
  const calls: Call[] = [];
  let leftOut = 0;
  for (const item of raw.calls as unknown[]) {
    const call = readCall(item);
    if (call) calls.push(cleanCall(call));
    else leftOut += 1;
  }
  return { ok: true, calls: mergeCalls([], calls).merged, leftOut };
}

function failure(why: BackupError): BackupRead {
  return { ok: false, why };
}

/** What merging a restored file into the calls on this device would do. */
export interface Merge {
  /** Every call after the merge, newest first. */
  merged: Call[];
  /** Calls from the file whose id is not on this device. */
  added: Call[];
  /** Calls from the file that replace an older record of the same id. */
  updated: Call[];
  /** Calls on this device kept because they are newer than the file's record of the same id. */
  keptNewer: Call[];
  /** Calls the file holds exactly as new as this device's (a backup restored as it was). */
  unchanged: Call[];
}

/**
 * Merges restored calls into the existing ones, never replacing a record with an older one
 * (by `updatedAt`): new ids are added, newer records replace older ones. Write `added` and
 * `updated` to save the result. Example: `mergeCalls(readCalls(storage).calls, file.calls)`.
 */
export function mergeCalls(existing: readonly Call[], incoming: readonly Call[]): Merge {
  const byId = new Map(existing.map((call) => [call.id, call]));
  const changed = new Map<string, { call: Call; kind: 'added' | 'updated' }>();
  const keptNewer = new Map<string, Call>();
  const unchanged = new Map<string, Call>();
  for (const call of incoming) {
    const current = byId.get(call.id);
    if (!current) {
      byId.set(call.id, call);
      changed.set(call.id, { call, kind: 'added' });
      continue;
    }
    const age = Date.parse(call.updatedAt) - Date.parse(current.updatedAt);
    if (age > 0) {
      byId.set(call.id, call);
      const kind = changed.get(call.id)?.kind ?? 'updated';
      changed.set(call.id, { call, kind });
      keptNewer.delete(call.id);
      unchanged.delete(call.id);
    } else if (!changed.has(call.id)) {
      (age === 0 ? unchanged : keptNewer).set(call.id, current);
    }
  }
  const of = (kind: 'added' | 'updated') =>
    newestFirst([...changed.values()].filter((each) => each.kind === kind).map((e) => e.call));
  return {
    merged: newestFirst([...byId.values()]),
    added: of('added'),
    updated: of('updated'),
    keptNewer: newestFirst([...keptNewer.values()]),
    unchanged: newestFirst([...unchanged.values()]),
  };
}
