import { pageLocale } from '../language.ts';
import { fill } from '../../domain/core.ts';
import { MAX_NOTES } from '../../state/storage.ts';
import { notesMessages } from '../messages/call-details.ts';
import { useApp } from '../store-context.tsx';

/** Private notes for the call: saved on this device only, printed on the sheet, never linked. */
export function Notes() {
  const notes = useApp((s) => s.details.notes);
  const tooLong = useApp((s) => s.saveRefused === 'notes-too-long');
  const setField = useApp((s) => s.setField);
  return (
    <section className="notes">
      <h2>
        <label id="notes-label" htmlFor="notes">
          {notesMessages.label}
        </label>
      </h2>
      <p className="hint no-print" id="notes-hint">
        {notesMessages.hint}
      </p>
      {/* No maxLength: a browser cuts a long paste to it without a word. Over the limit, the
          text stays here whole and the message below says it was not saved. */}
      <textarea
        id="notes"
        data-field="notes"
        className="no-print"
        rows={6}
        value={notes}
        aria-describedby={tooLong ? 'notes-hint notes-error' : 'notes-hint'}
        aria-invalid={tooLong || undefined}
        onChange={(event) => setField('notes', event.target.value)}
      />
      {tooLong && (
        <p id="notes-error" role="alert" className="field-error no-print">
          {fill(notesMessages.tooLong, { max: MAX_NOTES.toLocaleString(pageLocale()) })}
        </p>
      )}
      {/* Paper gets the notes as text, then lines to write on. */}
      <div className="print-only print-notes">
        {notes && <p className="print-notes-text">{notes}</p>}
        {Array.from({ length: notes ? 4 : 7 }, (_, i) => (
          <div key={i} className="write-line" />
        ))}
      </div>
    </section>
  );
}
