import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import { findReason } from '../../domain/catalog/index.ts';
import { classify } from '../../domain/classify.ts';
import { fill, formatLink, QUESTION_KEYS } from '../../domain/core.ts';
import { afterPaint } from '../after-paint.ts';
import { fillNodes } from '../fill-nodes.tsx';
import { pageLanguage } from '../language.ts';
import { lowerFirst } from '../lower-first.ts';
import { frameMessages } from '../messages/frame.ts';
import { actionMessages, confidenceMessages, resultsMessages } from '../messages/results.ts';
import { NavLink } from '../nav-link.tsx';
import { PageHeading } from '../page-heading.tsx';
import { plural } from '../plural.ts';
import { useApp } from '../store-context.tsx';
import { wholePercents } from './evidence-text.ts';
import { RankedList } from './ranked-list.tsx';
import { ShareButtons } from './share-button.tsx';

/** What shows below the ranked list, fetched once the list is on screen. */
const loadBelow = () => import('./below-the-list.ts');
type Below = Awaited<ReturnType<typeof loadBelow>>;
/** Kept once loaded, so coming back to the results shows everything at once. */
let loadedBelow: Below | undefined;

/** The code and words below the list once they are here; `null` while they come, `'failed'` if they cannot. */
function useBelow(): Below | null | 'failed' {
  const [below, setBelow] = useState<Below | null | 'failed'>(loadedBelow ?? null);
  useEffect(() => {
    if (loadedBelow) return;
    let live = true;
    // After the list has painted: it must not wait for these words.
    const cancel = afterPaint(() => {
      loadBelow().then(
        (module) => {
          loadedBelow = module;
          // Rendered as a transition: React yields to the browser while it builds the prep,
          // so a tap or a scroll never waits behind it (one long task would block them).
          if (live) startTransition(() => setBelow(module));
        },
        () => {
          if (live) setBelow('failed');
        },
      );
    });
    return () => {
      live = false;
      cancel();
    };
  }, []);
  return below;
}

/** The results: the likely meanings, ranked with reasons, then the prep for one of them. */
export function ResultsPage() {
  const link = useApp((s) => s.link);
  const company = useApp((s) => s.details.company.trim());
  const role = useApp((s) => s.details.role.trim());
  const outcome = useApp((s) => s.details.outcome);
  const chooseReason = useApp((s) => s.chooseReason);
  // Derived, never stored: the same answers always give the same ranking.
  const result = useMemo(() => classify(link.answers), [link.answers]);
  // One rounding for the whole page, so every figure shown agrees with the list.
  const percents = useMemo(() => wholePercents(result.ranked.map((r) => r.likelihood)), [result]);
  const below = useBelow();
  const ready = below && below !== 'failed' ? below : undefined;
  const prepHeading = useRef<HTMLHeadingElement>(null);
  const shownReason = useRef(link.reason);
  useEffect(() => {
    // Picking another meaning's prep moves focus to that prep, where the new content is.
    if (shownReason.current === link.reason) return;
    shownReason.current = link.reason;
    prepHeading.current?.focus();
  }, [link.reason]);
  // The prep of a chosen meaning (a `reason=` link) opens in view, with focus on its heading.
  const opened = useRef(false);
  useEffect(() => {
    if (!ready || opened.current) return;
    opened.current = true;
    if (link.reason !== undefined) prepHeading.current?.focus();
  }, [ready, link.reason]);
  const top = result.ranked[0];
  if (!top) return null;
  const topReason = findReason(top.reason);
  const low = result.confidence === 'low';
  // With little to go on, the prep gets ready for the likely few at once until one is chosen;
  // then even the top one is a choice, kept in the link.
  const anyOf = low && link.reason === undefined;
  const topChoice = low ? undefined : top.reason;
  const selectedId = link.reason ?? top.reason;
  const selected = findReason(selectedId);
  const prep = ready && { ...selected, ...ready.preps[selectedId] };
  const words = confidenceMessages[result.confidence];
  const chosenPercent = percents[result.ranked.findIndex((r) => r.reason === selectedId)] ?? 0;
  // The address that leaves the page (copied, shared, printed, in the QR code and calendar
  // events) keeps its language, so a phone set to another one opens it as it was prepared.
  const address = sheetAddress(formatLink({ ...link, lang: link.lang ?? pageLanguage }));
  // Questions not answered. Continue with nothing chosen on the topics question saves nothing,
  // so a later answer means the person went past it: not one to ask again.
  const skipped = QUESTION_KEYS.filter(
    (key, i) =>
      link.answers[key] === undefined &&
      !(key === 'topics' && QUESTION_KEYS.slice(i + 1).some((k) => link.answers[k] !== undefined)),
  );
  const shownWords =
    outcome === link.reason
      ? resultsMessages.shownOutcome
      : link.reason === top.reason
        ? resultsMessages.shownGuess
        : resultsMessages.shownOther;
  // Once the person noted what the call was, the page says so and stops guessing; the
  // ranking stays below as what the answers had suggested.
  const notedReason = outcome && outcome !== 'other' ? findReason(outcome) : undefined;
  const heading = !outcome
    ? company
      ? fill(words.headingFor, { company, title: lowerFirst(topReason.title) })
      : fill(words.heading, { title: topReason.title })
    : notedReason
      ? company
        ? fill(resultsMessages.notedFor, { company, title: lowerFirst(notedReason.title) })
        : fill(resultsMessages.noted, { title: notedReason.title })
      : company
        ? fill(resultsMessages.notedOtherFor, { company })
        : resultsMessages.notedOther;
  const shownNote = link.reason !== undefined && (low || link.reason !== top.reason) && (
    <p className="shown-note no-print">
      {fill(shownWords, {
        title: selected.title,
        percent: fill(resultsMessages.percent, { percent: chosenPercent }),
      })}{' '}
      <button
        type="button"
        className="link-button"
        onClick={() => chooseReason(undefined, topChoice)}
      >
        {outcome
          ? fill(resultsMessages.backToSuggested, { title: lowerFirst(topReason.title) })
          : low
            ? resultsMessages.backToAny
            : fill(resultsMessages.backToTop, { title: topReason.title })}
      </button>
    </p>
  );

  return (
    <>
      {ready && <ready.PrintHeader company={company} role={role} />}
      <PageHeading>{heading}</PageHeading>
      <div className="confidence" data-confidence={result.confidence}>
        {outcome ? (
          <p>
            {resultsMessages.notedText}{' '}
            {outcome !== 'other' && (anyOf || outcome !== selectedId) && (
              <button
                type="button"
                className="link-button no-print"
                onClick={() => chooseReason(outcome, topChoice)}
              >
                {resultsMessages.notedPrep}
              </button>
            )}
          </p>
        ) : (
          <p>
            {fillNodes(resultsMessages.labelled, {
              label: <strong>{fill(resultsMessages.howSure, { level: words.level })}</strong>,
              // Low with every question answered: the answers point more than one way.
              text: low && skipped.length === 0 ? resultsMessages.lowMixed : words.text,
            })}
          </p>
        )}
        {skipped[0] && !outcome && (
          <p className="no-print">
            <NavLink to={{ step: skipped[0] }}>
              {fill(plural(skipped.length, resultsMessages.answerMore), { count: skipped.length })}
            </NavLink>
          </p>
        )}
        {shownNote}
        <p className="muted no-print">
          {fillNodes(resultsMessages.openRules, {
            link: <NavLink to={{ view: 'how' }}>{resultsMessages.seeHow}</NavLink>,
          })}
        </p>
        <a href="#prep-title" className="jump-link no-print">
          {resultsMessages.skipToPrep}
        </a>
        <a href="#call-fields-title" className="jump-link no-print">
          {resultsMessages.skipToNotes}
        </a>
      </div>

      {ready && <ready.PrintAnswers answers={link.answers} />}

      <section aria-labelledby="meanings-title">
        <h2 id="meanings-title">
          {outcome ? resultsMessages.suggestedHeading : resultsMessages.meaningsHeading}
        </h2>
        <RankedList
          percents={percents}
          ranked={result.ranked}
          selected={anyOf ? undefined : selectedId}
          bestGuess={low}
          why={below === 'failed' ? below : (ready?.WhyList ?? null)}
          onChoose={(reason) => chooseReason(reason, topChoice)}
        />
      </section>

      <Actions url={address} title={fill(actionMessages.shareTitle, { title: topReason.title })} />

      <section className="prep" aria-labelledby="prep-title" aria-busy={below === null}>
        <h2 id="prep-title" tabIndex={-1} ref={prepHeading}>
          {anyOf
            ? resultsMessages.prepAnyHeading
            : fill(resultsMessages.prepHeading, { title: selected.title })}
        </h2>
        {shownNote}
        {ready && anyOf ? (
          <ready.ReadyForAny
            ranked={result.ranked.slice(0, 3).map((r, i) => ({
              reason: { ...findReason(r.reason), ...ready.preps[r.reason] },
              percent: percents[i] ?? 0,
            }))}
            onChoose={(reason) => chooseReason(reason, undefined)}
          />
        ) : ready && prep ? (
          <ready.Prep reason={prep} />
        ) : below === 'failed' ? (
          <p role="alert">{resultsMessages.prepFailed}</p>
        ) : (
          // Holds the place of the prep, so what follows it does not jump when it arrives.
          <p className="loading">{frameMessages.loading}</p>
        )}
      </section>

      {ready && (
        <>
          {/* What could change the picture: after the prep, which comes first. */}
          <ready.Insight answers={link.answers} />
          <ready.CallFields />
          <ready.Notes />
          {prep && <ready.FollowUp reason={prep} />}
          <ready.Calendar
            answers={link.answers}
            top={topReason}
            unclear={result.confidence === 'low'}
            link={address}
          />
          <ready.AfterCall top={topChoice} />
        </>
      )}

      {ready && <ready.PrintLink address={address} />}
      {ready && <ready.PrintQr url={address} />}
    </>
  );
}

/** The full address of this page, printed so the paper leads back to it. */
function sheetAddress(query: string): string {
  if (typeof window === 'undefined') return `?${query}`;
  return `${window.location.origin}${window.location.pathname}?${query}`;
}

function Actions({ url, title }: { url: string; title: string }) {
  const startNewCall = useApp((s) => s.startNewCall);
  const [status, setStatus] = useState('');
  return (
    <div className="actions no-print">
      <div className="button-row">
        <NavLink to={{ view: 'check' }} className="button button-secondary">
          {actionMessages.changeAnswers}
        </NavLink>
        <ShareButtons url={url} title={title} onStatus={setStatus} />
        <button
          type="button"
          className="button button-secondary"
          // The QR code's code first, in the rare case it has not come yet: paper needs it.
          onClick={() =>
            void loadBelow()
              .then((below) => below.loadQrCode())
              .then(
                () => window.print(),
                () => window.print(),
              )
          }
        >
          {actionMessages.print}
        </button>
        <button
          type="button"
          className="button button-secondary"
          data-action="new-call"
          onClick={startNewCall}
        >
          {actionMessages.newCall}
        </button>
      </div>
      <p role="status" className="status">
        {status}
      </p>
    </div>
  );
}
