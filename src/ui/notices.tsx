import { useEffect, useState } from 'react';
import type { storageMessages } from './messages/storage.ts';
import { hasAnswers, isOneOf, QUESTION_KEYS } from '../domain/core.ts';
import { frameMessages, noticeMessages } from './messages/frame.ts';
import { useApp } from './store-context.tsx';

type StorageWords = typeof storageMessages;

/** What is said about saving: needed only when it fails, so fetched then (the app precaches it). */
const loadStorageWords = () => import('./messages/storage.ts').then((m) => m.storageMessages);
let storageWords: StorageWords | undefined;

/** The words about saving once they are here, fetched the first time a notice needs them. */
function useStorageWords(needed: boolean): StorageWords | undefined {
  const [words, setWords] = useState(storageWords);
  useEffect(() => {
    if (!needed || storageWords) return;
    let live = true;
    loadStorageWords().then(
      (loaded) => {
        storageWords = loaded;
        if (live) setWords(loaded);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [needed]);
  return words ?? storageWords;
}

/** What a link held that could not be used, and anything about saving, in plain words. */
export function Notices() {
  const problems = useApp((s) => s.problems);
  // Only answers the link held and could not use leave nothing to show.
  const nothingLeft = useApp(
    (s) =>
      !hasAnswers(s.link.answers) &&
      s.problems.some((problem) => isOneOf(QUESTION_KEYS, problem.key)),
  );
  const storageNotice = useApp((s) => s.storageNotice);
  const dismissProblems = useApp((s) => s.dismissProblems);
  const dismissStorageNotice = useApp((s) => s.dismissStorageNotice);
  const reloadForUpdate = useApp((s) => s.reloadForUpdate);
  // Once saving has failed here, a reload loses what was typed in the call's details.
  const unsaved = useApp((s) => s.storageFailureTold);
  const storageWords = useStorageWords(storageNotice !== null);
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
            <p>{nothingLeft ? noticeMessages.problemsNothingLeft : noticeMessages.problemsAfter}</p>
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
            <p>{storageWords ? storageWords[storageNotice] : frameMessages.loading}</p>
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
