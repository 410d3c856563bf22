import { noticeMessages, storageMessages } from './messages/frame.ts';
import { useApp } from './store-context.tsx';

/** What a link held that could not be used, and anything about saving, in plain words. */
export function Notices() {
  const problems = useApp((s) => s.problems);
  const storageNotice = useApp((s) => s.storageNotice);
  const dismissProblems = useApp((s) => s.dismissProblems);
  const dismissStorageNotice = useApp((s) => s.dismissStorageNotice);
  const reloadForUpdate = useApp((s) => s.reloadForUpdate);
  // Once saving has failed here, a reload loses what was typed in the call's details.
  const unsaved = useApp((s) => s.storageFailureTold);
  return (
    <>
      <div role="status" className="notice-region">
        {reloadForUpdate && (
          <div className="notice">
            <p>{unsaved ? noticeMessages.updateReadyUnsaved : noticeMessages.updateReady}</p>
            <button type="button" className="button button-secondary" onClick={reloadForUpdate}>
              {noticeMessages.reload}
            </button>
          </div>
        )}
      </div>
      <div role="status" className="notice-region">
        {problems.length > 0 && (
          <div className="notice">
            <p className="notice-title">{noticeMessages.problemsTitle}</p>
            <ul>
              {problems.map((problem, index) => (
                <li key={`${problem.key}-${String(index)}`}>{problem.message}</li>
              ))}
            </ul>
            <p>{noticeMessages.problemsAfter}</p>
            <button
              type="button"
              className="link-button"
              onClick={() => afterDismiss(dismissProblems)}
            >
              {noticeMessages.hide}
            </button>
          </div>
        )}
      </div>
      <div role="status" className="notice-region">
        {storageNotice && (
          <div className="notice">
            <p>{storageMessages[storageNotice]}</p>
            <button
              type="button"
              className="link-button"
              onClick={() => afterDismiss(dismissStorageNotice)}
            >
              {noticeMessages.hide}
            </button>
          </div>
        )}
      </div>
    </>
  );
}

/**
 * Hides a notice and gives keyboard focus to the page's heading: the button that had it is
 * gone, and focus left on nothing starts the next Tab from the top of the document.
 */
function afterDismiss(dismiss: () => void): void {
  dismiss();
  document.querySelector<HTMLElement>('main h1')?.focus();
}
