import { localIsoDate } from '../../domain/core.ts';
import { makeBackup } from '../../state/backup.ts';
import type { Call } from '../../state/calls.ts';
import { downloadFile } from '../download-file.ts';

/** The backup file's name, by the local date. Example: `'callback-calls-2026-11-29.json'`. */
export function backupFileName(now: Date): string {
  return `callback-calls-${localIsoDate(now)}.json`;
}

/** Downloads every call as one backup file (docs/contract.md §6). Returns the file's name. */
export function downloadBackup(calls: readonly Call[], now: Date): string {
  const name = backupFileName(now);
  downloadFile(name, makeBackup(calls, now), 'application/json;charset=utf-8');
  return name;
}
