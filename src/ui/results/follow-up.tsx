import { useId, useState, type ReactNode } from 'react';
import { fill, MAX_NAME, type Reason } from '../../domain/core.ts';
import type { TimelineEntry } from '../../state/calls.ts';
import { fillNodes } from '../fill-nodes.tsx';
import { followUpMessages as words, missingNames, nameFieldMessages } from '../messages/prep.ts';
import { resultsMessages } from '../messages/results.ts';
import { plural } from '../plural.ts';
import { useApp } from '../store-context.tsx';
import { copyText } from './copy-text.ts';
import {
  draftReply,
  namesIn,
  replyPieces,
  replyText,
  type AskedName,
  type ReplyName,
} from './reply-draft.ts';

const autoComplete: Record<AskedName, string> = {
  theirName: 'off',
  company: 'organization',
  myName: 'name',
};

/** Whether a "They called" line of the timeline is dated today, on this device's clock. */
function calledToday(timeline: readonly TimelineEntry[], now: Date): boolean {
  const today = now.toDateString();
  return timeline.some(
    (entry) => entry.kind === 'called' && new Date(entry.at).toDateString() === today,
  );
}

/**
 * A short email that fits what has happened: a reply to their message or missed call before
 * any talk, the meaning's own email after one. The names it uses are asked for above it, and a
 * blank one shows as a marked gap; the names stay on this device, never in the link.
 */
export function FollowUp({ reason }: { reason: Reason }) {
  const details = useApp((s) => s.details);
  const contact = useApp((s) => s.link.answers.contact);
  const setField = useApp((s) => s.setField);
  const [talkedChoice, setTalkedChoice] = useState<boolean | null>(null);
  const [status, setStatus] = useState('');
  const id = useId();

  // Noting what the call turned out to be means they have talked, unless they say otherwise.
  const talked = contact === 'spoke' || (talkedChoice ?? details.outcome !== undefined);
  const draft = draftReply(reason.reply, {
    contact,
    talked,
    calledToday: calledToday(details.timeline, new Date()),
  });
  const names: Record<ReplyName, string> = {
    // Greets whoever called by their first name unless another name is typed for the email.
    theirName: details.theirName.trim() || details.contactName.trim().split(/\s+/)[0] || '',
    company: details.company.trim(),
    role: details.role.trim(),
    myName: details.myName.trim(),
  };
  const used = namesIn(draft);
  // Until a name of theirs is typed, a hint under the field's label says which name the email
  // uses and where it comes from. Not a placeholder: grey text in an empty field reads as
  // nothing typed, or as something already typed, and is gone once typing starts.
  const hints: Partial<Record<AskedName, string>> = {
    theirName:
      !details.theirName.trim() && names.theirName
        ? fill(words.theirNameFromContact, { name: names.theirName })
        : undefined,
  };
  const missing = used.filter((name) => !names[name]);
  const { subject, body } = replyText(draft, names);
  const mailto = `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;

  /** A template with its names: typed ones as typed, blank ones as a marked gap to fill. */
  const filled = (template: string): ReactNode =>
    replyPieces(template).map((piece, index) => {
      if (index % 2 === 0) return piece;
      const value = names[piece as ReplyName];
      if (value) return value;
      if (piece === 'role') return words.roleFallback;
      return (
        <span className="gap" key={index}>
          {fill(words.gap, { name: missingNames[piece as AskedName] })}
        </span>
      );
    });

  const copy = () =>
    void copyText(
      fill(words.copyText, { subject, body }),
      missing.length === 0
        ? words.copied
        : fill(plural(missing.length, words.copiedMissing), {
            count: missing.length,
            missing: missing.map((name) => missingNames[name]).join(', '),
          }),
    ).then(setStatus);

  return (
    <section className="follow-up no-print" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{words.heading}</h2>
      <p className="hint">{words.hint}</p>
      {contact !== 'spoke' && (
        <fieldset className="talked">
          <legend>{words.spokenQuestion}</legend>
          <div className="choices">
            {([false, true] as const).map((answer) => (
              <div className="choice" key={String(answer)}>
                <input
                  type="radio"
                  id={`${id}-talked-${answer}`}
                  name={`${id}-talked`}
                  checked={talked === answer}
                  onChange={() => setTalkedChoice(answer)}
                />
                <label htmlFor={`${id}-talked-${answer}`}>
                  {answer ? words.spokenYes : words.spokenNo}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      )}
      {used.length > 0 && (
        // Above the email, not inside its sentences: a field in mid-sentence breaks the line
        // on a narrow phone screen and reads oddly to a screen reader.
        <fieldset className="email-names">
          <legend>{words.namesLegend}</legend>
          <div className="name-fields">
            {used.map((name) => (
              <div className="field" key={name}>
                <label htmlFor={`${id}-${name}`}>{nameFieldMessages[name]}</label>
                {hints[name] && (
                  <p className="hint" id={`${id}-${name}-hint`}>
                    {hints[name]}
                  </p>
                )}
                <input
                  id={`${id}-${name}`}
                  type="text"
                  autoComplete={autoComplete[name]}
                  maxLength={MAX_NAME}
                  value={details[name]}
                  aria-describedby={hints[name] ? `${id}-${name}-hint` : undefined}
                  onChange={(event) => setField(name, event.target.value)}
                />
              </div>
            ))}
          </div>
        </fieldset>
      )}
      <div className="email-preview" data-reply="" aria-label={words.preview} role="group">
        <p>
          {fillNodes(resultsMessages.labelled, {
            label: <strong>{words.subjectLabel}</strong>,
            text: filled(draft.subject),
          })}
        </p>
        <div className="email-body">
          {draft.paragraphs.map((paragraph, index) => (
            <p key={index}>{filled(paragraph)}</p>
          ))}
        </div>
      </div>
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={copy}>
          {words.copy}
        </button>
        <a className="button button-secondary" href={mailto}>
          {words.openInEmail}
        </a>
      </div>
      <p role="status" className="status">
        {status}
      </p>
    </section>
  );
}
