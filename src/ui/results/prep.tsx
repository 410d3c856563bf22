import { etiquette, type Reason } from '../../domain/index.ts';
import { Checklist } from './checklist.tsx';

/** Everything to get ready for one reason: meaning, checklist, words to use, questions. */
export function Prep({ reason }: { reason: Reason }) {
  return (
    <>
      <section className="prep-block no-print" aria-labelledby="meaning-title">
        <h3 id="meaning-title">What it may mean</h3>
        {reason.meaning.map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
      </section>
      <Checklist reason={reason} />
      <section className="prep-block no-print" aria-labelledby="at-hand-title">
        <h3 id="at-hand-title">Have at hand</h3>
        <ul>
          {reason.haveAtHand.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <section className="prep-block" aria-labelledby="say-title">
        <h3 id="say-title">How to answer, and what to say</h3>
        <p>{reason.howToAnswer}</p>
        <ol className="script">
          {reason.script.map((line) => (
            <li key={line}>“{line}”</li>
          ))}
        </ol>
      </section>
      <section className="prep-block" aria-labelledby="ask-title">
        <h3 id="ask-title">Questions to ask them</h3>
        <ul>
          {reason.questions.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <section className="prep-block no-print" aria-labelledby="avoid-title">
        <h3 id="avoid-title">What to avoid</h3>
        <ul>
          {reason.avoid.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <section className="prep-block no-print" aria-labelledby="etiquette-title">
        <h3 id="etiquette-title">{etiquette.title}</h3>
        <ul>
          {etiquette.tips.map((tip) => (
            <li key={tip}>{tip}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
