import { useMemo } from 'react';
import { bestQuestionToAsk, describeSwap, whatWouldSwap } from '../../domain/explain.ts';
import { fill, type Answers } from '../../domain/core.ts';
import { fillNodes } from '../fill-nodes.tsx';
import { insightMessages } from '../messages/prep.ts';
import { resultsMessages } from '../messages/results.ts';

/**
 * What would change the picture, and the one question that best tells the top two meanings
 * apart. Both come from the model, so they always agree with the ranking above.
 */
export function Insight({ answers }: { answers: Answers }) {
  // Each tries many answer changes; ticking a checklist item must not redo that work.
  const swap = useMemo(() => whatWouldSwap(answers), [answers]);
  const ask = useMemo(() => bestQuestionToAsk(answers), [answers]);
  if (!swap && !ask) return null;
  return (
    <section className="insight no-print" aria-labelledby="insight-title">
      <h2 id="insight-title">{insightMessages.heading}</h2>
      {swap && (
        <p>
          {fillNodes(resultsMessages.labelled, {
            label: <strong>{insightMessages.swapLabel}</strong>,
            text: describeSwap(swap),
          })}
        </p>
      )}
      {ask && (
        <div className="ask">
          <p>
            {fillNodes(resultsMessages.labelled, {
              label: <strong>{insightMessages.askLabel}</strong>,
              text: fill(insightMessages.askQuestion, { question: ask.question }),
            })}
          </p>
          <p className="muted">{ask.why}</p>
        </div>
      )}
    </section>
  );
}
