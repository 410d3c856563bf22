import { useEffect, useMemo, useRef, useState } from 'react';
import { findReason } from '../../domain/catalog/index.ts';
import { classify } from '../../domain/classify.ts';
import { fill, formatLink, QUESTION_KEYS } from '../../domain/core.ts';
import { answerText, questionName } from '../answer-text.ts';
import { fillNodes } from '../fill-nodes.tsx';
import { frameMessages } from '../messages/frame.ts';
import {
  actionMessages,
  confidenceMessages,
  printMessages,
  resultsMessages,
} from '../messages/results.ts';
import { NavLink } from '../nav-link.tsx';
import { PageHeading } from '../page-heading.tsx';
import { useApp } from '../store-context.tsx';
import { wholePercents } from './evidence-text.ts';
import { Notes } from './notes.tsx';
import { Prep } from './prep.tsx';
import { Calendar } from './calendar.tsx';
import { copyText } from './copy-text.ts';
import { FollowUp } from './follow-up.tsx';
import { Insight } from './insight.tsx';
import { RankedList } from './ranked-list.tsx';

/**
 * Every reason's prep (most of the catalog's words), fetched once the ranked list is on screen
 * so that a bookmarked results link shows its list without waiting for them.
 */
const loadPreps = () => import('../../domain/catalog/prep/index.ts');
type Preps = Awaited<ReturnType<typeof loadPreps>>['preps'];
/** Kept once loaded, so coming back to the results shows the prep at once. */
let loadedPreps: Preps | undefined;

/** The preps once they are here; `null` while they come, `'failed'` if they cannot. */
function usePreps(): Preps | null | 'failed' {
  const [preps, setPreps] = useState<Preps | null | 'failed'>(loadedPreps ?? null);
  useEffect(() => {
    if (loadedPreps) return;
    let live = true;
    loadPreps().then(
      (module) => {
        loadedPreps = module.preps;
        if (live) setPreps(module.preps);
      },
      () => {
        if (live) setPreps('failed');
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return preps;
}

/** The results: the likely meanings, ranked with reasons, then the prep for one of them. */
export function ResultsPage() {
  const link = useApp((s) => s.link);
  const chooseReason = useApp((s) => s.chooseReason);
  // Derived, never stored: the same answers always give the same ranking.
  const result = useMemo(() => classify(link.answers), [link.answers]);
  // One rounding for the whole page, so every figure shown agrees with the list.
  const percents = useMemo(() => wholePercents(result.ranked.map((r) => r.likelihood)), [result]);
  const preps = usePreps();
  const prepHeading = useRef<HTMLHeadingElement>(null);
  const shownReason = useRef(link.reason);
  useEffect(() => {
    // Picking another meaning's prep moves focus to that prep, where the new content is.
    if (shownReason.current === link.reason) return;
    shownReason.current = link.reason;
    prepHeading.current?.focus();
  }, [link.reason]);
  const top = result.ranked[0];
  if (!top) return null;
  const topReason = findReason(top.reason);
  const selectedId = link.reason ?? top.reason;
  const selected = findReason(selectedId);
  const prep = preps && preps !== 'failed' ? { ...selected, ...preps[selectedId] } : undefined;
  const words = confidenceMessages[result.confidence];
  const chosenPercent = percents[result.ranked.findIndex((r) => r.reason === selectedId)] ?? 0;

  return (
    <>
      <header className="print-only print-header">
        <p className="print-title">{printMessages.title}</p>
        <p>
          {fill(printMessages.madeOn, {
            date: new Date().toLocaleDateString(undefined, { dateStyle: 'long' }),
          })}
        </p>
      </header>
      <PageHeading>{fill(words.heading, { title: topReason.title })}</PageHeading>
      <div className="confidence" data-confidence={result.confidence}>
        <p>
          {fillNodes(resultsMessages.labelled, {
            label: <strong>{fill(resultsMessages.howSure, { level: words.level })}</strong>,
            text: words.text,
          })}
        </p>
        <p className="muted no-print">
          {fillNodes(resultsMessages.openRules, {
            link: <NavLink to={{ view: 'how' }}>{resultsMessages.seeHow}</NavLink>,
          })}
        </p>
        <a href="#prep-title" className="jump-link no-print">
          {resultsMessages.skipToPrep}
        </a>
      </div>

      <section className="print-only print-answers" aria-label={printMessages.answersHeading}>
        <h2>{printMessages.answersHeading}</h2>
        <dl>
          {QUESTION_KEYS.map((key) => (
            <div key={key}>
              <dt>{questionName(key)}</dt>
              <dd>{answerText(link.answers, key)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="meanings-title">
        <h2 id="meanings-title">{resultsMessages.meaningsHeading}</h2>
        <RankedList
          percents={percents}
          ranked={result.ranked}
          selected={selectedId}
          onChoose={(reason) => chooseReason(reason, top.reason)}
        />
      </section>

      <Insight answers={link.answers} />

      <Actions />

      <section className="prep" aria-labelledby="prep-title" aria-busy={preps === null}>
        <h2 id="prep-title" tabIndex={-1} ref={prepHeading}>
          {fill(resultsMessages.prepHeading, { title: selected.title })}
        </h2>
        {selectedId !== top.reason && (
          <p className="no-print">
            {fillNodes(resultsMessages.chosen, {
              percent: fill(resultsMessages.percent, { percent: chosenPercent }),
              back: (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => chooseReason(undefined, top.reason)}
                >
                  {fill(resultsMessages.backToTop, { title: topReason.title })}
                </button>
              ),
            })}
          </p>
        )}
        {prep ? (
          <Prep reason={prep} />
        ) : preps === 'failed' ? (
          <p role="alert">{resultsMessages.prepFailed}</p>
        ) : (
          // Holds the place of the prep, so what follows it does not jump when it arrives.
          <p className="loading">{frameMessages.loading}</p>
        )}
      </section>

      <Notes />

      {prep && <FollowUp reason={prep} />}

      <Calendar
        answers={link.answers}
        top={topReason}
        unclear={result.confidence === 'low'}
        link={sheetAddress(formatLink(link))}
      />

      <p className="print-only print-link">
        {fillNodes(printMessages.reopen, {
          address: <span>{sheetAddress(formatLink(link))}</span>,
        })}
      </p>
    </>
  );
}

/** The full address of this page, printed so the paper leads back to it. */
function sheetAddress(query: string): string {
  if (typeof window === 'undefined') return `?${query}`;
  return `${window.location.origin}${window.location.pathname}?${query}`;
}

function Actions() {
  const [status, setStatus] = useState('');
  const copy = async () => {
    setStatus(
      await copyText(window.location.href, actionMessages.linkCopied, actionMessages.linkNotCopied),
    );
  };

  return (
    <div className="actions no-print">
      <div className="button-row">
        <NavLink to={{ view: 'check' }} className="button button-secondary">
          {actionMessages.changeAnswers}
        </NavLink>
        <button type="button" className="button button-secondary" onClick={() => void copy()}>
          {actionMessages.copyLink}
        </button>
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          {actionMessages.print}
        </button>
      </div>
      <p role="status" className="status">
        {status}
      </p>
    </div>
  );
}
