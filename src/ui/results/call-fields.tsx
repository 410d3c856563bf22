import { fill, MAX_NAME } from '../../domain/core.ts';
import { telHref } from '../../domain/phone.ts';
import { MAX_PHONE } from '../../state/calls.ts';
import type { TextField } from '../../state/store.ts';
import { callFieldMessages } from '../messages/call-details.ts';
import { useApp } from '../store-context.tsx';

/** The contract's `data-field` hook of each field (docs/contract.md §4). */
const fields: {
  key: Exclude<TextField, 'notes' | 'theirName' | 'myName'>;
  hook: string;
  type: 'text' | 'tel';
  autoComplete: string;
  max: number;
}[] = [
  { key: 'company', hook: 'company', type: 'text', autoComplete: 'organization', max: MAX_NAME },
  { key: 'role', hook: 'role', type: 'text', autoComplete: 'organization-title', max: MAX_NAME },
  { key: 'contactName', hook: 'contact-name', type: 'text', autoComplete: 'off', max: MAX_NAME },
  { key: 'phone', hook: 'phone', type: 'tel', autoComplete: 'off', max: MAX_PHONE },
];

/**
 * The call's company, role, who called and their number: typed once, saved on this device with
 * the call, and used in the heading, the printed sheet, the calendar and the email.
 */
export function CallFields() {
  const details = useApp((s) => s.details);
  const setField = useApp((s) => s.setField);
  const tel = telHref(details.phone);
  return (
    <section className="call-fields" aria-labelledby="call-fields-title">
      <h2 id="call-fields-title">{callFieldMessages.heading}</h2>
      <p className="hint no-print" id="call-fields-hint">
        {callFieldMessages.hint}
      </p>
      <div className="name-fields no-print">
        {fields.map((field) => (
          <div className="field" key={field.key}>
            <label htmlFor={`call-${field.hook}`}>{callFieldMessages[field.key]}</label>
            <input
              id={`call-${field.hook}`}
              data-field={field.hook}
              type={field.type}
              autoComplete={field.autoComplete}
              maxLength={field.max}
              value={details[field.key]}
              onChange={(event) => setField(field.key, event.target.value)}
            />
          </div>
        ))}
      </div>
      {tel && (
        <p className="no-print">
          <a className="button button-secondary" href={tel}>
            {fill(callFieldMessages.callNumber, { phone: details.phone.trim() })}
          </a>
        </p>
      )}
      {/* Paper names the company and role in its header; who called and the number go here. */}
      <dl className="print-only print-call-details">
        {fields.slice(2).map(
          (field) =>
            details[field.key].trim() && (
              <div key={field.key}>
                <dt>{callFieldMessages[field.key]}</dt>
                <dd>{details[field.key]}</dd>
              </div>
            ),
        )}
      </dl>
    </section>
  );
}
