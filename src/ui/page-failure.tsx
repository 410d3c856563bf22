import { Component, type ReactNode } from 'react';
import { pageOf, QUESTION_KEYS } from '../domain/core.ts';
import { failureMessages } from './messages/frame.ts';
import { NavLink } from './nav-link.tsx';
import { PageHeading } from './page-heading.tsx';
import { useApp } from './store-context.tsx';

// How each browser words a failed `import()` of a page's code: Chromium "Failed to fetch
// dynamically imported module", Firefox "error loading dynamically imported module", Safari
// "Importing a module script failed"; Vite's own preload helper "Unable to preload CSS for".
const LOAD_FAILED =
  /dynamically imported module|importing a module script failed|unable to preload/i;

/**
 * Whether an error means part of the app's code could not be fetched (offline before the app
 * was saved, or a new version replaced the old files), as against a mistake in the page itself.
 * Example: `isLoadFailure(new TypeError('Failed to fetch dynamically imported module: …'))`.
 */
export function isLoadFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return error.name === 'ChunkLoadError' || LOAD_FAILED.test(error.message);
}

interface BoundaryProps {
  children: ReactNode;
  /** Changes on every move to another page, which clears the failure. */
  resetKey: number;
}

class Boundary extends Component<BoundaryProps, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: unknown } {
    // A throw of `null` or `undefined` still means the page failed.
    return { error: error ?? new Error('The page failed') };
  }

  override componentDidUpdate(previous: BoundaryProps) {
    if (this.state.error !== null && previous.resetKey !== this.props.resetKey) {
      this.setState({ error: null });
    }
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return <FailureMessage error={this.state.error} />;
  }
}

/**
 * Stands above every page: when a page fails, it says why in plain words, with a way on,
 * instead of leaving a blank screen. The frame and notices around it keep showing.
 */
export function PageFailure({ children }: { children: ReactNode }) {
  const moves = useApp((s) => s.moves);
  return <Boundary resetKey={moves}>{children}</Boundary>;
}

function FailureMessage({ error }: { error: unknown }) {
  const onCheckPage = useApp((s) => pageOf(s.link).kind === 'check');
  if (isLoadFailure(error)) {
    return (
      <div className="notice" role="alert">
        <PageHeading>{failureMessages.loadTitle}</PageHeading>
        <p>{failureMessages.loadText}</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {failureMessages.tryAgain}
        </button>
      </div>
    );
  }
  return (
    <div className="notice" role="alert">
      <PageHeading>{failureMessages.errorTitle}</PageHeading>
      <p>{failureMessages.errorText}</p>
      <p>
        {onCheckPage ? (
          <NavLink to={{ step: QUESTION_KEYS[0] }}>{failureMessages.firstQuestion}</NavLink>
        ) : (
          <NavLink to={{ view: 'check' }}>{failureMessages.checkAnswers}</NavLink>
        )}
      </p>
    </div>
  );
}
