import { fill, type Reason, type ReasonId } from '../../domain/core.ts';
import { anyOfMessages as words, prepMessages } from '../messages/prep.ts';
import { ChecklistItems } from './checklist.tsx';

/**
 * The prep when the answers say little: what to say whatever the call is, then the two or
 * three things to do first for each of the likely few, each with a way into its full prep.
 * Its ticks are the same checklist items as the full preps', so nothing is ticked twice.
 */
export function ReadyForAny({
  ranked,
  onChoose,
}: {
  ranked: readonly { reason: Reason; percent: number }[];
  onChoose: (reason: ReasonId) => void;
}) {
  return (
    <>
      <p>
        {words.intro} <span className="no-print">{words.introScreen}</span>
      </p>
      <section className="prep-block" aria-labelledby="any-say-title">
        <h3 id="any-say-title">{words.sayHeading}</h3>
        <ol className="script">
          {words.say.map((line) => (
            <li key={line}>{fill(prepMessages.quoted, { line })}</li>
          ))}
        </ol>
      </section>
      {ranked.map(({ reason, percent }) => (
        <section
          key={reason.id}
          className="prep-block checklist"
          aria-labelledby={`any-${reason.id}-title`}
        >
          <h3 id={`any-${reason.id}-title`}>
            {fill(words.reasonHeading, { title: reason.title, percent: `${percent}%` })}
          </h3>
          <ChecklistItems items={reason.checklist.filter((item) => item.first)} />
          <button
            type="button"
            className="link-button no-print"
            onClick={() => onChoose(reason.id)}
            // Heard, not seen; a label, as the ranked list's own "Show how to get ready" is.
            aria-label={fill(words.fullPrep, {
              which: fill(words.fullPrepWhich, { title: reason.title }),
            })}
          >
            {fill(words.fullPrep, { which: '' })}
          </button>
        </section>
      ))}
    </>
  );
}
