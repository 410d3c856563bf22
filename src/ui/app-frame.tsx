import type { ReactNode } from 'react';
import { formatLink } from '../domain/core.ts';
import { otherLanguage, pageLanguage } from './language.ts';
import { frameMessages } from './messages/frame.ts';
import { NavLink } from './nav-link.tsx';
import { useApp } from './store-context.tsx';

/**
 * The frame around every page: a skip link, the name, and a footer with the calls saved here
 * and the switch to the other language.
 */
export function AppFrame({ children }: { children: ReactNode }) {
  return (
    <>
      <a href="#main" className="skip-link">
        {frameMessages.skipLink}
      </a>
      <header className="site-header no-print">
        <div className="container">
          {/* Home in the same language: a bare `/` would follow the browser's language. */}
          <a href={`/?lang=${pageLanguage}`} className="site-name">
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
            <LanguageSwitch />
          </p>
        </div>
      </footer>
    </>
  );
}

/**
 * The switch to the other language: a real link to this same page in that language's build (a
 * page load, docs/decisions/008). Answers and ticks go with it in the link, calls stay on the
 * device. Its name is in its own language, so it reads to the person who needs it.
 */
function LanguageSwitch() {
  const link = useApp((s) => s.link);
  return (
    <a
      href={`?${formatLink({ ...link, lang: otherLanguage })}`}
      data-lang={otherLanguage}
      hrefLang={otherLanguage}
      lang={otherLanguage}
    >
      {frameMessages.otherLanguage}
    </a>
  );
}
