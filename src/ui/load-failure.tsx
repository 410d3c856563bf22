import { Component, type ReactNode } from 'react';

/**
 * When a page's code cannot be loaded (offline before the app was ever saved, or a new
 * version replaced the old files), say so and offer a reload, instead of a blank page.
 */
export class LoadFailure extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="notice" role="alert">
        <h1 tabIndex={-1}>This page could not load</h1>
        <p>
          Part of Callback could not be fetched, perhaps because the connection dropped. Your
          answers are safe in the link.
        </p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Try again
        </button>
      </div>
    );
  }
}
