import { reasons } from '../domain/catalog/index.ts';
import type { ReasonHead } from '../domain/catalog/reason-parts.ts';
import { HUMILITY } from '../domain/classify.ts';
import { fill } from '../domain/core.ts';
import { weightsOf } from '../domain/signals.ts';
import { signed, strength, weightText } from './results/evidence-text.ts';
import { fillNodes } from './fill-nodes.tsx';
import { howMessages } from './messages/how.ts';
import { NavLink } from './nav-link.tsx';
import { PageHeading } from './page-heading.tsx';

/** Every weight of one reason, as evidence would show it. */
function weightsOfReason(reason: ReasonHead): { text: string; weight: number }[] {
  return weightsOf(reason.signals).map((w) => ({ weight: w.weight, text: weightText(w) }));
}

/** How it decides: the model in one paragraph, its honest limits, and every weight. */
export function HowPage() {
  const humility = fill(howMessages.percent, { percent: Math.round(HUMILITY * 100) });
  return (
    <>
      <NavLink to={{ view: 'results' }} className="back-link">
        {howMessages.back}
      </NavLink>
      <PageHeading>{howMessages.heading}</PageHeading>
      <p className="lead">{fill(howMessages.lead, { humility })}</p>
      <h2>{howMessages.limitsHeading}</h2>
      <ul>
        {howMessages.limits.map((limit) => (
          <li key={limit}>{limit}</li>
        ))}
      </ul>
      <h2>{howMessages.weightsHeading}</h2>
      {reasons.map((reason) => {
        const weights = weightsOfReason(reason).sort((a, b) => b.weight - a.weight);
        return (
          <section key={reason.id} className="how-reason" aria-labelledby={`how-${reason.id}`}>
            <h3 id={`how-${reason.id}`}>{reason.title}</h3>
            <p>
              {fill(howMessages.summary, {
                summary: reason.summary,
                score: signed(reason.signals.base),
              })}
            </p>
            <ul className="weights">
              {weights.map((w) => (
                <li key={w.text}>
                  {fillNodes(howMessages.weightLine, {
                    weight: <span className="weight">{signed(w.weight)}</span>,
                    answer: w.text,
                    effect: (
                      <span className="muted">
                        {fill(w.weight > 0 ? howMessages.raises : howMessages.lowers, {
                          strength: strength(w.weight),
                        })}
                      </span>
                    ),
                  })}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
