/**
 * The boot script: inline in the built page's head, run before the body is parsed, and allowed
 * by its hash (see scripts/first-paint-plugin.ts, which compiles this file with `BOOT` filled
 * in). Keep it tiny: every byte is in every page load.
 *
 * The built page holds the prerendered first question. On a visit that shows it, the app's
 * code is fetched only after that first paint, so the question shows at once. A link that
 * may open another page hides the prerendered markup until the app renders the right page
 * (no flash, no layout shift) and fetches the code and the results chunks at once. Keys the
 * app does not read (`fbclid`, `utm_source`…) hide nothing. The app un-hides the page once it
 * has taken over (src/app/main.tsx), whatever the link held.
 */

interface Boot {
  /** The app's entry script. Example: `'/assets/index-B1hNbRmy.js'`. */
  entry: string;
  /** The service worker's script, as src/app/service-worker.ts registers it: `'/sw.js'`. */
  worker: string;
  /** Chunks the results page needs, fetched at once on a link that may open it. */
  preloads: string[];
  /** The link keys the app reads (LINK_KEYS of src/domain/link.ts). */
  keys: string[];
}

/** Trusted Types, where the browser has them (not yet in TypeScript's DOM types). */
interface TrustedTypesWindow {
  trustedTypes?: {
    createPolicy(name: string, rules: { createScriptURL(url: string): string }): unknown;
  };
}

declare const BOOT: Boot;

const { entry, worker, preloads, keys } = BOOT;
const d = document;
// The page's one Trusted Types policy (the CSP names it). As the default policy it vets every
// script address the page sets, the service worker's registration included, and lets through
// only the app's own two. Everything else that Trusted Types guards (HTML, script text) has no
// rule here, so it is refused.
(window as TrustedTypesWindow).trustedTypes?.createPolicy('default', {
  createScriptURL(url) {
    if (url !== entry && url !== worker)
      throw new TypeError(`Not one of the app's scripts: ${url}`);
    return url;
  },
});

function load() {
  const script = d.createElement('script');
  script.type = 'module';
  script.src = entry;
  d.head.append(script);
}

/** A link key as the link reader reads it (src/domain/link.ts): decoded, trimmed, lower case. */
function keyOf(part: string): string {
  const raw = (part.split('=')[0] ?? '').replace(/\+/g, ' ');
  try {
    return decodeURIComponent(raw).trim().toLowerCase();
  } catch {
    return '';
  }
}

const leavesFirstPage = location.search
  .slice(1)
  .split('&')
  .some((part) => keys.includes(keyOf(part)));

if (leavesFirstPage) {
  d.documentElement.classList.add('deep-link');
  for (const href of preloads) {
    const link = d.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    d.head.append(link);
  }
  load();
} else if (d.visibilityState === 'visible') {
  requestAnimationFrame(() => setTimeout(load));
} else {
  load();
}

export {};
