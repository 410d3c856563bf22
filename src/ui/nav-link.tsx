import type { MouseEvent, ReactNode } from 'react';
import { formatLink, type LinkState } from '../domain/core.ts';
import { useApp } from './store-context.tsx';

type Target = Partial<Omit<LinkState, 'answers' | 'done' | 'call' | 'lang'>>;

/**
 * A real link to another page of the app: it has an address, so it can be opened in a new
 * tab or copied, and a plain click moves within the app without reloading.
 */
export function NavLink({
  to,
  children,
  className,
}: {
  to: Target;
  children: ReactNode;
  className?: string;
}) {
  const link = useApp((s) => s.link);
  const go = useApp((s) => s.go);
  const { answers, done, call, lang } = link;
  const href = `?${formatLink({ answers, done, call, lang, ...to })}`;
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    go(to);
  };
  return (
    <a href={href} onClick={onClick} className={className}>
      {children}
    </a>
  );
}

/**
 * Whether a click on an app link should move within the app: not one that asks the browser for
 * a new tab or window (a modifier key, or a button other than the main one).
 */
export function isPlainClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  return !(event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0);
}
