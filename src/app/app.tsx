import { useEffect, useRef, useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { findQuestion, pageOf, positionOf, QUESTION_KEYS, type Page } from '../domain/index.ts';
import { createAppStore, type AppState } from '../state/store.ts';
import { AppFrame } from '../ui/app-frame.tsx';
import { HowPage } from '../ui/how-page.tsx';
import { Notices } from '../ui/notices.tsx';
import { ResultsPage } from '../ui/results/results-page.tsx';
import { StoreProvider, useApp } from '../ui/store-context.tsx';
import { CheckPage } from '../ui/wizard/check-page.tsx';
import { QuestionPage } from '../ui/wizard/question-page.tsx';

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
  return (
    <StoreProvider store={own}>
      <AppFrame>
        <Notices />
        <CurrentPage />
      </AppFrame>
    </StoreProvider>
  );
}

function titleOf(page: Page): string {
  switch (page.kind) {
    case 'question':
      return `${findQuestion(page.step).prompt} (question ${String(positionOf(page.step))} of ${String(QUESTION_KEYS.length)})`;
    case 'check':
      return 'Check your answers';
    case 'results':
      return 'What the call likely means';
    case 'how':
      return 'How Callback decides';
  }
}

function CurrentPage() {
  const link = useApp((s) => s.link);
  const moves = useApp((s) => s.moves);
  const page = pageOf(link);
  const title = titleOf(page);
  const firstRender = useRef(true);

  useEffect(() => {
    document.title = `${title} – Callback`;
  }, [title]);

  useEffect(() => {
    // On every move but the first page load, focus the new heading, so keyboard and screen
    // reader users start at the top of the new page as they would after a real page load.
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [moves]);

  switch (page.kind) {
    case 'question':
      return (
        <QuestionPage key={`${page.step}-${String(moves)}`} question={findQuestion(page.step)} />
      );
    case 'check':
      return <CheckPage />;
    case 'results':
      return <ResultsPage />;
    case 'how':
      return <HowPage />;
  }
}
