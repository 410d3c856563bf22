import { useEffect, useId, useRef, useState } from 'react';
import { fill } from '../../domain/core.ts';
import { phoneOfferMessages } from '../messages/phone-offer.ts';
import { useApp } from '../store-context.tsx';

/*
 * The offer of a number found in pasted text as the call-back number. It loads with the paste
 * reader and the number finder (src/ui/wizard/paste-box.tsx), never with the first page.
 */

/**
 * The numbers found in the text, each offered as the call's call-back number: saved on this
 * device with the call (`setField`), never put into the link. A number the call already has is
 * named, not offered; one that would replace another says which.
 */
export function PhoneOffer({
  numbers,
  numberKey,
}: {
  /** As written in the text. Example: `['555-010-0200']`. */
  numbers: readonly string[];
  /** One number written two ways gets one key: `'555-0100'` and `'555 0100'`. */
  numberKey: (number: string) => string;
}) {
  const phone = useApp((s) => s.details.phone);
  const setField = useApp((s) => s.setField);
  const notKept = useApp((s) => s.storageFailureTold);
  // The number just saved here, so its line says "Saved" rather than "already saved".
  const [saved, setSaved] = useState<string | null>(null);
  const savedNote = useRef<HTMLParagraphElement>(null);
  const id = useId();
  const current = phone.trim();
  const isCurrent = (number: string) => current !== '' && numberKey(number) === numberKey(current);

  // The pressed button is gone once its number is saved: keyboard focus goes to the line that
  // says so (and a screen reader reads it there) instead of falling back to the page.
  useEffect(() => {
    if (saved !== null) savedNote.current?.focus();
  }, [saved]);

  const line = (number: string) => {
    if (!isCurrent(number)) {
      return (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setField('phone', number);
            setSaved(number);
          }}
        >
          {current
            ? fill(phoneOfferMessages.replace, { number, old: current })
            : fill(phoneOfferMessages.use, { number })}
        </button>
      );
    }
    if (saved !== null && numberKey(saved) === numberKey(number)) {
      return (
        <p ref={savedNote} tabIndex={-1}>
          {fill(notKept ? phoneOfferMessages.savedForNow : phoneOfferMessages.saved, { number })}
        </p>
      );
    }
    return <p>{fill(phoneOfferMessages.already, { number })}</p>;
  };

  const [only] = numbers;
  return (
    <section aria-labelledby={`${id}-phone`}>
      <h3 id={`${id}-phone`}>{phoneOfferMessages.heading}</h3>
      {only !== undefined && numbers.length === 1 ? (
        <>
          {!isCurrent(only) && <p>{fill(phoneOfferMessages.foundOne, { number: only })}</p>}
          {line(only)}
        </>
      ) : (
        <>
          <p>{fill(phoneOfferMessages.foundMany, { count: numbers.length })}</p>
          <ul>
            {numbers.map((number) => (
              <li key={number}>{line(number)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
