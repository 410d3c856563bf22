/**
 * The first paint, as one build plugin: everything that makes the built index.html show the
 * first question before any script runs, under a strict Content-Security-Policy.
 *
 * - The stylesheet is inlined (a separate file is one more request before the first paint).
 * - The entry script tag is replaced by the boot script (src/app/boot.ts, compiled here to a
 *   small inline string) that loads the code after the first paint, or at once on a link that
 *   may open another page, with the results chunks preloaded.
 * - The first question is prerendered into #root by a server build of src/app/prerender.tsx.
 * - The CSP allows the inline style and boot script by their SHA-256 hashes, and Trusted Types
 *   with the boot script's one policy (docs/decisions/004-inline-style-and-boot-script-by-hash.md).
 *
 * - Every language is built (docs/decisions/008): the English build starts the Spanish one
 *   (with scripts/language-plugin.ts), puts its files beside its own in dist/assets (a chunk
 *   both builds made alike has the same name and is kept once), its prerendered first question
 *   in a `<template>` and its entry in the boot script, which picks the language. The page's
 *   head words (src/ui/messages/page.ts: title, meta description) go into index.html in English
 *   and into the boot script in every other language, which swaps them in; the `<noscript>`
 *   text is written in every language (nothing picks one without JavaScript); and each other
 *   language gets its own web manifest (scripts/web-manifest.ts).
 *
 * It all happens while index.html is transformed, so the file is final before it is written,
 * and the service worker's precache list (made after the bundle is written) hashes the page
 * that is served. Only in the build: the dev server needs inline scripts for hot reloading.
 */
import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type Plugin, type Rolldown } from 'vite';
import { LANGUAGES, LINK_KEYS, type Language } from '../src/domain/core.ts';
import type { pageMessages } from '../src/ui/messages/page.ts';
import { language } from './language-plugin.ts';
import { manifestFile, webManifest, type ManifestWords } from './web-manifest.ts';

/**
 * The boot script's Trusted Types policy (src/app/boot.ts). It is the default policy, the one
 * the browser applies to plain strings: the app's own code sets script addresses as strings
 * (Vite's entry, the service worker's registration), and only the boot script is inline.
 */
const POLICY = 'default';

/** The service worker's script, as src/app/service-worker.ts registers it. */
const WORKER = '/sw.js';

/**
 * The built page's Content-Security-Policy: the app's own files and nothing else, no
 * 'unsafe-inline', no eval, script addresses only through the boot script's Trusted Types
 * policy. Forms may submit to the app itself, so the first question works without JavaScript.
 * `frame-ancestors` cannot be set from a meta tag; the README lists the headers a host adds.
 */
function contentSecurityPolicy(scriptHashes: string[], styleHashes: string[]): string {
  const hashes = (list: string[]) => list.map((hash) => ` 'sha256-${hash}'`).join('');
  return [
    "default-src 'none'",
    `script-src 'self'${hashes(scriptHashes)}`,
    `style-src 'self'${hashes(styleHashes)}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "require-trusted-types-for 'script'",
    `trusted-types ${POLICY}`,
  ].join('; ');
}

/** What one language's build puts into the page. */
interface LanguagePage {
  /** The entry script. Example: `'/assets/index-B1hNbRmy.js'`. */
  entry: string;
  /** The results page's chunks, fetched at once on a link that may open it. */
  preloads: string[];
  /** The first question, prerendered in that language. */
  firstPage: string;
  /** The words of the page's head, its `<noscript>` and its web manifest, in that language. */
  words: PageWords;
}

/** What a language's src/ui/messages/page.ts holds. */
interface PageWords {
  page: { [Key in keyof typeof pageMessages]: string };
  manifest: ManifestWords;
}

/**
 * What the boot script needs to turn the page's head into another language's: the tab's title,
 * the meta description and the web manifest to link to.
 */
interface Head {
  title: string;
  description: string;
  manifest: string;
}

/** Another language's build, kept in memory until the English build writes it. */
interface OtherBuild {
  code: Language;
  page: LanguagePage;
  files: (Rolldown.OutputChunk | Rolldown.OutputAsset)[];
}

/**
 * The Vite plugin that builds the first paint into index.html. Without options, the English
 * build, which also builds every other language; with `code`, another language's build, which
 * hands its page to `report` and writes no page of its own.
 */
export function firstPaint(
  other: { code: Language; report: (page: LanguagePage) => void } | undefined = undefined,
): Plugin {
  let root = process.cwd();
  let others: OtherBuild[] = [];
  return {
    name: 'callback:first-paint',
    apply: 'build',
    config: () => ({
      build: {
        // One stylesheet for the whole app, inlined into the page below. Split per chunk, the
        // chunks that load on demand would also ask for it as a file, which no longer exists.
        cssCodeSplit: false,
        modulePreload: {
          polyfill: false,
          // The page itself gets no modulepreload links: on a bare visit the code loads after
          // the first paint (src/app/boot.ts). A dynamic import fetches its chunk's own imports
          // alongside it, instead of one after another.
          resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? [] : deps),
        },
      },
    }),
    configResolved(config) {
      root = config.root;
    },
    async buildStart() {
      if (other || this.environment.config.build.ssr) return;
      others = [];
      // One after the other: the machine building this may have two cores.
      for (const code of LANGUAGES) if (code !== 'en') others.push(await buildLanguage(root, code));
    },
    generateBundle(_options, bundle) {
      if (other) {
        // Only its scripts are its own: the page and its stylesheet are the English build's.
        for (const name of Object.keys(bundle)) if (name.endsWith('.html')) delete bundle[name];
        return;
      }
      for (const file of others.flatMap((each) => each.files)) {
        if (bundle[file.fileName] || file.fileName.endsWith('.html')) continue;
        const source = file.type === 'chunk' ? file.code : file.source;
        this.emitFile({ type: 'asset', fileName: file.fileName, source });
      }
      // Each language's manifest beside the plugin's English one (precached: see vite.config.ts).
      for (const { code, page } of others) {
        const manifest = webManifest(code, page.words.manifest);
        const fileName = manifestFile(code).slice(1);
        this.emitFile({ type: 'asset', fileName, source: `${JSON.stringify(manifest)}\n` });
      }
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        const bundle = context.bundle ?? {};
        let entry = '';
        let style = '';
        const page = html
          .replace(/<script type="module" crossorigin src="([^"]+)"><\/script>\s*/, (_, src) => {
            entry = String(src);
            return '';
          })
          .replace(/<link rel="stylesheet"[^>]*href="\/([^"]+)"[^>]*>/, (_, fileName) => {
            const asset = bundle[String(fileName)];
            if (asset?.type !== 'asset') throw new Error(`No CSS asset ${String(fileName)}`);
            style = String(asset.source);
            // Rollup's own way to drop an emitted file: the CSS now lives in the page.
            delete bundle[String(fileName)];
            return `<style>${style}</style>`;
          });
        if (!entry) throw new Error('No entry script in index.html');
        if (other) {
          const { firstPage, words } = await prerender(root, other.code);
          other.report({ entry, preloads: resultsPreloads(bundle), firstPage, words });
          return html;
        }
        const builds: Record<string, { entry: string; preloads: string[]; head?: Head }> = {
          en: { entry, preloads: resultsPreloads(bundle) },
        };
        for (const { code, page } of others) {
          const head = {
            title: page.words.page.title,
            description: page.words.page.description,
            manifest: manifestFile(code),
          };
          builds[code] = { entry: page.entry, preloads: page.preloads, head };
        }
        const boot = await bootScript(root, {
          builds,
          worker: WORKER,
          // The language alone never leaves the first question.
          keys: LINK_KEYS.filter((key) => key !== 'lang'),
        });
        const policy = contentSecurityPolicy([sha256(boot)], style ? [sha256(style)] : []);
        // After the charset, which must come within the first 1024 bytes.
        const charset = '<meta charset="UTF-8" />';
        if (!page.includes(charset)) throw new Error('index.html needs <meta charset="UTF-8" />');
        const marker = '<div id="root"></div>';
        if (!page.includes(marker)) throw new Error('index.html needs an empty <div id="root">');
        const { firstPage, words } = await prerender(root, 'en');
        // With JavaScript off nothing can pick the language, so the text is there in each.
        const noscript = [
          `<p class="noscript">${escapeHtml(words.page.noscript)}</p>`,
          ...others.map(
            ({ code, page }) =>
              `<p class="noscript" lang="${code}">${escapeHtml(page.words.page.noscript)}</p>`,
          ),
        ];
        const templates = others.map(
          ({ code, page }) =>
            `\n    <template id="first-page-${code}">${page.firstPage}</template>`,
        );
        return (
          page
            // Replacer functions, so that no `$&` in the code is read as a replacement pattern.
            // The boot script right after the title and the description, so that it can put
            // another language's in before the first paint rather than once the page is parsed.
            .replace(
              /<title>[^<]*<\/title>/,
              () => `<title>${escapeHtml(words.page.title)}</title>\n    <script>${boot}</script>`,
            )
            .replace(
              /(<meta\s+name="description"\s+content=")[^"]*"/,
              (_, start: string) => `${start}${escapeHtml(words.page.description)}"`,
            )
            .replace(
              /<noscript>[\s\S]*?<\/noscript>/,
              () => `<noscript>\n      ${noscript.join('\n      ')}\n    </noscript>`,
            )
            .replace(
              charset,
              () =>
                `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
            )
            .replace(
              marker,
              () => `<div id="root" data-prerendered>${firstPage}</div>${templates.join('')}`,
            )
        );
      },
    },
  };
}

/**
 * What a link to the results fetches at once, alongside the entry: the results page's chunk
 * and every chunk it imports statically. Example: `['/assets/results-page-….js', …]`.
 */
function resultsPreloads(bundle: Rolldown.OutputBundle): string[] {
  const results = Object.values(bundle).find(
    (chunk) => chunk.type === 'chunk' && chunk.facadeModuleId?.endsWith('results-page.tsx'),
  );
  const preloads = new Set<string>();
  const visit = (fileName: string) => {
    const chunk = bundle[fileName];
    if (chunk?.type !== 'chunk' || preloads.has(`/${fileName}`)) return;
    preloads.add(`/${fileName}`);
    chunk.imports.forEach(visit);
  };
  if (results) visit(results.fileName);
  return [...preloads];
}

/** Text made safe inside an element or a double-quoted attribute. */
const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');

/** src/app/boot.ts compiled, minified, with its values filled in: one inline script. */
async function bootScript(
  root: string,
  values: { builds: object; worker: string; keys: string[] },
): Promise<string> {
  const output = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    define: { BOOT: JSON.stringify(values) },
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry: resolve(root, 'src/app/boot.ts'), formats: ['iife'], name: 'boot' },
    },
  });
  const code = onlyChunk(output).code.trim().replace(/;$/, '');
  if (code.includes('</')) throw new Error('The boot script may not contain "</"');
  return code;
}

/**
 * The first question's HTML, rendered by a server build of src/app/prerender.tsx: the same
 * components the browser hydrates (see src/app/main.tsx); and the words of that language's
 * src/ui/messages/page.ts, for the page's head and the web manifest.
 */
async function prerender(
  root: string,
  code: Language,
): Promise<{ firstPage: string; words: PageWords }> {
  const outDir = resolve(root, `node_modules/.cache/callback-prerender-${code}`);
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: [react(), language(code, root)],
    build: { ssr: 'src/app/prerender.tsx', outDir, emptyOutDir: true },
  });
  try {
    const module = (await import(pathToFileURL(resolve(outDir, 'prerender.js')).href)) as {
      renderFirstPage: () => Promise<string>;
      pageMessages: PageWords['page'];
      manifestMessages: PageWords['manifest'];
    };
    const words = { page: module.pageMessages, manifest: module.manifestMessages };
    return { firstPage: await module.renderFirstPage(), words };
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

/**
 * Another language's build, in memory: the same app with scripts/language-plugin.ts, its files
 * named by their content like the English build's, and its own manifest for the budget
 * (`.vite/manifest-es.json`).
 */
async function buildLanguage(root: string, code: Language): Promise<OtherBuild> {
  let page: LanguagePage | undefined;
  const output = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: [react(), language(code, root), firstPaint({ code, report: (p) => (page = p) })],
    build: { target: 'es2022', manifest: `.vite/manifest-${code}.json`, write: false },
  });
  const outputs = Array.isArray(output) ? output : [output];
  const files = outputs.flatMap((o) => ('output' in o ? o.output : []));
  if (!page) throw new Error(`The ${code} build made no page`);
  return { code, page, files };
}

function onlyChunk(output: Awaited<ReturnType<typeof build>>): Rolldown.OutputChunk {
  const outputs = Array.isArray(output) ? output : [output];
  const chunks = outputs.flatMap((o) => ('output' in o ? o.output : []));
  const chunk = chunks.find((c) => c.type === 'chunk');
  if (!chunk || chunks.length !== 1) throw new Error('The boot script must build to one chunk');
  return chunk;
}
