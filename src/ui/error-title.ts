import { createContext, useContext, useEffect } from 'react';

/** Hears whether the page shows an error; the app's page title listens. */
export const ErrorTitleContext = createContext<(shown: boolean) => void>(() => undefined);

/**
 * Says, while `shown` is true, that the page shows an error, so the page's title starts with
 * "Error: " as GOV.UK's do: the title is the first thing a screen reader says of a page.
 */
export function useErrorInTitle(shown: boolean): void {
  const report = useContext(ErrorTitleContext);
  useEffect(() => {
    if (!shown) return;
    report(true);
    return () => report(false);
  }, [shown, report]);
}
