import { useId, useState, type Ref } from 'react';
import { fill, QUESTION_KEYS, type Answers, type QuestionKey } from '../../domain/core.ts';
import type { Match } from '../../domain/paste/suggest.ts';
import type { FoundPhrase } from '../../domain/paste/phrases.ts';
import { answerText, questionName, valueText } from '../answer-text.ts';
import { fillNodes } from '../fill-nodes.tsx';
import { pasteFoundMessages as m } from '../messages/paste-found.ts';
import { useApp } from '../store-context.tsx';
import { PhoneOffer } from './phone-offer.tsx';

/*
 * What the paste box found in a text. It loads with the paste reader (src/ui/wizard/
 * paste-box.tsx), never with the first page.
 */

/** What the reader found in a text, with the text itself. */
export interface Found {
  answers: Answers;
  matches: Match[];
  phrases: FoundPhrase[];
  text: string;
  /** Phone numbers in the text, as written there, a few at most. */
  numbers: string[];
  /** Gives one number written two ways the same key: `'555-0100'` and `'555 0100'`. */
  numberKey: (number: string) => string;
}

/** The longest pasted text shown back with its highlights; longer text is read but not shown. */
const PREVIEW_LIMIT = 3000;

/** One answer that can be ticked: a question's answer, or one topic of several. */
interface Suggestion {
  /** `'caller'`, or `'topics=salary'` for one topic. */
  id: string;
  key: QuestionKey;
  /** Set for one topic. */
  topic?: string;
}

/** The answers found, one per question and one per topic. */
function suggestionsOf(answers: Answers): Suggestion[] {
  return QUESTION_KEYS.flatMap((key): Suggestion[] => {
    if (key === 'topics')
      return (answers.topics ?? []).map((topic) => ({ id: `topics=${topic}`, key, topic }));
    return answers[key] === undefined ? [] : [{ id: key, key }];
  });
}

/** The answers with those left out taken away. */
function chosenAnswers(answers: Answers, left: ReadonlySet<string>): Answers {
  // Keys left out are dropped, not set to undefined, which would blank answers already given.
  const chosen = Object.fromEntries(
    Object.entries(answers).filter(([key]) => key !== 'topics' && !left.has(key)),
  ) as Answers;
  const topics = answers.topics?.filter((topic) => !left.has(`topics=${topic}`));
  if (topics && topics.length > 0) chosen.topics = topics;
  return chosen;
}

/**
 * The suggested answers, each with a checkbox (all ticked at first) and the words behind it;
 * what the recruiter's phrases usually mean; the text with those words marked; a number to
 * call back. "Use these answers" applies only the ticked ones.
 */
export function FoundPanel({
  found,
  headingRef,
  onClose,
}: {
  found: Found;
  /** Takes keyboard focus once the panel shows. */
  headingRef: Ref<HTMLHeadingElement>;
  onClose: () => void;
}) {
  const applySuggestions = useApp((s) => s.applySuggestions);
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const [noneTicked, setNoneTicked] = useState(false);
  const id = useId();
  const suggestions = suggestionsOf(found.answers);
  const { phrases, numbers } = found;

  const toggle = (suggestion: string, ticked: boolean) => {
    const next = new Set(left);
    if (ticked) next.delete(suggestion);
    else next.add(suggestion);
    setLeft(next);
    setNoneTicked(false);
  };
  const use = () => {
    if (suggestions.every((s) => left.has(s.id))) setNoneTicked(true);
    else applySuggestions(chosenAnswers(found.answers, left));
  };

  return (
    <section className="panel" aria-labelledby={`${id}-found`}>
      <h2 id={`${id}-found`} tabIndex={-1} ref={headingRef}>
        {m.foundHeading}
      </h2>
      {suggestions.length > 0 && (
        <fieldset aria-describedby={`${id}-hint`}>
          <legend>
            <h3>{m.suggestionsLegend}</h3>
          </legend>
          <p className="hint" id={`${id}-hint`}>
            {m.suggestionsHint}
          </p>
          <div className="choices">
            {suggestions.map((suggestion) => {
              const box = `${id}-${suggestion.id}`;
              return (
                <div className="choice" key={suggestion.id}>
                  <input
                    type="checkbox"
                    id={box}
                    checked={!left.has(suggestion.id)}
                    onChange={(event) => toggle(suggestion.id, event.target.checked)}
                    aria-describedby={`${box}-words`}
                  />
                  <label htmlFor={box}>
                    {fill(m.suggestion, {
                      question: questionName(suggestion.key),
                      answer: suggestion.topic
                        ? valueText('topics', suggestion.topic)
                        : answerText(found.answers, suggestion.key),
                    })}
                  </label>
                  <p className="choice-hint" id={`${box}-words`}>
                    {fill(m.foundFrom, { words: wordsFor(found.matches, suggestion) })}
                  </p>
                </div>
              );
            })}
          </div>
        </fieldset>
      )}
      {phrases.length > 0 && (
        <section aria-labelledby={`${id}-phrases`}>
          <h3 id={`${id}-phrases`}>{m.phrasesHeading}</h3>
          <p className="hint">{m.phrasesHint}</p>
          <ul>
            {phrases.map(({ phrase, meaning }) => (
              <li key={phrase}>
                {fillNodes(m.phraseLine, {
                  phrase: <strong>{fill(m.quotedWord, { word: phrase })}</strong>,
                  meaning,
                })}
              </li>
            ))}
          </ul>
        </section>
      )}
      {suggestions.length > 0 && found.text.length <= PREVIEW_LIMIT && (
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
      {numbers.length > 0 && <PhoneOffer numbers={numbers} numberKey={found.numberKey} />}
      {suggestions.length > 0 && (
        <>
          <div className="button-row">
            <button type="button" className="button" onClick={use}>
              {m.use}
            </button>
            <button type="button" className="button button-secondary" onClick={onClose}>
              {m.notNow}
            </button>
          </div>
          <p role="status">{noneTicked ? m.noneTicked : ''}</p>
        </>
      )}
    </section>
  );
}

/** The words behind one suggestion, quoted. Example: `'“package”, “start date”'`. */
function wordsFor(matches: readonly Match[], suggestion: Suggestion): string {
  const behind = matches.filter(
    (match) =>
      match.question === suggestion.key &&
      (suggestion.topic === undefined || match.value === suggestion.topic),
  );
  return [...new Set(behind.map((match) => match.phrase))]
    .map((word) => fill(m.quotedWord, { word }))
    .join(m.wordSeparator);
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
