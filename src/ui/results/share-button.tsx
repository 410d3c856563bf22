import { useSyncExternalStore } from 'react';
import { actionMessages } from '../messages/results.ts';
import { copyText } from './copy-text.ts';

/**
 * Offers the link through the system's share sheet. Resolves with what to tell the person:
 * nothing when the share sheet took it or they closed it, else whether the link was copied.
 */
export function shareLink(url: string, title: string): Promise<string> {
  return navigator.share({ title, url }).then(
    () => '',
    // Closing the share sheet is a choice, not a failure. Any other refusal (a browser that
    // will not share from here): copy instead.
    (error: Error) =>
      error.name === 'AbortError'
        ? ''
        : copyText(url, actionMessages.linkCopied, actionMessages.linkNotCopied),
  );
}

/** A browser's share sheet does not come and go: there is nothing to listen for. */
const noChanges = () => () => undefined;

/**
 * "Copy link", and "Share" where the browser has a share sheet (phones, some desktops):
 * elsewhere Share would only copy the link too. A page rendered ahead of time has no browser
 * to ask, so it has no Share button; a page rendered here has it from the start, so nothing
 * appears late and pushes the row. `onStatus` gets the words for the page's status line.
 */
export function ShareButtons({
  url,
  title,
  onStatus,
}: {
  url: string;
  title: string;
  onStatus: (status: string) => void;
}) {
  const canShare = useSyncExternalStore(
    noChanges,
    () => typeof navigator.share === 'function',
    () => false,
  );
  const tell = (words: Promise<string>) => {
    // Cleared first, so the same words said twice are announced twice.
    onStatus('');
    void words.then(onStatus);
  };
  return (
    <>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => tell(copyText(url, actionMessages.linkCopied, actionMessages.linkNotCopied))}
      >
        {actionMessages.copyLink}
      </button>
      {canShare && (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => tell(shareLink(url, title))}
        >
          {actionMessages.share}
        </button>
      )}
    </>
  );
}
