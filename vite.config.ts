/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The built page's Content-Security-Policy: the app's own files and nothing else, no
 * 'unsafe-inline', no eval. Two small pieces are inline on purpose, each allowed by its exact
 * SHA-256 hash (so nothing else inline can run): the stylesheet, because a separate CSS file
 * is one more request before the first paint; and the boot script below. Only in the build:
 * the dev server needs inline scripts for hot reloading. `frame-ancestors` cannot be set from
 * a meta tag; the README lists the headers a host adds.
 */
export function contentSecurityPolicy(scriptHashes: string[], styleHashes: string[]): string {
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
    "form-action 'none'",
  ].join('; ');
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');

/**
 * The boot script, run before the body is parsed. The built page holds the prerendered first
 * question, so on a bare visit the app's code is fetched only after that first paint: the
 * question shows at once and the code does not compete with it. A deep link (results, a later
 * step) shows something else, so it hides the prerendered markup until the app renders the
 * right page (no flash, no layout shift), and fetches the code and the results chunks at once.
 */
function bootScript(entry: string, preloads: string[]): string {
  return `(function(){var d=document;function load(){var s=d.createElement('script');s.type='module';s.src=${JSON.stringify(entry)};d.head.appendChild(s)}if(location.search){d.documentElement.classList.add('deep-link');${JSON.stringify(preloads)}.forEach(function(h){var l=d.createElement('link');l.rel='modulepreload';l.href=h;d.head.appendChild(l)});load()}else if(d.visibilityState==='visible'){requestAnimationFrame(function(){setTimeout(load)})}else{load()}})()`;
}

function buildPage(): Plugin {
  return {
    name: 'callback:build-page',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle ?? {};
        // The results page's code: its chunk and everything it imports.
        const results = Object.values(bundle).find(
          (chunk) => chunk.type === 'chunk' && chunk.facadeModuleId?.endsWith('results-page.tsx'),
        );
        const preloads = new Set<string>();
        const visit = (fileName: string) => {
          const chunk = bundle[fileName];
          if (!chunk || chunk.type !== 'chunk' || preloads.has(`/${fileName}`)) return;
          preloads.add(`/${fileName}`);
          chunk.imports.forEach(visit);
        };
        if (results) visit(results.fileName);
        let entry = '';
        let style = '';
        const page = html
          .replace(
            /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/,
            (_tag, src: string) => {
              entry = src;
              return '';
            },
          )
          .replace(
            /<link rel="stylesheet"[^>]*href="\/([^"]+)"[^>]*>/,
            (_tag, fileName: string) => {
              const asset = bundle[fileName];
              if (!asset || asset.type !== 'asset') throw new Error(`No CSS asset ${fileName}`);
              style = String(asset.source);
              // Rollup's own way to drop an emitted file: the CSS now lives in the page.
              // eslint-disable-next-line @typescript-eslint/no-dynamic-delete
              delete bundle[fileName];
              return `<style>${style}</style>`;
            },
          );
        if (!entry) throw new Error('No entry script in index.html');
        const boot = bootScript(entry, [...preloads]);
        const policy = contentSecurityPolicy([sha256(boot)], style ? [sha256(style)] : []);
        // After the charset, which must come within the first 1024 bytes.
        const charset = '<meta charset="UTF-8" />';
        if (!page.includes(charset)) throw new Error('index.html needs <meta charset="UTF-8" />');
        return page.replace(
          charset,
          `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />\n    <script>${boot}</script>`,
        );
      },
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    buildPage(),
    // Works offline and installs like an app. Registered by src/app/service-worker.ts (a file,
    // not an inline script, for the CSP), and updates only when the person says so.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'robots.txt', 'apple-touch-icon.png'],
      manifest: {
        name: 'Callback: what did that call mean?',
        short_name: 'Callback',
        description:
          'HR called after your interview? See what the call most likely means and get ready to call back.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f7f6f2',
        theme_color: '#1d4e89',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: '/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // Everything the app needs, so any link opens with the network gone.
        globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest,txt}'],
        globIgnores: ['.vite/**'],
        // Every page is index.html with a query string.
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  // No modulepreload links: on a bare visit the code loads after the first paint (see bootScript);
  // the manifest lets the budget script follow the first page's imports.
  build: { target: 'es2022', modulePreload: false, manifest: true },
  test: {
    globals: true,
    // Pure code runs in Node; anything that renders gets jsdom. The browser suite has its own
    // config (vitest.e2e.config.ts) because it needs a build and a server first.
    projects: [
      {
        extends: true,
        test: { name: 'domain', environment: 'node', include: ['tests/domain/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['tests/{state,ui,app}/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup-dom.ts'],
        },
      },
    ],
  },
});
