import { useId, useState } from 'react';
import { fill, type Contact } from '../../domain/core.ts';
import type { CallDetails } from '../../state/calls.ts';
import { voicemailMessages as words } from '../messages/prep.ts';
import { useApp } from '../store-context.tsx';
import { copyText } from './copy-text.ts';

/**
 * The lines of a voicemail message, with the call's names where they are typed and, in square
 * brackets, what to say in your own words where they are not. Example: `['Hi Dana, this is
 * Sam.', 'I am returning your call about the Data analyst job at Acme.', …]`.
 */
export function voicemailLines(details: CallDetails, contact: Contact | undefined): string[] {
  const theirName = details.theirName.trim() || details.contactName.trim().split(/\s+/)[0] || '';
  const myName = details.myName.trim() || words.yourName;
  const role = details.role.trim();
  const company = details.company.trim();
  const about =
    role && company
      ? fill(words.about.roleAndCompany, { role, company })
      : role
        ? fill(words.about.role, { role })
        : company
          ? fill(words.about.company, { company })
          : '';
  const back =
    contact === 'email'
      ? words.back.email
      : contact === undefined || contact === 'unknown'
        ? words.back.unknown
        : words.back.call;
  return [
    theirName ? fill(words.hello, { theirName, myName }) : fill(words.helloNoName, { myName }),
    fill(back, { about }),
    words.number,
    words.free,
    words.bye,
  ];
}

/** What to say if the call back goes to their voicemail, ready to read out or copy. */
export function VoicemailScript() {
  const details = useApp((s) => s.details);
  const contact = useApp((s) => s.link.answers.contact);
  const [status, setStatus] = useState('');
  const id = useId();
  const lines = voicemailLines(details, contact);
  return (
    <section className="prep-block voicemail" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{words.heading}</h3>
      <p className="hint">{words.hint}</p>
      <blockquote className="voicemail-script">
        <p>{lines.join(' ')}</p>
      </blockquote>
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void copyText(lines.join(' '), words.copied).then(setStatus)}
        >
          {words.copy}
        </button>
      </div>
      <p role="status" className="status">
        {status}
      </p>
    </section>
  );
}
