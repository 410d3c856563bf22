import { useEffect, useState } from 'react';
import { findReason } from '../../domain/catalog/index.ts';
import type { RankedReason } from '../../domain/classify.ts';
import { fill, type ReasonId } from '../../domain/core.ts';
import { afterPaint } from '../after-paint.ts';
import { fillNodes } from '../fill-nodes.tsx';
import { frameMessages } from '../messages/frame.ts';
import { rankedMessages, resultsMessages } from '../messages/results.ts';
import { likelihoodLabel } from './evidence-text.ts';

/** A meaning's reasons in words come with what shows below the list, after it has painted. */
const loadWhy = () => import('./below-the-list.ts');
let loadedWhy: Awaited<ReturnType<typeof loadWhy>> | undefined;

function useWhy() {
  const [why, setWhy] = useState<typeof loadedWhy | 'failed'>(loadedWhy);
  useEffect(() => {
    if (loadedWhy) return;
    return afterPaint(() => {
      loadWhy().then(
        (module) => setWhy((loadedWhy = module)),
        () => setWhy('failed'),
      );
    });
  }, []);
  return why;
}

/** The ranked meanings (docs/contract.md §4): an ordered list, best first, with the reasons why. */
export function RankedList({
  ranked,
  percents,
  selected,
  onChoose,
}: {
  ranked: readonly RankedReason[];
  /** Whole percentages, in rank order, adding up to 100. */
  percents: readonly number[];
  selected: ReasonId;
  onChoose: (reason: ReasonId) => void;
}) {
  const why = useWhy();
  return (
    <ol className="ranked">
      {ranked.map((item, index) => {
        const reason = findReason(item.reason);
        const isSelected = item.reason === selected;
        // The label follows the figure shown, so "50%" never reads "possible".
        const shown = percents[index] ?? 0;
        return (
          <li
            key={item.reason}
            data-reason={item.reason}
            className={index < 3 ? 'ranked-top' : 'ranked-rest'}
          >
            <div className="ranked-head">
              <h3 className="ranked-title">{reason.title}</h3>
              <span className="ranked-figure">
                {fillNodes(rankedMessages.figure, {
                  percent: <strong>{fill(resultsMessages.percent, { percent: shown })}</strong>,
                  likelihood: <span>{likelihoodLabel(shown / 100)}</span>,
                })}
              </span>
            </div>
            {index < 3 && <p className="ranked-summary">{reason.summary}</p>}
            <details className="why no-print">
              <summary>{rankedMessages.why}</summary>
              {why === 'failed' ? (
                <p>{rankedMessages.whyFailed}</p>
              ) : why ? (
                <why.WhyList evidence={item.evidence} />
              ) : (
                <p>{frameMessages.loading}</p>
              )}
            </details>
            {isSelected ? (
              <p className="ranked-chosen no-print">{rankedMessages.chosen}</p>
            ) : (
              <button
                type="button"
                className="link-button no-print"
                onClick={() => onChoose(item.reason)}
              >
                {fillNodes(rankedMessages.showPrep, {
                  which: (
                    <span className="visually-hidden">
                      {fill(rankedMessages.showPrepWhich, { title: reason.title })}
                    </span>
                  ),
                })}
              </button>
            )}
          </li>
        );
      })}
    </ol>
  );
}
