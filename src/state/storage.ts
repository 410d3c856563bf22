import { MAX_NAME, plainText } from '../domain/core.ts';

/** The one localStorage key the app uses. Versioned, so a new shape never misreads an old one. */
export const STORAGE_KEY = 'callback:v1';

/** The longest notes kept. Example: a page of names, dates and figures is under 2,000. */
export const MAX_NOTES = 50_000;

/** How the device's storage behaved: `ok`, or why the app cannot save here. */
export type StorageHealth = 'ok' | 'unavailable' | 'full';

/** Notes as they are kept: well-formed, line breaks kept, hidden characters made spaces. */
export function cleanNotes(notes: string): string {
  // Cut first, then made well-formed: a cut can fall inside an emoji's pair of code units.
  return plainText(notes.slice(0, MAX_NOTES), { multiline: true });
}

/** A name as it is kept: one line, well-formed, hidden characters made spaces. */
export function cleanName(name: string): string {
  return plainText(name.slice(0, MAX_NAME));
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
