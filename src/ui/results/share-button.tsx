import { actionMessages } from '../messages/results.ts';
import { copyText } from './copy-text.ts';

/**
 * Offers the link through the system's share sheet where the browser has one (phones, some
 * desktops), else copies it. Resolves with what to tell the person: nothing when the share
 * sheet took it or they closed it, else whether the link was copied.
 */
export async function shareLink(url: string, title: string): Promise<string> {
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ title, url });
      return '';
    } catch (error) {
      // Closing the share sheet is a choice, not a failure.
      if (error instanceof DOMException && error.name === 'AbortError') return '';
      // Anything else (a browser that refuses to share here): copy instead.
    }
  }
  return copyText(url, actionMessages.linkCopied, actionMessages.linkNotCopied);
}

/** The "Share" button: `onStatus` gets the words for the page's status line. */
export function ShareButton({
  url,
  title,
  onStatus,
}: {
  url: string;
  title: string;
  onStatus: (status: string) => void;
}) {
  return (
    <button
      type="button"
      className="button button-secondary"
      onClick={() => {
        // Cleared first, so the same words said twice are announced twice.
        onStatus('');
        void shareLink(url, title).then(onStatus);
      }}
    >
      {actionMessages.share}
    </button>
  );
}
