import { useEffect, useId, useRef, useState, type ComponentType } from 'react';
import { findReason } from '../../domain/catalog/index.ts';
import type { Evidence, RankedReason } from '../../domain/classify.ts';
import { fill, type ReasonId } from '../../domain/core.ts';
import { fillNodes } from '../fill-nodes.tsx';
import { frameMessages } from '../messages/frame.ts';
import { rankedMessages, resultsMessages } from '../messages/results.ts';
import { likelihoodLabel } from './evidence-text.ts';

/** How many meanings show before "Show all": the likely few. */
const FEW = 3;

/**
 * The ranked meanings (docs/contract.md §4): one ordered list, best first, with the reasons
 * why. The likely few show; the rest wait behind "Show all", still in the list, in rank order.
 */
export function RankedList({
  ranked,
  percents,
  selected,
  bestGuess,
  why,
  onChoose,
}: {
  ranked: readonly RankedReason[];
  /** Whole percentages, in rank order, adding up to 100. */
  percents: readonly number[];
  /** The meaning whose prep is shown; none while "be ready for any of these" is. */
  selected: ReasonId | undefined;
  /** The answers say little: the top one is a guess, and its label says so. */
  bestGuess: boolean;
  /**
   * What shows inside each "Why", which comes with the code below the list: `null` while it
   * comes, `'failed'` when it cannot.
   */
  why: ComponentType<{ evidence: readonly Evidence[] }> | null | 'failed';
  onChoose: (reason: ReasonId) => void;
}) {
  const id = useId();
  // A prep chosen beyond the few (from a shared link, say) opens with every meaning shown.
  const [all, setAll] = useState(() => ranked.findIndex((r) => r.reason === selected) >= FEW);
  // "Show all" takes focus to the first meaning it showed, so Tab goes on through them.
  const firstMore = useRef<HTMLHeadingElement>(null);
  const showing = useRef(false);
  useEffect(() => {
    if (!showing.current) return;
    showing.current = false;
    firstMore.current?.focus();
  }, [all]);
  const Why = why === 'failed' ? null : why;
  return (
    <>
      <ol className="ranked" id={id}>
        {ranked.map((item, index) => {
          const reason = findReason(item.reason);
          const isSelected = item.reason === selected;
          // The label follows the figure shown, so "50%" never reads "possible".
          const shown = percents[index] ?? 0;
          return (
            <li
              key={item.reason}
              data-reason={item.reason}
              className={index < FEW ? 'ranked-top' : 'ranked-rest'}
              hidden={!all && index >= FEW}
            >
              <div className="ranked-head">
                <h3
                  className="ranked-title"
                  tabIndex={index === FEW ? -1 : undefined}
                  ref={index === FEW ? firstMore : undefined}
                >
                  {reason.title}
                </h3>
                <span className="ranked-figure">
                  {fillNodes(rankedMessages.figure, {
                    percent: <strong>{fill(resultsMessages.percent, { percent: shown })}</strong>,
                    // Never "unlikely" beside a headline that calls it our best guess.
                    likelihood: (
                      <span>
                        {bestGuess && index < FEW
                          ? index === 0
                            ? rankedMessages.bestGuess
                            : rankedMessages.alsoPossible
                          : likelihoodLabel(shown / 100)}
                      </span>
                    ),
                  })}
                </span>
              </div>
              {index < FEW && <p className="ranked-summary">{reason.summary}</p>}
              <details className="why no-print">
                <summary>{rankedMessages.why}</summary>
                {Why ? (
                  <Why evidence={item.evidence} />
                ) : (
                  <p>{why === 'failed' ? rankedMessages.whyFailed : frameMessages.loading}</p>
                )}
              </details>
              {isSelected ? (
                <p className="ranked-chosen no-print">{rankedMessages.chosen}</p>
              ) : (
                <button
                  type="button"
                  className="link-button no-print"
                  onClick={() => onChoose(item.reason)}
                  // The meaning's name is heard, not seen. A label, not hidden text: Chromium
                  // reads a space before hidden text, as in "for this : Another interview".
                  aria-label={fill(rankedMessages.showPrep, {
                    which: fill(rankedMessages.showPrepWhich, { title: reason.title }),
                  })}
                >
                  {fill(rankedMessages.showPrep, { which: '' })}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {ranked.length > FEW && (
        <button
          type="button"
          className="link-button no-print"
          aria-expanded={all}
          aria-controls={id}
          onClick={() => {
            showing.current = !all;
            setAll(!all);
          }}
        >
          {all ? rankedMessages.showFew : fill(rankedMessages.showAll, { count: ranked.length })}
        </button>
      )}
    </>
  );
}
