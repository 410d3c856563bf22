import { pageLocale } from '../language.ts';
import { useId, useRef, useState, type FormEvent } from 'react';
import { fill, localIsoDate, QUESTION_KEYS } from '../../domain/core.ts';
import type { MAX_TEXT } from '../../domain/paste/suggest.ts';
import type { Found, FoundPanel } from './found-panel.tsx';
import { pasteMessages } from '../messages/wizard.ts';

/**
 * The most text the box takes: what the reader reads (its `MAX_TEXT`, which the type keeps
 * equal without loading the reader). Longer text is cut as it arrives, and the box says so:
 * 5 MB pasted into the box once kept the tab busy for minutes.
 */
const TEXT_LIMIT: typeof MAX_TEXT = 100_000;

/** The most numbers offered: more is a signature full of switchboards, not a choice to make. */
const MAX_NUMBERS = 3;

/**
 * The reader with its word lists and recruiter phrases, the number finder and what shows the
 * findings, fetched at once (one round trip) and only for people who open the box: the first
 * page and a bookmarked results link do without them. The browser fetches a module once, so
 * the early call on opening and the one on "Suggest answers" share one download.
 */
const loadReader = () =>
  Promise.all([
    import('../../domain/paste/suggest.ts'),
    import('../../domain/phone.ts'),
    import('./found-panel.tsx'),
  ]);

/** What the loaded reader finds in the text, and what shows it. */
function read(
  [reader, phone, panel]: Awaited<ReturnType<typeof loadReader>>,
  text: string,
): { found: Found; Panel: typeof FoundPanel } {
  return {
    found: {
      // Today where the person is, so "yesterday's interview" reads as 1 day.
      ...reader.suggestAnswers(text, undefined, { today: localIsoDate(new Date()) }),
      text,
      numbers: phone.findPhoneNumbers(text).slice(0, MAX_NUMBERS),
      numberKey: (number) => phone.telHref(number) ?? number.trim(),
    },
    Panel: panel.FoundPanel,
  };
}

/**
 * "Paste the voicemail, email or your notes": suggests answers from the words, shows which
 * words led to each and what the recruiter's phrases usually mean, and applies the answers
 * ticked only when the person says so. The text stays in this component: it is never saved,
 * sent, or put into a link.
 */
export function PasteBox() {
  const [text, setText] = useState('');
  const [result, setResult] = useState<ReturnType<typeof read> | null>(null);
  // Each reading shows afresh, every suggestion ticked again.
  const [readings, setReadings] = useState(0);
  const [busy, setBusy] = useState(false);
  // The reader could not be fetched (offline before the app was saved): "we found nothing"
  // would be untrue, so the box says what happened instead.
  const [unavailable, setUnavailable] = useState(false);
  const id = useId();
  const foundHeading = useRef<HTMLHeadingElement>(null);
  const suggestButton = useRef<HTMLButtonElement>(null);

  const suggest = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const loaded = await loadReader().catch(() => null);
    setBusy(false);
    setUnavailable(!loaded);
    const next = loaded ? read(loaded, text) : null;
    setResult(next);
    setReadings((n) => n + 1);
    // The button was disabled while reading, which drops keyboard focus: take it to what was
    // found, or back to the button when there is nothing to act on.
    requestAnimationFrame(() => {
      (next && anything(next.found) ? foundHeading.current : suggestButton.current)?.focus();
    });
  };

  const found = result?.found;
  const cut = text.length >= TEXT_LIMIT;

  return (
    <details
      className="paste no-print"
      onToggle={(event) => {
        // Start fetching the reader as the box opens, so it is there by "Suggest answers".
        if (event.currentTarget.open) loadReader().catch(() => undefined);
      }}
    >
      <summary>{pasteMessages.open}</summary>
      <form onSubmit={(event) => void suggest(event)}>
        <label htmlFor={`${id}-text`} className="paste-label">
          {pasteMessages.label}
        </label>
        <p className="hint" id={`${id}-hint`}>
          {pasteMessages.hint}
        </p>
        <textarea
          id={`${id}-text`}
          // Kept if typed before the app's code arrives (src/app/first-page.ts); no name, so
          // the text can never be submitted into a link.
          data-early-input="paste"
          rows={5}
          // The browser itself drops what a paste or typing would add beyond the limit, before
          // it ever lays the text out; text set another way is cut below.
          maxLength={TEXT_LIMIT}
          value={text}
          aria-describedby={`${id}-hint${cut ? ` ${id}-cut` : ''}`}
          onChange={(event) => {
            setText(event.target.value.slice(0, TEXT_LIMIT));
            setResult(null);
            setUnavailable(false);
          }}
        />
        <p role="status" id={`${id}-cut`} className="hint">
          {cut ? fill(pasteMessages.cut, { count: TEXT_LIMIT.toLocaleString(pageLocale()) }) : ''}
        </p>
        <button
          type="submit"
          className="button button-secondary"
          ref={suggestButton}
          disabled={busy || text.trim() === ''}
        >
          {pasteMessages.suggest}
        </button>
      </form>
      <div role="status">
        {unavailable && <p>{pasteMessages.unavailable}</p>}
        {found && !anything(found) && <p>{pasteMessages.nothingFound}</p>}
      </div>
      {result && anything(result.found) && (
        <result.Panel
          key={readings}
          found={result.found}
          headingRef={foundHeading}
          onClose={() => setResult(null)}
        />
      )}
    </details>
  );
}

/** Whether the reader found anything to show: an answer, a number or a phrase. */
function anything(found: Found): boolean {
  return (
    found.numbers.length > 0 ||
    found.phrases.length > 0 ||
    QUESTION_KEYS.some((key) => found.answers[key] !== undefined)
  );
}
