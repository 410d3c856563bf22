/**
 * `npm run budget`: what the first page downloads, gzip -9, against the budgets. Reads the
 * built dist/index.html (run `npm run build` first): every script, module preload and
 * stylesheet it names. Lazy chunks (the results and the catalog) load later and are listed
 * for information. Exits 1 when over budget.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = { js: 88 * 1024, css: 10 * 1024 };
const html = readFileSync('dist/index.html', 'utf8');
const gz = (path) => gzipSync(readFileSync(`dist${path}`), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map(
  (m) => m[1],
);
const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map(
  (m) => m[1],
);
const firstJs = [...new Set([...scripts, ...preloads])];

let failed = false;
const report = (name, files, budget) => {
  const total = files.reduce((sum, file) => sum + gz(file), 0);
  const over = total > budget;
  failed ||= over;
  console.log(
    `${name.padEnd(28)} ${kb(total).padStart(9)}  budget ${kb(budget)}  ${over ? 'OVER' : 'ok'}`,
  );
  for (const file of files) console.log(`  ${file.padEnd(40)} ${kb(gz(file)).padStart(9)}`);
};

console.log('First-page downloads, gzip -9\n');
report('JavaScript, first page', firstJs, BUDGET.js);
report('CSS', styles, BUDGET.css);
console.log(`  index.html${' '.repeat(31)}${kb(gzipSync(html, { level: 9 }).length).padStart(9)}`);

const later = readdirSync('dist/assets')
  .map((name) => `/assets/${name}`)
  .filter((file) => file.endsWith('.js') && !firstJs.includes(file));
console.log('\nLoaded after the first page (results, catalog):');
for (const file of later) console.log(`  ${file.padEnd(40)} ${kb(gz(file)).padStart(9)}`);

if (failed) {
  console.error('\nOver budget.');
  process.exit(1);
}
