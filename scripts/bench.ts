/**
 * `npm run bench`: how fast the core is, and how plain its words are. Prints numbers; it is
 * a benchmark, not a test, so nothing here fails on a slow machine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import {
  classify,
  etiquette,
  parseAnswers,
  questions,
  reasons,
  suggestAnswers,
} from '../src/domain/index.ts';
import { CODE_KEYS, gradeOf, textsOf } from './readability.ts';
import spanishTable from '../tests/fixtures/messages-es.json';
import { fernandezHuerta } from './spanish-readability.ts';

const scenarioFiles = [
  'tests/fixtures/visible-scenarios.json',
  'tests/fixtures/more-scenarios.json',
];
const queries: string[] = scenarioFiles.flatMap((file) =>
  (JSON.parse(readFileSync(file, 'utf8')) as { scenarios: { query: string }[] }).scenarios.map(
    (s) => s.query,
  ),
);
const answers = queries.map((q) => parseAnswers(q).answers);

/** Median time per call in microseconds, over `rounds` timed batches of every input. */
function median<T>(inputs: readonly T[], run: (input: T) => unknown, rounds = 500): number {
  let sink = 0;
  for (let i = 0; i < 300; i += 1) for (const input of inputs) sink += run(input) ? 1 : 0; // warm up the JIT
  const perCall: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    const start = process.hrtime.bigint();
    for (const input of inputs) sink += run(input) ? 1 : 0;
    perCall.push(Number(process.hrtime.bigint() - start) / 1000 / inputs.length);
  }
  if (sink < 0) console.log(sink);
  perCall.sort((a, b) => a - b);
  return perCall[Math.floor(perCall.length / 2)]!;
}

const row = (name: string, value: number, unit: string, target: string) =>
  console.log(
    `${name.padEnd(34)} ${value.toFixed(2).padStart(8)} ${unit.padEnd(4)}${target ? ` (target ${target})` : ''}`.trimEnd(),
  );

console.log(`Callback core benchmark, ${queries.length} scenarios, Node ${process.version}\n`);
row('classify, median per call', median(answers, classify), 'µs', 'under 5 µs');
row('parseAnswers, median per call', median(queries, parseAnswers), 'µs', 'under 5 µs');

const message = readFileSync('tests/fixtures/sample-voicemail.txt', 'utf8');
const big = message.repeat(Math.ceil(100_000 / message.length)).slice(0, 100_000);
row('suggestAnswers, one voicemail', median([message], suggestAnswers, 100), 'µs', 'fast');
row(
  'suggestAnswers, 100 KB of text',
  median([big], suggestAnswers, 20) / 1000,
  'ms',
  'under 20 ms',
);
// Spanish (issue 12): the held-out Spanish messages, one after another, to 100 KB.
const spanishMessages = spanishTable.messages.map((m) => m.text).join('\n\n');
const bigSpanish = spanishMessages
  .repeat(Math.ceil(100_000 / spanishMessages.length))
  .slice(0, 100_000);
const readSpanish = (text: string) => suggestAnswers(text);
row(
  'suggestAnswers, 100 KB of Spanish',
  median([bigSpanish], readSpanish, 20) / 1000,
  'ms',
  'under 20 ms',
);

const all = textsOf({ reasons, etiquette, questions }, CODE_KEYS);
console.log('');
row('Flesch-Kincaid grade, catalog', gradeOf(all), '', '8 or below');
for (const reason of reasons) row(`  ${reason.id}`, gradeOf(textsOf(reason, CODE_KEYS)), '', '');

// The Spanish catalog's words (src/lang/es/domain), as a Spanish reader sees them.
const spanishFiles = [
  'catalog/reason-words.ts',
  'etiquette.ts',
  'question-words.ts',
  'catalog/asks.ts',
  ...readdirSync('src/lang/es/domain/catalog/prep').map((file) => `catalog/prep/${file}`),
];
const spanishCatalog = await Promise.all(
  spanishFiles.map((file) => import(`../src/lang/es/domain/${file}`) as Promise<object>),
);
const spanishTexts = textsOf(spanishCatalog, CODE_KEYS).filter((text) => text !== '');
row('Fernández-Huerta, Spanish catalog', fernandezHuerta(spanishTexts), '', '70 or above');
