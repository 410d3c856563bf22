import { useId, useState } from 'react';
import { fill, type ChecklistItem, type Reason } from '../../domain/core.ts';
import { checklistMessages } from '../messages/prep.ts';
import { copyText } from './copy-text.ts';
import { useApp } from '../store-context.tsx';

/**
 * Checklist items as real checkboxes (`data-item`), their ticks in the link (`done=`).
 * `labelledBy` names the list, when it is one group of the checklist.
 */
export function ChecklistItems({
  items,
  labelledBy,
}: {
  items: readonly ChecklistItem[];
  labelledBy?: string;
}) {
  const done = useApp((s) => s.link.done);
  const setDone = useApp((s) => s.setDone);
  return (
    <ul aria-labelledby={labelledBy}>
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

/**
 * The prep checklist: real checkboxes whose ticks live in the link (`done=`). The two or three
 * that matter most come first, under "Do this first"; the rest follow.
 */
export function Checklist({ reason }: { reason: Reason }) {
  const id = useId();
  const done = useApp((s) => s.link.done);
  const ticked = reason.checklist.filter((item) => done.includes(item.id)).length;
  const [status, setStatus] = useState('');
  const first = reason.checklist.filter((item) => item.first);
  const rest = reason.checklist.filter((item) => !item.first);
  // A reason with none marked (or all) is one list, without group names.
  const groups =
    first.length > 0 && rest.length > 0
      ? [
          { key: 'first', heading: checklistMessages.firstHeading, items: first },
          { key: 'rest', heading: checklistMessages.restHeading, items: rest },
        ]
      : [{ key: 'all', heading: null, items: reason.checklist }];
  const box = (item: ChecklistItem) => (done.includes(item.id) ? 'x' : ' ');
  // The copies keep the groups, so what is pasted reads in the same order as the page.
  const plain = [
    fill(checklistMessages.copiedTitle, { title: reason.title }),
    ...groups.flatMap((group) => [
      ...(group.heading ? [`${group.heading}:`] : []),
      ...group.items.map((item) => `[${box(item)}] ${item.text}`),
    ]),
  ];
  const markdown = [
    fill(checklistMessages.copiedTitleMarkdown, { title: reason.title }),
    ...groups.flatMap((group) => [
      '',
      ...(group.heading ? [`### ${group.heading}`, ''] : []),
      ...group.items.map((item) => `- [${box(item)}] ${item.text}`),
    ]),
  ];
  return (
    <fieldset className="checklist" aria-describedby="checklist-progress">
      <legend>
        <h3>{checklistMessages.heading}</h3>
      </legend>
      <p id="checklist-progress" className="progress" role="status">
        {fill(checklistMessages.progress, { ticked, total: reason.checklist.length })}
      </p>
      {groups.map((group) =>
        group.heading ? (
          <div key={group.key} className={`checklist-group checklist-${group.key}`}>
            <h4 id={`${id}-${group.key}`} className="checklist-group-title">
              {group.heading}
            </h4>
            <ChecklistItems items={group.items} labelledBy={`${id}-${group.key}`} />
          </div>
        ) : (
          <ChecklistItems key={group.key} items={group.items} />
        ),
      )}
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
