/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { firstPaint } from './scripts/first-paint-plugin.ts';
import { webManifest } from './scripts/web-manifest.ts';
import { manifestMessages } from './src/ui/messages/page.ts';

/**
 * The build, in order: React; the first paint (inline style, boot script, prerendered first
 * question and the CSP: scripts/first-paint-plugin.ts); the service worker, whose precache list
 * is made once index.html is final; then the dev server and the unit test projects.
 */
export default defineConfig({
  plugins: [
    react(),
    firstPaint(),
    // Works offline and installs like an app. Registered by src/app/service-worker.ts (a file,
    // not an inline script, for the CSP), and updates only when the person says so.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeManifestIcons: false,
      manifest: webManifest('en', manifestMessages),
      workbox: {
        // Everything the app needs, so any link opens with the network gone. The plugin lists its
        // own (English) web manifest; listing icons or assets again would put them in twice. The
        // other languages' manifests are the first-paint plugin's (scripts/web-manifest.ts).
        globPatterns: ['**/*.{js,css,html,svg,png,ico,txt}', 'manifest-*.webmanifest'],
        globIgnores: ['.vite/**'],
        // Every page is index.html with a query string.
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  // How chunks preload is the first-paint plugin's (scripts/first-paint-plugin.ts); the manifest
  // lets the budget script follow the first page's imports.
  build: { target: 'es2022', manifest: true },
  test: {
    globals: true,
    // Tests assert behavior, not speed (`npm run bench` measures that): the property tests and
    // the first render of a lazy page can take seconds on a busy two-core machine.
    testTimeout: 30_000,
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
