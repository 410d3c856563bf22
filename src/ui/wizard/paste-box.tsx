import { useId, useState, type FormEvent } from 'react';
import { QUESTION_KEYS, type Answers, type QuestionKey } from '../../domain/core.ts';
import type { Match } from '../../domain/index.ts';
import { answerText, questionName } from '../answer-text.ts';
import { useApp } from '../store-context.tsx';

interface Found {
  answers: Answers;
  matches: Match[];
  text: string;
}

/** The longest pasted text shown back with its highlights; longer text is read but not shown. */
const PREVIEW_LIMIT = 3000;

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
  const id = useId();

  const suggest = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      // The reader and its word list load only when someone uses them.
      const { suggestAnswers } = await import('../../domain/index.ts');
      setFound({ ...suggestAnswers(text), text });
    } catch {
      setFound({ answers: {}, matches: [], text });
    } finally {
      setBusy(false);
    }
  };

  const keys = found ? QUESTION_KEYS.filter((key) => found.answers[key] !== undefined) : [];

  return (
    <details className="paste no-print">
      <summary>Have a voicemail, email or notes? Paste them to fill in answers</summary>
      <form onSubmit={(event) => void suggest(event)}>
        <label htmlFor={`${id}-text`} className="paste-label">
          Paste the voicemail, email or your notes of the call
        </label>
        <p className="hint" id={`${id}-hint`}>
          We read it here, in your browser, to suggest answers. It is not saved or sent anywhere.
        </p>
        <textarea
          id={`${id}-text`}
          // Kept if typed before the app's code arrives (src/app/first-page.ts); no name, so
          // the text can never be submitted into a link.
          data-field="paste"
          rows={5}
          value={text}
          aria-describedby={`${id}-hint`}
          onChange={(event) => {
            setText(event.target.value);
            setFound(null);
          }}
        />
        <button
          type="submit"
          className="button button-secondary"
          disabled={busy || text.trim() === ''}
        >
          Suggest answers
        </button>
      </form>
      <div role="status">
        {found && keys.length === 0 && (
          <p>
            We did not find anything we could use in that text. You can answer the questions
            yourself.
          </p>
        )}
        {found && keys.length > 0 && (
          <section className="panel" aria-labelledby={`${id}-found`}>
            <h2 id={`${id}-found`}>What we found</h2>
            <ul>
              {keys.map((key) => (
                <li key={key}>
                  <strong>{questionName(key)}:</strong> {answerText(found.answers, key)}{' '}
                  <span className="muted">(from {wordsFor(found.matches, key)})</span>
                </li>
              ))}
            </ul>
            {found.text.length <= PREVIEW_LIMIT && (
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
            <div className="button-row">
              <button
                type="button"
                className="button"
                onClick={() => applySuggestions(found.answers)}
              >
                Use these answers
              </button>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => setFound(null)}
              >
                Not now
              </button>
            </div>
          </section>
        )}
      </div>
    </details>
  );
}

/** The words behind one question's suggestion, quoted. Example: `'“package”, “start date”'`. */
function wordsFor(matches: readonly Match[], key: QuestionKey): string {
  const words = [...new Set(matches.filter((m) => m.question === key).map((m) => m.phrase))];
  return words.map((word) => `“${word}”`).join(', ');
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
