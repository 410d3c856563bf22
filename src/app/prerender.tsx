import { renderToString } from 'react-dom/server';
import { createAppStore } from '../state/store.ts';
import { loadAhead } from '../ui/on-demand.tsx';
import { App, loadWizard } from './app.tsx';
import { showsPrerenderedPage } from './first-page.ts';

/**
 * The words the build writes into the page and the web manifest, in this build's language
 * (scripts/language-plugin.ts swaps in the twin): the tab's first title, the meta description,
 * the text shown with JavaScript off, the installed app's name.
 */
export { manifestMessages, pageMessages } from '../ui/messages/page.ts';

/** Storage as a prerender sees it: empty, with nothing kept. */
const noStorage = (): Storage => ({
  length: 0,
  clear: () => undefined,
  getItem: () => null,
  key: () => null,
  removeItem: () => undefined,
  setItem: () => undefined,
});

/**
 * The first question's HTML, rendered at build time by the same components the browser uses,
 * so it shows before any script runs. The browser then hydrates it (see main.tsx) when
 * `showsPrerenderedPage` says so, which must hold for the page rendered here.
 */
export async function renderFirstPage(): Promise<string> {
  const store = createAppStore({
    history: { read: () => '', push: () => undefined, replace: () => undefined },
    storage: noStorage,
    now: () => new Date(0),
    newId: () => 'prerender',
  });
  if (!showsPrerenderedPage(store.getState()))
    throw new Error('The prerendered page is not the one showsPrerenderedPage expects');
  // The questions' code loads on demand in the browser; here it is fetched first, as the
  // browser does before it hydrates, so the page is rendered whole.
  await loadAhead(loadWizard);
  return renderToString(<App store={store} />);
}
