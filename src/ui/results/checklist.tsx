import { useState } from 'react';
import type { Reason } from '../../domain/core.ts';
import { copyText } from './copy-text.ts';
import { useApp } from '../store-context.tsx';

/** The prep checklist: real checkboxes whose ticks live in the link (`done=`). */
export function Checklist({ reason }: { reason: Reason }) {
  const done = useApp((s) => s.link.done);
  const setDone = useApp((s) => s.setDone);
  const ticked = reason.checklist.filter((item) => done.includes(item.id)).length;
  const [status, setStatus] = useState('');
  const lines = reason.checklist.map((item) => ({ done: done.includes(item.id), text: item.text }));
  const plain = [
    `Prep checklist: ${reason.title}`,
    ...lines.map((l) => `[${l.done ? 'x' : ' '}] ${l.text}`),
  ];
  const markdown = [
    `## Prep checklist: ${reason.title}`,
    '',
    ...lines.map((l) => `- [${l.done ? 'x' : ' '}] ${l.text}`),
  ];
  return (
    <fieldset className="checklist" aria-describedby="checklist-progress">
      <legend>
        <h3>Your prep checklist</h3>
      </legend>
      <p id="checklist-progress" className="progress" role="status">
        {ticked} of {reason.checklist.length} done
      </p>
      <ul>
        {reason.checklist.map((item) => (
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
      <div className="button-row no-print">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void copyText(plain.join('\n'), 'Checklist copied.').then(setStatus)}
        >
          Copy checklist
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            void copyText(markdown.join('\n'), 'Checklist copied as Markdown.').then(setStatus)
          }
        >
          Copy as Markdown
        </button>
      </div>
      <p role="status" className="status no-print">
        {status}
      </p>
    </fieldset>
  );
}
