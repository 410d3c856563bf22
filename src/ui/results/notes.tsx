import { MAX_NOTES } from '../../state/storage.ts';
import { notesMessages } from '../messages/results.ts';
import { useApp } from '../store-context.tsx';

/** Private notes for the call: saved on this device only, printed on the sheet, never linked. */
export function Notes() {
  const notes = useApp((s) => s.notes);
  const setNotes = useApp((s) => s.setNotes);
  return (
    <section className="notes">
      <h2>
        <label id="notes-label" htmlFor="notes">
          {notesMessages.label}
        </label>
      </h2>
      <p className="hint" id="notes-hint">
        {notesMessages.hint}
      </p>
      <textarea
        id="notes"
        className="no-print"
        rows={6}
        maxLength={MAX_NOTES}
        value={notes}
        aria-describedby="notes-hint"
        onChange={(event) => setNotes(event.target.value)}
      />
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
