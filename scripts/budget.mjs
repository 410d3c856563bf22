/**
 * `npm run budget`: what the first page downloads, gzip -9, against the budgets. Reads the
 * build (run `npm run build` first): the entry script and every chunk it imports statically
 * (from Vite's manifest), and the stylesheet inlined in index.html. Chunks loaded on demand
 * (the results and the catalog) are listed for information. Exits 1 when over budget.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = { js: 88 * 1024, css: 10 * 1024 };
const html = readFileSync('dist/index.html', 'utf8');
const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8'));
const gz = (text) => gzipSync(text, { level: 9 }).length;
const gzFile = (file) => gz(readFileSync(`dist/${file}`));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
const firstJs = new Set();
const follow = (key) => {
  const chunk = manifest[key];
  if (!chunk || firstJs.has(chunk.file)) return;
  firstJs.add(chunk.file);
  for (const next of chunk.imports ?? []) follow(next);
};
follow(entryKey);
const css = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');

let failed = false;
const line = (name, size, budget) => {
  const over = budget !== undefined && size > budget;
  failed ||= over;
  const verdict = budget === undefined ? '' : `  budget ${kb(budget)}  ${over ? 'OVER' : 'ok'}`;
  console.log(`${name.padEnd(44)} ${kb(size).padStart(9)}${verdict}`);
};

console.log('First-page downloads, gzip -9\n');
const js = [...firstJs].reduce((sum, file) => sum + gzFile(file), 0);
line('JavaScript, first page', js, BUDGET.js);
for (const file of firstJs) line(`  ${file}`, gzFile(file));
line('CSS (inlined in index.html)', gz(css), BUDGET.css);
line('index.html, with the CSS and prerendered page', gz(html));

console.log('\nLoaded when needed (results, catalog, how it decides):');
const later = Object.values(manifest).filter(
  (chunk) => chunk.file.endsWith('.js') && !firstJs.has(chunk.file),
);
for (const chunk of later) line(`  ${chunk.file}`, gzFile(chunk.file));

if (failed) {
  console.error('\nOver budget.');
  process.exit(1);
}
