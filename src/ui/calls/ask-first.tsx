import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { undoMessages } from '../messages/calls.ts';

/** What an action did, shown where it was done; `undo` offers to bring back what went. */
export interface Outcome {
  /** Where the person was looking: under the list, by Restore, or by Clear all data. */
  place: 'list' | 'restore' | 'clear';
  /** What happened, one sentence a line. */
  lines: string[];
  /** An undo button: after deleting one call, or clearing them all. */
  undo?: 'one' | 'all';
  /** Set when nothing was done (a refused file, a blocked storage): it looks like a warning. */
  failed?: boolean;
  /** A new number for every outcome, so the same words said again take focus again. */
  serial: number;
}

/** How an outcome is told besides its words: with an undo button, or as a failure. */
export type Tell = Pick<Outcome, 'undo' | 'failed'>;

/**
 * A question before something that cannot simply be taken back, shown right where it was
 * asked for. The question takes focus (not the button, so a second press of Enter or Space
 * does not confirm by accident); Tab reaches the confirm button next.
 */
export function AskFirst({
  question,
  confirm,
  cancel,
  onConfirm,
  onCancel,
  children,
  deletes = true,
}: {
  question: ReactNode;
  confirm: string;
  cancel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** More about what will happen, under the question. */
  children?: ReactNode;
  /** Whether confirming deletes something (a red button); restoring only adds. */
  deletes?: boolean;
}) {
  const id = useId();
  const ref = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => ref.current?.focus(), []);
  return (
    <div className="ask-first" role="group" aria-labelledby={id}>
      <p id={id} tabIndex={-1} ref={ref} className="ask-first-question">
        {question}
      </p>
      {children}
      <div className="button-row">
        <button
          type="button"
          className={deletes ? 'button button-danger' : 'button'}
          data-action="confirm"
          onClick={onConfirm}
        >
          {confirm}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {cancel}
        </button>
      </div>
    </div>
  );
}

/**
 * What an action did, said where the person is looking, with focus moved to it so a screen
 * reader reads it at once and the next Tab reaches its undo button.
 */
export function OutcomeBox({ outcome, onUndo }: { outcome: Outcome; onUndo?: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  // In the same commit as the words, so focus and the words it lands on arrive together.
  useLayoutEffect(() => ref.current?.focus(), [outcome.serial]);
  return (
    <div className={outcome.failed ? 'outcome outcome-failed' : 'outcome'} tabIndex={-1} ref={ref}>
      {outcome.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {outcome.undo && onUndo && (
        <button
          type="button"
          className="button button-secondary"
          data-action="undo"
          onClick={onUndo}
        >
          {outcome.undo === 'one' ? undoMessages.undoOne : undoMessages.undoAll}
        </button>
      )}
    </div>
  );
}
