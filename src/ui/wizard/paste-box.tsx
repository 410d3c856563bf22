import { useId, useRef, useState, type FormEvent } from 'react';
import {
  fill,
  localIsoDate,
  QUESTION_KEYS,
  type Answers,
  type QuestionKey,
} from '../../domain/core.ts';
import type { Match } from '../../domain/paste/suggest.ts';
import type { PhoneOffer } from './phone-offer.tsx';
import { answerText, questionName } from '../answer-text.ts';
import { fillNodes } from '../fill-nodes.tsx';
import { pasteMessages } from '../messages/wizard.ts';
import { useApp } from '../store-context.tsx';

interface Found {
  answers: Answers;
  matches: Match[];
  text: string;
  /** Phone numbers in the text, as written there, at most `MAX_NUMBERS`. */
  numbers: string[];
  /** Gives one number written two ways the same key: `'555-0100'` and `'555 0100'`. */
  numberKey: (number: string) => string;
  /** What offers the numbers as the call-back number, loaded with the reader. */
  PhoneOffer: typeof PhoneOffer;
}

/** The longest pasted text shown back with its highlights; longer text is read but not shown. */
const PREVIEW_LIMIT = 3000;

/** The most numbers offered: more is a signature full of switchboards, not a choice to make. */
const MAX_NUMBERS = 3;

/**
 * The reader and its long word list, the number finder and the offer of a number found, fetched
 * at once (one round trip) and only for people who open the box: the first page and a
 * bookmarked results link do without them. The browser fetches a module once, so the early call
 * on opening and the one on "Suggest answers" share one download.
 */
const loadReader = () =>
  Promise.all([
    import('../../domain/paste/suggest.ts'),
    import('../../domain/phone.ts'),
    import('./phone-offer.tsx'),
  ]);

/** What the loaded reader finds in the text. */
function read([reader, phone, offer]: Awaited<ReturnType<typeof loadReader>>, text: string): Found {
  return {
    ...reader.suggestAnswers(text, undefined, { today: localIsoDate(new Date()) }),
    text,
    numbers: phone.findPhoneNumbers(text).slice(0, MAX_NUMBERS),
    numberKey: (number) => phone.telHref(number) ?? number.trim(),
    PhoneOffer: offer.PhoneOffer,
  };
}

/**
 * "Paste the voicemail, email or your notes": suggests answers from the words, shows which
 * words led to each, and applies them only when the person says so. The text stays in this
 * component: it is never saved, sent, or put into a link.
 */
export function PasteBox() {
  const applySuggestions = useApp((s) => s.applySuggestions);
  const [text, setText] = useState('');
  const [found, setFound] = useState<Found | null>(null);
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
    const result = loaded ? read(loaded, text) : null;
    setFound(result);
    // The button was disabled while reading, which drops keyboard focus: take it to what was
    // found, or back to the button when there is nothing to act on.
    requestAnimationFrame(() => {
      const anything =
        result &&
        (result.numbers.length > 0 ||
          QUESTION_KEYS.some((key) => result.answers[key] !== undefined));
      (anything ? foundHeading.current : suggestButton.current)?.focus();
    });
  };

  const keys = found ? QUESTION_KEYS.filter((key) => found.answers[key] !== undefined) : [];
  const numbers = found?.numbers ?? [];

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
          value={text}
          aria-describedby={`${id}-hint`}
          onChange={(event) => {
            setText(event.target.value);
            setFound(null);
            setUnavailable(false);
          }}
        />
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
        {found && keys.length === 0 && numbers.length === 0 && <p>{pasteMessages.nothingFound}</p>}
        {found && (keys.length > 0 || numbers.length > 0) && (
          <section className="panel" aria-labelledby={`${id}-found`}>
            <h2 id={`${id}-found`} tabIndex={-1} ref={foundHeading}>
              {pasteMessages.foundHeading}
            </h2>
            {keys.length > 0 && (
              <ul>
                {keys.map((key) => (
                  <li key={key}>
                    {fillNodes(pasteMessages.foundLine, {
                      question: (
                        <strong>
                          {fill(pasteMessages.foundQuestion, { question: questionName(key) })}
                        </strong>
                      ),
                      answer: answerText(found.answers, key),
                      source: (
                        <span className="muted">
                          {fill(pasteMessages.foundFrom, { words: wordsFor(found.matches, key) })}
                        </span>
                      ),
                    })}
                  </li>
                ))}
              </ul>
            )}
            {keys.length > 0 && found.text.length <= PREVIEW_LIMIT && (
              <p className="paste-preview">
                {segments(found.text, found.matches).map((part, index) =>
                  part.marked ? (
                    <mark key={index}>{part.text}</mark>
                  ) : (
                    <span key={index}>{part.text}</span>
                  ),
                )}
              </p>
            )}
            {numbers.length > 0 && (
              <found.PhoneOffer numbers={numbers} numberKey={found.numberKey} />
            )}
            {keys.length > 0 && (
              <div className="button-row">
                <button
                  type="button"
                  className="button"
                  onClick={() => applySuggestions(found.answers)}
                >
                  {pasteMessages.use}
                </button>
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => setFound(null)}
                >
                  {pasteMessages.notNow}
                </button>
              </div>
            )}
          </section>
        )}
      </div>
    </details>
  );
}

/** The words behind one question's suggestion, quoted. Example: `'“package”, “start date”'`. */
function wordsFor(matches: readonly Match[], key: QuestionKey): string {
  const words = [...new Set(matches.filter((m) => m.question === key).map((m) => m.phrase))];
  return words
    .map((word) => fill(pasteMessages.quotedWord, { word }))
    .join(pasteMessages.wordSeparator);
}

/** The text cut into plain and highlighted parts, for rendering as text (never as HTML). */
function segments(text: string, matches: readonly Match[]): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const match of [...matches].sort((a, b) => a.start - b.start)) {
    if (match.start < at) continue; // one phrase can suggest two answers; mark it once
    if (match.start > at) parts.push({ text: text.slice(at, match.start), marked: false });
    parts.push({ text: text.slice(match.start, match.end), marked: true });
    at = match.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}
