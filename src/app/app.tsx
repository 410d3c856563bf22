import { useEffect, useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import {
  fill,
  findQuestion,
  pageOf,
  positionOf,
  QUESTION_KEYS,
  type Page,
} from '../domain/core.ts';
import { onCallsChanged } from '../state/calls.ts';
import { createAppStore, type AppState } from '../state/store.ts';
import { afterPaint } from '../ui/after-paint.ts';
import { AppFrame } from '../ui/app-frame.tsx';
import { ErrorTitleContext } from '../ui/error-title.ts';
import { frameMessages, titleMessages } from '../ui/messages/frame.ts';
import { Notices } from '../ui/notices.tsx';
import { PageFailure } from '../ui/page-failure.tsx';
import { loadAhead, OnDemand, type PageLoader } from '../ui/on-demand.tsx';
import { StoreProvider, useApp } from '../ui/store-context.tsx';

/** The questions. The first page loads them before it hydrates. */
export const loadWizard: PageLoader = () =>
  import('../ui/wizard/wizard-page.tsx').then((m) => m.WizardPage);
/** Check your answers: after the questions, never on the first page. */
export const loadCheck: PageLoader = () =>
  import('../ui/wizard/check-page.tsx').then((m) => m.CheckPage);
// The results and "how it decides" pages carry the catalog, so they load after the first
// page is on screen (see src/domain/core.ts).
export const loadResults: PageLoader = () =>
  import('../ui/results/results-page.tsx').then((m) => m.ResultsPage);
export const loadHow: PageLoader = () => import('../ui/how-page.tsx').then((m) => m.HowPage);
/** The calls saved on this device, with backup and clearing: loaded when opened. */
export const loadCalls: PageLoader = () =>
  import('../ui/calls/calls-page.tsx').then((m) => m.CallsPage);

/** The code of each page, loaded on demand. */
export const pageLoaders: Record<Page['kind'], PageLoader> = {
  question: loadWizard,
  check: loadCheck,
  results: loadResults,
  how: loadHow,
  calls: loadCalls,
};

/** The whole app. Tests pass their own store; the browser gets one reading the real link. */
export function App({ store }: { store?: StoreApi<AppState> }) {
  const [own] = useState(() => store ?? createAppStore());
  useEffect(() => {
    // Back and Forward change the link; the page follows it.
    const sync = () => {
      own.getState().syncFromHistory();
    };
    window.addEventListener('popstate', sync);
    return () => window.removeEventListener('popstate', sync);
  }, [own]);
  useEffect(
    // Another tab saved, deleted or cleared calls: this one reads them again at once.
    () => onCallsChanged(window, (id) => own.getState().callsChanged(id)),
    [own],
  );
  useEffect(() => {
    // Says the app has taken over the page (browser tests wait for it; the prerendered first
    // question is on screen before this).
    document.documentElement.dataset.ready = 'true';
  }, []);
  useEffect(() => {
    // Fetch the catalog once the first page has painted, so the results are ready by the time
    // the questions are answered, and check any ticked items a link brought with it.
    let live = true;
    const cancel = afterPaint(() => {
      // The questions and the check page too, so "Change answers" and the last Continue open at
      // once (and offline).
      void loadAhead(loadWizard);
      void loadAhead(loadCheck);
      import('../domain/catalog/prep/index.ts').then(
        (catalog) => {
          if (live) own.getState().checkItems(catalog.checklistItemIds);
        },
        // Offline before the app was ever saved: the page that needs it will say so.
        () => undefined,
      );
    });
    return () => {
      live = false;
      cancel();
    };
  }, [own]);
  return (
    <StoreProvider store={own}>
      <AppFrame>
        <Notices />
        {/* Every page, not only the lazily loaded ones: a failure shows a message, not a blank. */}
        <PageFailure>
          <CurrentPage />
        </PageFailure>
      </AppFrame>
    </StoreProvider>
  );
}

function titleOf(page: Page): string {
  switch (page.kind) {
    case 'question':
      return fill(titleMessages.question, {
        prompt: findQuestion(page.step).prompt,
        position: positionOf(page.step),
        total: QUESTION_KEYS.length,
      });
    case 'check':
      return titleMessages.check;
    case 'results':
      return titleMessages.results;
    case 'how':
      return titleMessages.how;
    case 'calls':
      return titleMessages.calls;
  }
}

function CurrentPage() {
  const link = useApp((s) => s.link);
  const page = pageOf(link);
  const [errorShown, setErrorShown] = useState(false);
  const named = fill(titleMessages.page, { title: titleOf(page), appName: frameMessages.appName });
  const title = errorShown ? fill(titleMessages.error, { title: named }) : named;

  useEffect(() => {
    document.title = title;
  }, [title]);

  const load = pageLoaders[page.kind];
  // Keyed by the code, so a page stays mounted while the link changes within it.
  return (
    <ErrorTitleContext value={setErrorShown}>
      <OnDemand key={page.kind} load={load} />
    </ErrorTitleContext>
  );
}
