import { useState } from 'react';
import { fillReply } from '../../domain/reply.ts';
import { fill, MAX_NAME, type Reason, type ReplyPlaceholder } from '../../domain/core.ts';
import { fillNodes } from '../fill-nodes.tsx';
import { followUpMessages, nameFieldMessages } from '../messages/prep.ts';
import { resultsMessages } from '../messages/results.ts';
import { useApp } from '../store-context.tsx';
import { copyText } from './copy-text.ts';

const fields: { key: ReplyPlaceholder; autoComplete: string }[] = [
  { key: 'theirName', autoComplete: 'off' },
  { key: 'company', autoComplete: 'organization' },
  { key: 'role', autoComplete: 'off' },
  { key: 'myName', autoComplete: 'name' },
];

/** A short email to send after the call, filled with names typed here and kept on this device. */
export function FollowUp({ reason }: { reason: Reason }) {
  const names = useApp((s) => s.names);
  const setName = useApp((s) => s.setName);
  const [status, setStatus] = useState('');
  const { subject, body } = fillReply(reason.reply, names);
  const mailto = `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  return (
    <section className="follow-up no-print" aria-labelledby="follow-up-title">
      <h2 id="follow-up-title">{followUpMessages.heading}</h2>
      <p className="hint">{followUpMessages.hint}</p>
      <div className="name-fields">
        {fields.map((field) => (
          <div className="field" key={field.key}>
            <label htmlFor={`name-${field.key}`}>{nameFieldMessages[field.key]}</label>
            <input
              id={`name-${field.key}`}
              type="text"
              autoComplete={field.autoComplete}
              maxLength={MAX_NAME}
              value={names[field.key] ?? ''}
              onChange={(event) => setName(field.key, event.target.value)}
            />
          </div>
        ))}
      </div>
      <div className="email-preview" aria-label={followUpMessages.preview}>
        <p>
          {fillNodes(resultsMessages.labelled, {
            label: <strong>{followUpMessages.subjectLabel}</strong>,
            text: subject,
          })}
        </p>
        <p className="email-body">{body}</p>
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            void copyText(
              fill(followUpMessages.copyText, { subject, body }),
              followUpMessages.copied,
            ).then(setStatus)
          }
        >
          {followUpMessages.copy}
        </button>
        <a className="button button-secondary" href={mailto}>
          {followUpMessages.openInEmail}
        </a>
      </div>
      <p role="status" className="status">
        {status}
      </p>
    </section>
  );
}
