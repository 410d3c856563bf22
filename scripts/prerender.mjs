/**
 * Puts the prerendered first question into dist/index.html. Runs after `vite build` and the
 * server build of src/app/prerender.tsx (see the build script in package.json).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const serverBuild = new URL('../.prerender/prerender.js', import.meta.url);
const { renderFirstPage } = await import(pathToFileURL(serverBuild.pathname).href);
const file = new URL('../dist/index.html', import.meta.url);
const html = readFileSync(file, 'utf8');
const marker = '<div id="root"></div>';
if (!html.includes(marker)) throw new Error('dist/index.html has no empty #root to fill');
writeFileSync(
  file,
  html.replace(marker, `<div id="root" data-prerendered>${renderFirstPage()}</div>`),
);
rmSync(new URL('../.prerender', import.meta.url), { recursive: true, force: true });
console.log('Prerendered the first question into dist/index.html');
