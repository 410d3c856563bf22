import { makeBackup } from '../../state/backup.ts';
import type { Call } from '../../state/calls.ts';

/** The backup file's name, by the local date. Example: `'callback-calls-2026-11-29.json'`. */
export function backupFileName(now: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const day = `${String(now.getFullYear())}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
  return `callback-calls-${day}.json`;
}

/**
 * Downloads every call as one backup file (docs/contract.md §6), the way the calendar file
 * is downloaded: a Blob behind an `<a download>`, which no CSP directive blocks. Returns the
 * file's name.
 */
export function downloadBackup(calls: readonly Call[], now: Date): string {
  const name = backupFileName(now);
  const blob = new Blob([makeBackup(calls, now)], { type: 'application/json;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Revoked a moment later: some browsers start the download only after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return name;
}
