import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createAppStore } from '../../src/state/store.ts';
import { isLoadFailure, PageFailure } from '../../src/ui/page-failure.tsx';
import { StoreProvider } from '../../src/ui/store-context.tsx';
import { openApp } from './render-app.tsx';

// The first question fails to render, whatever the reason: the app must still say something.
vi.mock('../../src/ui/wizard/question-page.tsx', () => ({
  QuestionPage: () => {
    throw new URIError('URI malformed');
  },
}));

beforeEach(() => {
  // React reports every error a boundary catches on the console; the page is what matters here.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

function Broken({ error }: { error: unknown }): never {
  throw error;
}

/** A page that fails with `error`, under the boundary, at `query`. */
function renderFailing(error: unknown, query = 'caller=agency&view=results') {
  window.history.replaceState(null, '', `/?${query}`);
  render(
    <StoreProvider store={createAppStore()}>
      <PageFailure>
        <Broken error={error} />
      </PageFailure>
    </StoreProvider>,
  );
}

describe('when a page fails', () => {
  it('says the code could not be loaded when fetching it failed, and offers to try again', () => {
    renderFailing(
      new TypeError('Failed to fetch dynamically imported module: /assets/results-page.js'),
    );
    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('This page could not load');
    expect(screen.getByText(/perhaps because you are offline/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.queryByText(/Something went wrong/)).toBeNull();
  });

  it('says something went wrong showing the page for any other error, never "offline"', () => {
    renderFailing(new URIError('URI malformed'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Something went wrong showing this page',
    );
    expect(screen.getByText(/Your answers are safe in the link/)).toBeInTheDocument();
    expect(screen.queryByText(/offline|connection/)).toBeNull();
    expect(screen.getByRole('link', { name: 'Check your answers' })).toHaveAttribute(
      'href',
      '?caller=agency&view=check',
    );
  });

  it('offers the first question instead when the check page itself failed', () => {
    renderFailing(new Error('boom'), 'caller=agency&view=check');
    expect(screen.getByRole('link', { name: 'Go to the first question' })).toHaveAttribute(
      'href',
      '?caller=agency&step=caller',
    );
  });

  it.each([
    [
      'Chromium',
      new TypeError('Failed to fetch dynamically imported module: https://x/a.js'),
      true,
    ],
    ['Firefox', new TypeError('error loading dynamically imported module: https://x/a.js'), true],
    ['Safari', new TypeError('Importing a module script failed.'), true],
    ['Vite’s preload', new Error('Unable to preload CSS for /assets/a.css'), true],
    ['a bad character', new URIError('URI malformed'), false],
    ['a plain mistake', new TypeError("Cannot read properties of undefined (reading 'x')"), false],
    ['something thrown that is not an error', 'Failed to fetch dynamically imported module', false],
  ])('tells a failed load (%s) from other errors', (_, error, loading) => {
    expect(isLoadFailure(error)).toBe(loading);
  });
});

describe('the boundary stands above every page', () => {
  it('shows the message on a failing question, keeps the frame and notices, and offers a way on', async () => {
    const user = userEvent.setup();
    await openApp('caller=nope&round=final&step=contact');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Something went wrong showing this page',
    );
    expect(screen.getByText('Part of this link could not be read')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Your saved calls' })).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Check your answers' }));
    // The check page's code comes on demand.
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Check your answers' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
