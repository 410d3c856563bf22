/**
 * Runs the real-browser suite when Debian's Chromium (and poppler-utils, for the print
 * checks) are here; otherwise says plainly that it skipped them and why. With
 * REQUIRE_BROWSER=1 (as in CI) a missing browser is a failure instead.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
const onPath = (tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const missing = [];
if (!existsSync(chrome))
  missing.push(`Chromium (looked for ${chrome}; set CHROME_PATH to use another)`);
if (!onPath('pdfinfo') || !onPath('pdftotext'))
  missing.push('pdfinfo and pdftotext (poppler-utils)');

if (missing.length > 0) {
  const why = `missing ${missing.join(' and ')}. Install with: apt-get install -y chromium poppler-utils`;
  if (process.env.REQUIRE_BROWSER === '1') {
    console.error(`\nBrowser tests are required here (REQUIRE_BROWSER=1) but cannot run: ${why}`);
    process.exit(1);
  }
  console.log(`\nBrowser tests SKIPPED: ${why}`);
  console.log('Everything else ran. CI installs the browser and runs them.\n');
  process.exit(0);
}

const run = spawnSync(
  'npx',
  ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: { ...process.env, CHROME_PATH: chrome },
  },
);
process.exit(run.status ?? 1);
