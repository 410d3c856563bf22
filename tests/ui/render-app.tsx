import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/app.tsx';
import { createAppStore } from '../../src/state/store.ts';

/** Opens the app at a link, as a person would by following it, and waits for its heading. */
export async function openApp(query = '') {
  window.history.replaceState(null, '', query ? `/?${query.replace(/^\?/, '')}` : '/');
  const user = userEvent.setup();
  const store = createAppStore();
  const view = render(<App store={store} />);
  // The results load their catalog on demand, so wait for the page's heading, and for the
  // prep that arrives after the ranked list (marked busy until then).
  await screen.findByRole('heading', { level: 1 });
  // (The first import of that part is slow under the test runner's transform.)
  await waitFor(() => expect(document.querySelector('[aria-busy="true"]')).toBeNull(), {
    timeout: 5000,
  });
  return { user, store, ...view };
}

/**
 * The current link's query, without the `?` and without its `call=` id: the id is random, and
 * the tests that are about calls read it with `currentCall()`.
 */
export function currentQuery(): string {
  return window.location.search.replace(/^\?/, '').replace(/&?call=[a-z0-9]+$/, '');
}

/** The id of the call the current link belongs to, if any. */
export function currentCall(): string | undefined {
  return /[?&]call=([a-z0-9]+)/.exec(window.location.search)?.[1];
}
