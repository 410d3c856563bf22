import type { ReactNode } from 'react';
import { useApp } from './store-context.tsx';
import { NavLink } from './nav-link.tsx';

/** The frame around every page: a skip link, the name, and a footer with privacy controls. */
export function AppFrame({ children }: { children: ReactNode }) {
  const clearData = useApp((s) => s.clearData);
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to main content
      </a>
      <header className="site-header no-print">
        <div className="container">
          <a href="/" className="site-name">
            Callback
          </a>
          <span className="site-tagline">What did that call mean?</span>
        </div>
      </header>
      <main id="main" className="container" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer no-print">
        <div className="container">
          <p>Private by design: no account, no tracking, and nothing you type is sent anywhere.</p>
          <p className="button-row">
            <NavLink to={{ view: 'how' }}>How it decides</NavLink>
            <button type="button" className="link-button" onClick={clearData}>
              Clear my data
            </button>
          </p>
        </div>
      </footer>
    </>
  );
}
