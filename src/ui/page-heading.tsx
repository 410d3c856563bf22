import type { ReactNode } from 'react';

/**
 * The page's one h1. It can take focus (tabIndex -1) so that, after each step, the app moves
 * focus here and a screen reader announces the new page, as a full page load would.
 */
export function PageHeading({ children }: { children: ReactNode }) {
  return (
    <h1 tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
