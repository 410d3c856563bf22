import { useEffect, useRef, type ReactNode } from 'react';
import { useApp } from './store-context.tsx';

/**
 * The page's one h1. After every move to a new page (but not on the first load) it takes
 * focus, so keyboard and screen reader users start at the top of the new page, as they would
 * after a full page load. It does this itself because some pages arrive a moment later than
 * the move that opened them.
 */
export function PageHeading({ children }: { children: ReactNode }) {
  const moves = useApp((s) => s.moves);
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (moves > 0) ref.current?.focus();
  }, [moves]);
  return (
    <h1 tabIndex={-1} className="page-heading" ref={ref}>
      {children}
    </h1>
  );
}
