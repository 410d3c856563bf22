import { useEffect, useState, type ComponentType } from 'react';
import { frameMessages } from './messages/frame.ts';

/** Fetches a page's code. Example: `() => import('./how-page.tsx').then((m) => m.HowPage)`. */
export type PageLoader = () => Promise<ComponentType>;

/** Pages whose code has arrived, so coming back to one shows it at once. */
const loaded = new WeakMap<PageLoader, ComponentType>();

/**
 * Fetches a page's code ahead of its first render, so that a link which opens on that page
 * renders it straight away instead of a placeholder first (one render and paint fewer before
 * a bookmarked results link shows its list). Never rejects: if the code cannot come,
 * `OnDemand` tries again and says so.
 */
export async function loadAhead(load: PageLoader): Promise<void> {
  try {
    loaded.set(load, await load());
  } catch {
    // OnDemand reports it when the page renders.
  }
}

/**
 * A page whose code loads on demand, like React's `lazy` but without Suspense: React holds a
 * Suspense boundary's content back for 300 ms after its fallback shows, to avoid flicker, and
 * a bookmarked results link would pay that on every visit. While the code comes, a
 * placeholder holds the page's place (so the footer does not jump); if it cannot come, the
 * error goes to the nearest error boundary, which says so.
 */
export function OnDemand({ load }: { load: PageLoader }) {
  const [Page, setPage] = useState(() => loaded.get(load));
  const [failure, setFailure] = useState<{ error: unknown }>();
  useEffect(() => {
    if (Page) return;
    let live = true;
    load().then(
      (page) => {
        loaded.set(load, page);
        if (live) setPage(() => page);
      },
      (error: unknown) => {
        if (live) setFailure({ error });
      },
    );
    return () => {
      live = false;
    };
  }, [load, Page]);
  if (failure) throw failure.error;
  return Page ? <Page /> : <p className="loading">{frameMessages.loading}</p>;
}
