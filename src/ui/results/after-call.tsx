import { pageLocale } from '../language.ts';
import { useId, useRef, useState, type FormEvent } from 'react';
import { findReason } from '../../domain/catalog/index.ts';
import { fill, REASON_IDS, type ReasonId } from '../../domain/core.ts';
import type { CallDetails, TimelineEntry } from '../../state/calls.ts';
import { afterCallMessages as words } from '../messages/after-call.ts';
import { useApp } from '../store-context.tsx';

type Outcome = NonNullable<CallDetails['outcome']>;

/** A date and time people read at a glance, in the browser's own format. */
function timeText(iso: string): string {
  return new Date(iso).toLocaleString(pageLocale(), { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * "After the call": what the call really was (one of the meanings, or something else), which
 * opens that meaning's prep, and a short timeline of the call. All of it stays with the call
 * on this device.
 */
export function AfterCall({ top }: { top: ReasonId | undefined }) {
  const outcome = useApp((s) => s.details.outcome);
  const timeline = useApp((s) => s.details.timeline);
  const createdAt = useApp((s) => s.calls.find((call) => call.id === s.link.call)?.createdAt);
  const setOutcome = useApp((s) => s.setOutcome);
  const chooseReason = useApp((s) => s.chooseReason);
  const shownReason = useApp((s) => s.link.reason ?? top);
  const addToTimeline = useApp((s) => s.addToTimeline);
  const removeFromTimeline = useApp((s) => s.removeFromTimeline);
  const [choice, setChoice] = useState<Outcome | ''>(outcome ?? '');
  // Another tab may note it, or clear it: the list then shows what is saved.
  const [savedOutcome, setSavedOutcome] = useState(outcome);
  if (savedOutcome !== outcome) {
    setSavedOutcome(outcome);
    setChoice(outcome ?? '');
  }
  // What was just done, said in a polite live region so a screen reader hears it too.
  const [told, setTold] = useState('');
  const id = useId();
  const timelineHeading = useRef<HTMLHeadingElement>(null);
  const lastOutcome = timeline.findLastIndex((entry) => entry.kind === 'outcome');
  /** A line's words: the latest "noted" line says what it was. */
  const lineText = (entry: TimelineEntry, index: number) => {
    if (entry.kind !== 'outcome') return words.kinds[entry.kind];
    if (index !== lastOutcome || !outcome) return words.outcomeChanged;
    if (outcome === 'other') return words.outcomeOtherNow;
    return fill(words.outcomeNow, { title: findReason(outcome).title });
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (choice === '') {
      setOutcome(undefined);
      setTold(words.forgotten);
      return;
    }
    setOutcome(choice);
    if (choice === 'other') {
      setTold(words.savedOther);
      return;
    }
    setTold(fill(words.saved, { title: findReason(choice).title }));
  };

  const add = (kind: 'called' | 'called-back') => {
    addToTimeline(kind);
    setTold(fill(words.added, { line: words.kinds[kind] }));
  };

  const remove = (entry: TimelineEntry, index: number) => {
    setTold(fill(words.removed, { line: lineText(entry, index), time: timeText(entry.at) }));
    removeFromTimeline(index);
    // The pressed button is gone: focus goes to the list's heading, not to the page's start.
    timelineHeading.current?.focus();
  };

  return (
    <section className="after-call no-print" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{words.heading}</h2>
      <p className="hint" id={`${id}-hint`}>
        {words.hint}
      </p>
      <form className="outcome-form" onSubmit={save}>
        <div className="field">
          <label htmlFor={`${id}-outcome`}>{words.whatWasIt}</label>
          <select
            id={`${id}-outcome`}
            value={choice}
            aria-describedby={`${id}-hint`}
            onChange={(event) => setChoice(event.target.value as Outcome | '')}
          >
            <option value="">{words.notYet}</option>
            {REASON_IDS.map((reason) => (
              <option key={reason} value={reason}>
                {findReason(reason).title}
              </option>
            ))}
            <option value="other">{words.other}</option>
          </select>
        </div>
        <button type="submit" className="button button-secondary">
          {words.save}
        </button>
      </form>
      <p role="status" className="status">
        {told}
      </p>
      {outcome && outcome !== 'other' && outcome !== shownReason && (
        <p>
          <button type="button" className="link-button" onClick={() => chooseReason(outcome, top)}>
            {fill(words.openPrep, { title: findReason(outcome).title })}
          </button>
        </p>
      )}

      <h3 tabIndex={-1} ref={timelineHeading}>
        {words.timelineHeading}
      </h3>
      {!createdAt && timeline.length === 0 ? (
        <p className="muted">{words.nothingYet}</p>
      ) : (
        <ol className="timeline">
          {createdAt && (
            <li>
              <span>{words.started}</span> <time dateTime={createdAt}>{timeText(createdAt)}</time>
            </li>
          )}
          {timeline.map((entry, index) => (
            <li key={`${entry.at}-${index}`}>
              <span>{lineText(entry, index)}</span>{' '}
              <time dateTime={entry.at}>{timeText(entry.at)}</time>{' '}
              {/* What it was is changed above, in its own list, so its lines stay. */}
              {entry.kind !== 'outcome' && (
                <button
                  type="button"
                  className="link-button"
                  aria-label={fill(words.removeLabel, {
                    line: lineText(entry, index),
                    time: timeText(entry.at),
                  })}
                  onClick={() => remove(entry, index)}
                >
                  {words.remove}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => add('called-back')}
        >
          {words.calledBack}
        </button>
        <button type="button" className="button button-secondary" onClick={() => add('called')}>
          {words.calledAgain}
        </button>
      </div>
    </section>
  );
}
