import type { Evidence } from '../../domain/classify.ts';
import { fill } from '../../domain/core.ts';
import { strengthOf } from '../../domain/likelihood.ts';
import { fillNodes } from '../fill-nodes.tsx';
import { whyMessages } from '../messages/why.ts';
import { answerPhrase, strengthPhrase, strongestFirst } from './why-text.ts';

/**
 * The inside of one meaning's "Why": the answers that pointed to it, then those that pointed
 * away, each strongest first, in words (no weights: the percentage is the only figure shown).
 */
export function WhyList({ evidence }: { evidence: readonly Evidence[] }) {
  const here = strongestFirst(evidence, 1);
  const away = strongestFirst(evidence, -1);
  if (here.length === 0 && away.length === 0) return <p>{whyMessages.none}</p>;
  return (
    <>
      {here.length > 0 && <Signs title={whyMessages.pointedHere} items={here} />}
      {away.length > 0 && <Signs title={whyMessages.pointedAway} items={away} />}
    </>
  );
}

/** A titled list of answers and how strongly each counts. Shared with "How it decides". */
export function Signs({
  title,
  items,
}: {
  title: string;
  items: readonly Pick<Evidence, 'question' | 'value' | 'weight'>[];
}) {
  return (
    <>
      <p className="why-title">{title}</p>
      <ul className="why-list">
        {items.map((e) => (
          <li key={`${e.question}-${e.value}`}>
            {/* The strength is in words just after; the bar only lets the eye compare. */}
            <span className="why-bar" data-strength={strengthOf(e.weight)} aria-hidden="true" />
            {fillNodes(whyMessages.line, {
              answer: answerPhrase(e.question, e.value),
              strength: (
                <span className="muted">
                  {fill(whyMessages.strength, { strength: strengthPhrase(e.weight) })}
                </span>
              ),
            })}
          </li>
        ))}
      </ul>
    </>
  );
}
