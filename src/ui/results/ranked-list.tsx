import { findReason } from '../../domain/catalog/index.ts';
import type { RankedReason } from '../../domain/classify.ts';
import type { ReasonId } from '../../domain/core.ts';
import { evidenceText, likelihoodLabel, signed, strength } from './evidence-text.ts';

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
  return (
    <ol className="ranked">
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
            className={index < 3 ? 'ranked-top' : 'ranked-rest'}
          >
            <div className="ranked-head">
              <h3 className="ranked-title">{reason.title}</h3>
              <span className="ranked-figure">
                <strong>{shown}%</strong> <span>{likelihoodLabel(shown / 100)}</span>
              </span>
            </div>
            {index < 3 && <p className="ranked-summary">{reason.summary}</p>}
            <details className="why no-print">
              <summary>Why</summary>
              {item.evidence.length === 0 ? (
                <p>None of your answers moved this one. It rests on its starting point alone.</p>
              ) : (
                <>
                  {raised.length > 0 && <EvidenceList title="Pointing to it" items={raised} />}
                  {lowered.length > 0 && (
                    <EvidenceList title="Pointing away from it" items={lowered} />
                  )}
                </>
              )}
            </details>
            {isSelected ? (
              <p className="ranked-chosen no-print">Its prep is shown below.</p>
            ) : (
              <button
                type="button"
                className="link-button no-print"
                onClick={() => onChoose(item.reason)}
              >
                Show how to get ready for this
                <span className="visually-hidden">: {reason.title}</span>
              </button>
            )}
          </li>
        );
      })}
    </ol>
  );
}

function EvidenceList({ title, items }: { title: string; items: RankedReason['evidence'] }) {
  return (
    <>
      <p className="why-title">{title}:</p>
      <ul>
        {items.map((e) => (
          <li key={`${e.question}-${e.value}`}>
            {evidenceText(e)}{' '}
            <span className="muted">
              ({strength(e.weight)}, {signed(e.weight)})
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
