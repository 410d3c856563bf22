import {
  useEffect,
  useId,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { findReason } from '../../domain/catalog/index.ts';
import { classify } from '../../domain/classify.ts';
import {
  fill,
  formatLink,
  hasAnswers,
  MAX_NAME,
  parseLink,
  QUESTION_KEYS,
  unfinishedAt,
  type Answers,
  type QuestionKey,
} from '../../domain/core.ts';
import type { Call } from '../../state/calls.ts';
import { fillNodes } from '../fill-nodes.tsx';
import { callsMessages, deleteMessages, renameMessages } from '../messages/calls.ts';
import { isPlainClick } from '../nav-link.tsx';
import { plural } from '../plural.ts';
import { useApp } from '../store-context.tsx';
import { AskFirst } from './ask-first.tsx';
import { whenChanged } from '../when-changed.ts';

/** The name a call goes by: its company, or '' when none was typed ("Unnamed call"). */
export function nameOf(call: Call): string {
  return call.company.trim();
}

/**
 * One saved call: its name and role, when it changed, what it likely is, how far the prep
 * got (and the questions, when they were never finished); renamed in place, and deleted
 * after asking.
 */
export function CallItem({
  call,
  asking,
  onAsk,
  onCancel,
  onConfirm,
}: {
  call: Call;
  /** Whether the question "Delete this call?" is open. */
  asking: boolean;
  onAsk: () => void;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const openCall = useApp((s) => s.openCall);
  const now = useApp((s) => s.now);
  const lang = useApp((s) => s.link.lang);
  const [renaming, setRenaming] = useState(false);
  // Which button gets focus back once the form or the question closes.
  const [returnTo, setReturnTo] = useState<'rename' | 'delete' | null>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (returnTo === 'rename') renameButton.current?.focus();
    if (returnTo === 'delete') deleteButton.current?.focus();
  }, [returnTo]);

  const { state } = parseLink(call.query);
  const name = nameOf(call) || callsMessages.unnamed;
  const role = call.role.trim();
  const unfinished = unfinishedAt(state.answers);
  const answered = QUESTION_KEYS.filter((key) => state.answers[key] !== undefined).length;
  // The same page a plain click opens (the store's openCall): the noted outcome's prep, in
  // the language the list is in, so a new tab or a copied link matches it.
  const reason = call.outcome === 'other' ? undefined : call.outcome;
  const hrefAt = (page: { view: 'results' } | { step: QuestionKey }) =>
    `?${formatLink({
      answers: state.answers,
      done: state.done,
      call: call.id,
      lang,
      ...('view' in page ? { ...page, reason } : page),
    })}`;
  const opener = (step?: QuestionKey) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    openCall(call.id, step);
  };
  const summary = summaryOf(call, state.answers);
  const nameLink = (
    <a href={hrefAt({ view: 'results' })} onClick={opener()}>
      {name}
    </a>
  );
  const closeRename = () => {
    setRenaming(false);
    setReturnTo('rename');
  };

  return (
    <li data-call={call.id} className="call-item">
      <h2 className="call-name">
        {role ? fillNodes(callsMessages.withRole, { name: nameLink, role }) : nameLink}
      </h2>
      <p className="muted">
        {fill(callsMessages.changed, { when: whenChanged(call.updatedAt, now()) })}
      </p>
      {summary && <p>{summary}</p>}
      {unfinished && (
        <p>
          {fill(callsMessages.unfinished, { count: answered, total: QUESTION_KEYS.length })}{' '}
          <a
            className="call-continue"
            href={hrefAt({ step: unfinished })}
            onClick={opener(unfinished)}
            aria-label={
              nameOf(call)
                ? fill(callsMessages.continueLabel, { name })
                : callsMessages.continueLabelUnnamed
            }
          >
            {callsMessages.continueQuestions}
          </a>
        </p>
      )}
      <p className="muted">
        {fill(plural(state.done.length, callsMessages.ticked), { count: state.done.length })}
      </p>
      {renaming ? (
        <RenameForm call={call} onClose={closeRename} />
      ) : (
        <div className="button-row call-actions">
          {/* The clear way in; the name above is a link too (docs/contract.md §4). */}
          <a
            className="button"
            href={hrefAt({ view: 'results' })}
            onClick={opener()}
            aria-label={
              nameOf(call)
                ? fill(callsMessages.openLabel, { name })
                : callsMessages.openLabelUnnamed
            }
          >
            {callsMessages.open}
          </a>
          <button
            type="button"
            className="button button-secondary"
            ref={renameButton}
            aria-label={fill(renameMessages.renameLabel, { name })}
            onClick={() => {
              setReturnTo(null);
              setRenaming(true);
            }}
          >
            {renameMessages.rename}
          </button>
          <button
            type="button"
            className="button button-secondary"
            ref={deleteButton}
            data-action="delete-call"
            aria-label={fill(deleteMessages.deleteLabel, { name })}
            aria-expanded={asking}
            onClick={() => {
              setReturnTo(null);
              onAsk();
            }}
          >
            {deleteMessages.delete}
          </button>
        </div>
      )}
      {asking && (
        <AskFirst
          question={nameOf(call) ? fill(deleteMessages.ask, { name }) : deleteMessages.askUnnamed}
          confirm={deleteMessages.confirm}
          cancel={deleteMessages.cancel}
          onConfirm={onConfirm}
          onCancel={() => {
            onCancel();
            setReturnTo('delete');
          }}
        />
      )}
    </li>
  );
}

/** Renames a call in place: Enter saves, Escape cancels; an empty name is "Unnamed call". */
function RenameForm({ call, onClose }: { call: Call; onClose: () => void }) {
  const renameCall = useApp((s) => s.renameCall);
  const [value, setValue] = useState(call.company);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const result = renameCall(call.id, value.trim());
    if (result === 'ok') onClose();
    else if (result === 'full' || result === 'unavailable') setError(renameMessages.notSaved);
    else setError(renameMessages.invalid);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onClose();
  };

  return (
    <form className="rename-form" onSubmit={onSubmit}>
      <div className="field">
        <label htmlFor={`${id}-name`}>{renameMessages.field}</label>
        <p className="hint" id={`${id}-hint`}>
          {renameMessages.hint}
        </p>
        {error && (
          <p className="field-error" id={`${id}-error`} role="alert">
            {error}
          </p>
        )}
        <input
          id={`${id}-name`}
          ref={input}
          type="text"
          value={value}
          maxLength={MAX_NAME}
          autoComplete="organization"
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
          onChange={(event) => setValue(event.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button">
          {renameMessages.save}
        </button>
        <button type="button" className="button button-secondary" onClick={onClose}>
          {renameMessages.cancel}
        </button>
      </div>
    </form>
  );
}

/** What the call was, once recorded; else what it likely is by its answers, if any. */
function summaryOf(call: Call, answers: Answers): string {
  if (call.outcome === 'other') return callsMessages.outcomeOther;
  if (call.outcome) return fill(callsMessages.outcome, { title: findReason(call.outcome).title });
  if (!hasAnswers(answers)) return '';
  const result = classify(answers);
  const top = result.ranked[0];
  if (!top) return '';
  // As sure as the results page is, never more: a thin set of answers is only a guess.
  const words = result.confidence === 'low' ? callsMessages.guess : callsMessages.likely;
  return fill(words, { title: findReason(top.reason).title });
}
