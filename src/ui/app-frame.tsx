import type { ReactNode } from 'react';
import { frameMessages } from './messages/frame.ts';
import { NavLink } from './nav-link.tsx';

/** The frame around every page: a skip link, the name, and a footer with the calls saved here. */
export function AppFrame({ children }: { children: ReactNode }) {
  return (
    <>
      <a href="#main" className="skip-link">
        {frameMessages.skipLink}
      </a>
      <header className="site-header no-print">
        <div className="container">
          <a href="/" className="site-name">
            {frameMessages.appName}
          </a>
          <span className="site-tagline">{frameMessages.tagline}</span>
        </div>
      </header>
      <main id="main" className="container" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer no-print">
        <div className="container">
          <p>{frameMessages.privacy}</p>
          <p className="button-row">
            <NavLink to={{ view: 'how' }}>{frameMessages.howLink}</NavLink>
            <NavLink to={{ view: 'calls' }}>{frameMessages.callsLink}</NavLink>
          </p>
        </div>
      </footer>
    </>
  );
}
