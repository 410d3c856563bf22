import { StrictMode, useLayoutEffect, useState, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { pageOf } from '../domain/core.ts';
import { createAppStore } from '../state/store.ts';
import { loadAhead } from '../ui/on-demand.tsx';
import { App, pageLoaders } from './app.tsx';
import { adoptEarlyInput, readEarlyInput, showsPrerenderedPage } from './first-page.ts';
import { registerServiceWorker } from './service-worker.ts';
import '../styles/base.css';
// Print rules come last, so that on paper they win over the screen rules they override.
import '../styles/print.css';

const container = document.getElementById('root');
if (container) {
  const store = createAppStore();
  const app = (
    <StrictMode>
      <TakeOver container={container}>
        <App store={store} />
      </TakeOver>
    </StrictMode>
  );
  // The built page already holds the first question (prerendered). Hydrate it when that is
  // exactly what this visit shows; anything else renders afresh, in place of that markup.
  // Every page's code loads on demand: the first render waits for the page's own, so it is
  // the page itself (the boot script has already started fetching a results link's chunks).
  // The prerendered first question waits for the questions' code, then hydrates when it is
  // exactly what this visit shows; anything else renders afresh, in place of that markup.
  const ahead = loadAhead(pageLoaders[pageOf(store.getState().link).kind]);
  const hydrate =
    container.hasAttribute('data-prerendered') && showsPrerenderedPage(store.getState());
  void ahead.then(() => {
    if (hydrate) hydrateRoot(container, app);
    else createRoot(container).render(app);
  });
  registerServiceWorker((reload) => store.getState().offerUpdate(reload));
}

/**
 * Takes over the prerendered page without losing what was done on it before the code came:
 * reads it during the first render (when the prerendered fields are still there, even if the
 * app then replaces them), hands it to the app once rendered, and un-hides the page (the boot
 * script hides it on a link that may open another page).
 */
function TakeOver({ container, children }: { container: HTMLElement; children: ReactNode }) {
  const [early] = useState(() => readEarlyInput(container));
  // Before the first paint of the app's own page, so it never shows without those answers.
  useLayoutEffect(() => {
    if (!container.hasAttribute('data-prerendered')) return;
    container.removeAttribute('data-prerendered');
    adoptEarlyInput(container, early);
  }, [container, early]);
  return children;
}
