import { useState } from 'react';
import { fillReply } from '../../domain/reply.ts';
import { fill, MAX_NAME, type Reason } from '../../domain/core.ts';
import { fillNodes } from '../fill-nodes.tsx';
import { followUpMessages, nameFieldMessages } from '../messages/prep.ts';
import { resultsMessages } from '../messages/results.ts';
import { useApp } from '../store-context.tsx';
import { copyText } from './copy-text.ts';

// The company and the role are typed once, in "About this call", and used here too.
const fields: { key: 'theirName' | 'myName'; autoComplete: string }[] = [
  { key: 'theirName', autoComplete: 'off' },
  { key: 'myName', autoComplete: 'name' },
];

/** A short email to send after the call, filled with names typed here and kept on this device. */
export function FollowUp({ reason }: { reason: Reason }) {
  const details = useApp((s) => s.details);
  const setField = useApp((s) => s.setField);
  const [status, setStatus] = useState('');
  const { subject, body } = fillReply(reason.reply, {
    // Greets whoever called by their first name unless another name is typed for the email.
    theirName: details.theirName || details.contactName.trim().split(/\s+/)[0],
    company: details.company,
    role: details.role,
    myName: details.myName,
  });
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
              value={details[field.key]}
              onChange={(event) => setField(field.key, event.target.value)}
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
