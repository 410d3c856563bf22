import { useMemo } from 'react';
import { bestQuestionToAsk, describeSwap, whatWouldSwap } from '../../domain/explain.ts';
import type { Answers } from '../../domain/core.ts';

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
      <h2 id="insight-title">What could tip the balance</h2>
      {swap && (
        <p>
          <strong>What would change the picture:</strong> {describeSwap(swap)}
        </p>
      )}
      {ask && (
        <div className="ask">
          <p>
            <strong>Ask this on the call:</strong> “{ask.question}”
          </p>
          <p className="muted">{ask.why}</p>
        </div>
      )}
    </section>
  );
}
