import type { StorageNotice } from '../state/store.ts';
import { useApp } from './store-context.tsx';

// Answers and ticks are in the link; notes and names never are, so each message says which
// survive when this device cannot keep them.
const storageWords: Record<StorageNotice, string> = {
  unavailable:
    'This browser is not letting Callback save anything, so your answers live only in the link. Bookmark the page to come back to it. Notes and names typed here will be gone when you close it.',
  full: 'This device’s storage is full, so we cannot save here. Your answers and ticks are in the link: bookmark the page to come back to them. Notes and names typed here will be gone when you close it.',
  corrupt:
    'We found something saved earlier that we could not read, so we removed it. Your answers in the link are fine.',
  cleared:
    'Done: everything Callback saved on this device is gone. If you keep going, your answers, notes and names will be saved here again.',
  'clear-failed':
    'We could not reach this device’s storage to clear it. Your browser’s own settings can clear site data.',
};

/** What a link held that could not be used, and anything about saving, in plain words. */
export function Notices() {
  const problems = useApp((s) => s.problems);
  const storageNotice = useApp((s) => s.storageNotice);
  const dismissProblems = useApp((s) => s.dismissProblems);
  const dismissStorageNotice = useApp((s) => s.dismissStorageNotice);
  const reloadForUpdate = useApp((s) => s.reloadForUpdate);
  return (
    <>
      <div role="status" className="notice-region">
        {reloadForUpdate && (
          <div className="notice">
            <p>
              A new version of Callback is ready. Your answers are in the link, so nothing is lost
              when you reload.
            </p>
            <button type="button" className="button button-secondary" onClick={reloadForUpdate}>
              Reload
            </button>
          </div>
        )}
      </div>
      <div role="status" className="notice-region">
        {problems.length > 0 && (
          <div className="notice">
            <p className="notice-title">Part of this link could not be read</p>
            <ul>
              {problems.map((problem, index) => (
                <li key={`${problem.key}-${String(index)}`}>{problem.message}</li>
              ))}
            </ul>
            <p>
              Everything else in the link is shown below. You can check or change the answers at any
              time.
            </p>
            <button type="button" className="link-button" onClick={dismissProblems}>
              Hide this message
            </button>
          </div>
        )}
      </div>
      <div role="status" className="notice-region">
        {storageNotice && (
          <div className="notice">
            <p>{storageWords[storageNotice]}</p>
            <button type="button" className="link-button" onClick={dismissStorageNotice}>
              Hide this message
            </button>
          </div>
        )}
      </div>
    </>
  );
}
