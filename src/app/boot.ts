/**
 * The boot script: inline in the built page's head after its title, run before the body is parsed, and allowed
 * by its hash (see scripts/first-paint-plugin.ts, which compiles this file with `BOOT` filled
 * in). Keep it tiny: every byte is in every page load.
 *
 * The built page holds the prerendered first question. On a visit that shows it, the app's
 * code is fetched only after that first paint, so the question shows at once. A link that
 * may open another page hides the prerendered markup until the app renders the right page
 * (no flash, no layout shift) and fetches the code and the results chunks at once. Keys the
 * app does not read (`fbclid`, `utm_source`…) hide nothing. The app un-hides the page once it
 * has taken over (src/app/main.tsx), whatever the link held.
 *
 * First of all it picks the language (docs/decisions/008): the link's `lang`, else the first
 * of the browser's preferred languages that the app speaks, else English. It sets
 * `<html lang>`, shows that language's prerendered first question (every language but English
 * waits in a `<template>`), puts that language's title, meta description and web manifest in
 * the head (index.html's are English), and loads that language's build.
 */

/** One language's build. */
interface Build {
  /** Its entry script. Example: `'/assets/index-B1hNbRmy.js'`. */
  entry: string;
  /** Chunks its results page needs, fetched at once on a link that may open it. */
  preloads: string[];
  /** Its words for the page's head; none for English, which index.html holds. */
  head?: {
    /** The tab's title until the app sets its own. */
    title: string;
    /** The meta description. */
    description: string;
    /** Its web manifest. Example: `'/manifest-es.webmanifest'`. */
    manifest: string;
  };
}

interface Boot {
  /** Each language's build, English first. Example: `{ en: {…}, es: {…} }`. */
  builds: Record<string, Build>;
  /** The service worker's script, as src/app/service-worker.ts registers it: `'/sw.js'`. */
  worker: string;
  /** The link keys that may open a page other than the first question (all but `lang`). */
  keys: string[];
}

/** Trusted Types, where the browser has them (not yet in TypeScript's DOM types). */
interface TrustedTypesWindow {
  trustedTypes?: {
    createPolicy(name: string, rules: { createScriptURL(url: string): string }): unknown;
  };
}

declare const BOOT: Boot;

const { builds, worker, keys } = BOOT;
const d = document;
const html = d.documentElement;
const parts = location.search.slice(1).split('&');

/** A link value as the link reader reads it: decoded, trimmed, lower case. */
function valueOf(part: string): string {
  return keyOf(part.slice(part.indexOf('=') + 1));
}

const asked = parts.filter((part) => keyOf(part) === 'lang').map(valueOf)[0];
const lang =
  [asked, ...navigator.languages.map((tag) => tag.slice(0, 2).toLowerCase())].find(
    (code) => code !== undefined && Object.hasOwn(builds, code),
  ) ?? 'en';
const { entry, preloads, head } = builds[lang] as Build;
html.lang = lang;
if (lang !== 'en') {
  // This script comes right after the title and the description (scripts/first-paint-plugin.ts),
  // so the tab reads in the page's language from the start.
  if (head) {
    d.title = head.title;
    d.querySelector('meta[name="description"]')?.setAttribute('content', head.description);
  }
  // The body is not parsed yet: the first question is hidden until it is there to replace.
  html.classList.add('lang-pending');
  d.addEventListener('DOMContentLoaded', () => {
    const template = d.getElementById(`first-page-${lang}`) as HTMLTemplateElement | null;
    if (template) d.getElementById('root')?.replaceChildren(template.content);
    // The manifest's link comes after this script (the PWA plugin adds it last).
    if (head) d.querySelector('link[rel="manifest"]')?.setAttribute('href', head.manifest);
    html.classList.remove('lang-pending');
  });
}
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
  // Another language's code must find its own first question in place: it runs after the
  // swap above (listeners run in the order they were added).
  if (lang !== 'en' && d.readyState === 'loading') {
    d.addEventListener('DOMContentLoaded', load);
    return;
  }
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

const leavesFirstPage = parts.some((part) => keys.includes(keyOf(part)));

if (leavesFirstPage) {
  html.classList.add('deep-link');
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
