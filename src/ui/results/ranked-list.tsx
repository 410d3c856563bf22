import { useId, useState } from 'react';
import { findReason } from '../../domain/catalog/index.ts';
import type { RankedReason } from '../../domain/classify.ts';
import { fill, type ReasonId } from '../../domain/core.ts';
import { fillNodes } from '../fill-nodes.tsx';
import { rankedMessages, resultsMessages } from '../messages/results.ts';
import { evidenceText, likelihoodLabel, signed, strength } from './evidence-text.ts';

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
  onChoose,
}: {
  ranked: readonly RankedReason[];
  /** Whole percentages, in rank order, adding up to 100. */
  percents: readonly number[];
  /** The meaning whose prep is shown; none while "be ready for any of these" is. */
  selected: ReasonId | undefined;
  /** The answers say little: the top one is a guess, and its label says so. */
  bestGuess: boolean;
  onChoose: (reason: ReasonId) => void;
}) {
  const id = useId();
  // A prep chosen beyond the few (from a shared link, say) opens with every meaning shown.
  const [all, setAll] = useState(() => ranked.findIndex((r) => r.reason === selected) >= FEW);
  return (
    <>
      <ol className="ranked" id={id}>
        {ranked.map((item, index) => {
          const reason = findReason(item.reason);
          const raised = item.evidence.filter((e) => e.weight > 0);
          const lowered = item.evidence.filter((e) => e.weight < 0);
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
                <h3 className="ranked-title">{reason.title}</h3>
                <span className="ranked-figure">
                  {fillNodes(rankedMessages.figure, {
                    percent: <strong>{fill(resultsMessages.percent, { percent: shown })}</strong>,
                    // Never "unlikely" beside a headline that calls it our best guess.
                    likelihood: (
                      <span>
                        {index === 0 && bestGuess
                          ? rankedMessages.bestGuess
                          : likelihoodLabel(shown / 100)}
                      </span>
                    ),
                  })}
                </span>
              </div>
              {index < FEW && <p className="ranked-summary">{reason.summary}</p>}
              <details className="why no-print">
                <summary>{rankedMessages.why}</summary>
                {item.evidence.length === 0 ? (
                  <p>{rankedMessages.noEvidence}</p>
                ) : (
                  <>
                    {raised.length > 0 && (
                      <EvidenceList title={rankedMessages.pointingTo} items={raised} />
                    )}
                    {lowered.length > 0 && (
                      <EvidenceList title={rankedMessages.pointingAway} items={lowered} />
                    )}
                  </>
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
      {ranked.length > FEW && (
        <button
          type="button"
          className="link-button no-print"
          aria-expanded={all}
          aria-controls={id}
          onClick={() => setAll(!all)}
        >
          {all ? rankedMessages.showFew : fill(rankedMessages.showAll, { count: ranked.length })}
        </button>
      )}
    </>
  );
}

function EvidenceList({ title, items }: { title: string; items: RankedReason['evidence'] }) {
  return (
    <>
      <p className="why-title">{title}</p>
      <ul>
        {items.map((e) => (
          <li key={`${e.question}-${e.value}`}>
            {fillNodes(rankedMessages.evidenceLine, {
              evidence: evidenceText(e),
              weight: (
                <span className="muted">
                  {fill(rankedMessages.evidenceWeight, {
                    strength: strength(e.weight),
                    signed: signed(e.weight),
                  })}
                </span>
              ),
            })}
          </li>
        ))}
      </ul>
    </>
  );
}
