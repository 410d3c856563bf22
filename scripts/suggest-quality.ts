/**
 * `npx tsx scripts/suggest-quality.ts`: how well `suggestAnswers` reads the table of realistic
 * messages in tests/fixtures/messages.json, with every message it got wrong.
 */
import { scoreSuggestions, summary } from '../tests/fixtures/suggest-quality.ts';

const quality = scoreSuggestions();
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

console.log(`suggestAnswers on ${quality.messages} labelled messages\n`);
console.log(`  topic precision  ${pct(quality.precision)}   (target 90%)`);
console.log(`  topic recall     ${pct(quality.recall)}   (target 90%)`);
console.log(
  `  tone accuracy    ${pct(quality.toneAccuracy)}   of ${quality.toneLabelled} (target 85%)`,
);
console.log(
  `  caller accuracy  ${pct(quality.callerAccuracy)}   of ${quality.callerLabelled} (target 85%)`,
);
console.log(`  opposite tones   ${quality.oppositeTones.length}   (target 0)\n`);

if (quality.misses.length === 0) console.log('No misses.');
else console.log(`${quality.misses.length} messages with a miss:\n`);
for (const miss of quality.misses) {
  console.log(`- ${miss.id}`);
  console.log(`    "${miss.text.replace(/\s+/g, ' ')}"`);
  if (miss.missing.length > 0) console.log(`    missed topics: ${miss.missing.join(', ')}`);
  if (miss.extra.length > 0) console.log(`    extra topics:  ${miss.extra.join(', ')}`);
  if (miss.tone) console.log(`    tone: expected ${miss.tone[0]}, got ${miss.tone[1]}`);
  if (miss.caller) console.log(`    caller: expected ${miss.caller[0]}, got ${miss.caller[1]}`);
}
console.log(`\n${summary(quality)}`);
