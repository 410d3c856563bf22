/*
 * The words the page carries before and without its code: the browser tab, search results,
 * the text shown with JavaScript off, and the installed app's name. The build writes them into
 * index.html and the web manifest (scripts/first-paint-plugin.ts, vite.config.ts); the app sets
 * the tab's title itself once it runs (titleMessages in frame.ts).
 */

/** The page as the browser and search engines see it before the app runs. */
export const pageMessages = {
  /** The tab's title on the first paint. */
  title: 'Callback: what did that call mean?',
  /** The meta description, shown under the link in search results. */
  description:
    'HR called after your interview? See what the call most likely means and get ready to call back. Private: nothing you type is sent anywhere.',
  /** Shown with JavaScript off, above the prerendered first question. */
  noscript:
    'Callback needs JavaScript to show the next question and work out what the call means. When you press Continue, your answer is kept in the link in the address bar: turn JavaScript on for this page and reload it to carry on from there.',
} as const;

/** The web manifest's words: the app as the device shows it once installed. */
export const manifestMessages = {
  name: 'Callback: what did that call mean?',
  description:
    'HR called after your interview? See what the call most likely means and get ready to call back.',
} as const;
