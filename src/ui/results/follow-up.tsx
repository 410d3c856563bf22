import { useState } from 'react';
import { fillReply } from '../../domain/reply.ts';
import { MAX_NAME, type Reason, type ReplyPlaceholder } from '../../domain/core.ts';
import { useApp } from '../store-context.tsx';
import { copyText } from './copy-text.ts';

const fields: { key: ReplyPlaceholder; label: string; autoComplete: string }[] = [
  { key: 'theirName', label: 'Their name', autoComplete: 'off' },
  { key: 'company', label: 'Company', autoComplete: 'organization' },
  { key: 'role', label: 'Job title', autoComplete: 'off' },
  { key: 'myName', label: 'Your name', autoComplete: 'name' },
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
      <h2 id="follow-up-title">After the call: a short email</h2>
      <p className="hint">
        Add the names and it fills them in. They stay on this device and never go into the link.
      </p>
      <div className="name-fields">
        {fields.map((field) => (
          <div className="field" key={field.key}>
            <label htmlFor={`name-${field.key}`}>{field.label}</label>
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
      <div className="email-preview" aria-label="The email">
        <p>
          <strong>Subject:</strong> {subject}
        </p>
        <p className="email-body">{body}</p>
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            void copyText(`Subject: ${subject}\n\n${body}`, 'Email copied.').then(setStatus)
          }
        >
          Copy
        </button>
        <a className="button button-secondary" href={mailto}>
          Open in email
        </a>
      </div>
      <p role="status" className="status">
        {status}
      </p>
    </section>
  );
}
