import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createAppStore } from '../state/store.ts';
import { App } from './app.tsx';
import { registerServiceWorker } from './service-worker.ts';
import '../styles/base.css';
// Print rules come last, so that on paper they win over the screen rules they override.
import '../styles/print.css';

const container = document.getElementById('root');
if (container) {
  const store = createAppStore();
  const app = (
    <StrictMode>
      <App store={store} />
    </StrictMode>
  );
  // The built page already holds the first question (prerendered). Hydrate it when that is
  // exactly what this visit shows; any other link, or a saved session to offer, renders fresh.
  const state = store.getState();
  const showsFirstPage =
    window.location.search === '' &&
    !state.resumable &&
    !state.storageNotice &&
    state.problems.length === 0;
  if (container.hasChildNodes() && showsFirstPage) {
    hydrateRoot(container, app);
  } else {
    container.textContent = '';
    // The page is no longer the prerendered one, so the deep-link rule must not hide it.
    container.removeAttribute('data-prerendered');
    createRoot(container).render(app);
  }
  registerServiceWorker((reload) => store.getState().offerUpdate(reload));
}
