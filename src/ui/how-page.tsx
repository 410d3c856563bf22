import { reasons } from '../domain/catalog/index.ts';
import type { ReasonHead } from '../domain/catalog/reason-parts.ts';
import { HUMILITY } from '../domain/classify.ts';
import { weightsOf } from '../domain/signals.ts';
import { signed, strength, weightText } from './results/evidence-text.ts';
import { NavLink } from './nav-link.tsx';
import { PageHeading } from './page-heading.tsx';

/** Every weight of one reason, as evidence would show it. */
function weightsOfReason(reason: ReasonHead): { text: string; weight: number }[] {
  return weightsOf(reason.signals).map((w) => ({ weight: w.weight, text: weightText(w) }));
}

/** How it decides: the model in one paragraph, its honest limits, and every weight. */
export function HowPage() {
  return (
    <>
      <NavLink to={{ view: 'results' }} className="back-link">
        Back to the results
      </NavLink>
      <PageHeading>How Callback decides</PageHeading>
      <p className="lead">
        Each possible meaning starts from a base score. Every answer you give adds points to some
        meanings and takes points from others, using the weights listed below. The scores are then
        turned into percentages that add up to 100, and {Math.round(HUMILITY * 100)}% of the total
        is spread evenly over every meaning, in case our rules are wrong for your call. Answers you
        skip, or mark “Not sure”, change nothing.
      </p>
      <h2>What it cannot do</h2>
      <ul>
        <li>
          The weights are our own judgement of how hiring calls usually go, written down in the
          open. They are not statistics from real hiring data.
        </li>
        <li>
          It cannot know your employer, your interview or what was said. Treat the result as a way
          to get ready, not as a prediction.
        </li>
        <li>
          How sure it says it is depends on your answers. It says “low” whenever the top meaning is
          under 50%, and never says “high” unless you told it what they mentioned.
        </li>
      </ul>
      <h2>Every meaning and its weights</h2>
      {reasons.map((reason) => {
        const weights = weightsOfReason(reason).sort((a, b) => b.weight - a.weight);
        return (
          <section key={reason.id} className="how-reason" aria-labelledby={`how-${reason.id}`}>
            <h3 id={`how-${reason.id}`}>{reason.title}</h3>
            <p>
              {reason.summary} Starting score: {signed(reason.signals.base)}.
            </p>
            <ul className="weights">
              {weights.map((w) => (
                <li key={w.text}>
                  <span className="weight">{signed(w.weight)}</span> {w.text}{' '}
                  <span className="muted">
                    ({w.weight > 0 ? 'raises' : 'lowers'} it {strength(w.weight)})
                  </span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
