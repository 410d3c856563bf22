import { useState } from 'react';
import { fill, type ChecklistItem, type Reason } from '../../domain/core.ts';
import { checklistMessages } from '../messages/prep.ts';
import { copyText } from './copy-text.ts';
import { useApp } from '../store-context.tsx';

/** Checklist items as real checkboxes (`data-item`), their ticks in the link (`done=`). */
export function ChecklistItems({ items }: { items: readonly ChecklistItem[] }) {
  const done = useApp((s) => s.link.done);
  const setDone = useApp((s) => s.setDone);
  return (
    <ul>
      {items.map((item) => (
        <li key={item.id} className="choice">
          <input
            type="checkbox"
            id={`item-${item.id}`}
            data-item={item.id}
            checked={done.includes(item.id)}
            onChange={(event) => setDone(item.id, event.target.checked)}
          />
          <label htmlFor={`item-${item.id}`}>{item.text}</label>
        </li>
      ))}
    </ul>
  );
}

/** The prep checklist: real checkboxes whose ticks live in the link (`done=`). */
export function Checklist({ reason }: { reason: Reason }) {
  const done = useApp((s) => s.link.done);
  const ticked = reason.checklist.filter((item) => done.includes(item.id)).length;
  const [status, setStatus] = useState('');
  const lines = reason.checklist.map((item) => ({ done: done.includes(item.id), text: item.text }));
  const plain = [
    fill(checklistMessages.copiedTitle, { title: reason.title }),
    ...lines.map((l) => `[${l.done ? 'x' : ' '}] ${l.text}`),
  ];
  const markdown = [
    fill(checklistMessages.copiedTitleMarkdown, { title: reason.title }),
    '',
    ...lines.map((l) => `- [${l.done ? 'x' : ' '}] ${l.text}`),
  ];
  return (
    <fieldset className="checklist" aria-describedby="checklist-progress">
      <legend>
        <h3>{checklistMessages.heading}</h3>
      </legend>
      <p id="checklist-progress" className="progress" role="status">
        {fill(checklistMessages.progress, { ticked, total: reason.checklist.length })}
      </p>
      <ChecklistItems items={reason.checklist} />
      <div className="button-row no-print">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void copyText(plain.join('\n'), checklistMessages.copied).then(setStatus)}
        >
          {checklistMessages.copy}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            void copyText(markdown.join('\n'), checklistMessages.copiedMarkdown).then(setStatus)
          }
        >
          {checklistMessages.copyMarkdown}
        </button>
      </div>
      <p role="status" className="status no-print">
        {status}
      </p>
    </fieldset>
  );
}
