/**
 * `npm run suggest-quality`: how well `suggestAnswers` reads two labelled tables: the training
 * table (tests/fixtures/messages.json, which the lexicon may be tuned on) and the held-out table
 * (tests/fixtures/messages-fresh.json, which it never is). Prints the numbers of both; lists
 * the misses of the training table only, so that nobody tunes on the held-out one by reading
 * them (`--show-fresh` lists those too, for a look after a change, never to tune). The same
 * for Spanish (issue 12): messages-es-train.json may be tuned on, messages-es.json never is, nor
 * messages-es-blind.json, written by someone who never saw the Spanish reader.
 */
import {
  FACTS,
  freshMessages,
  freshToday,
  messages,
  scoreSuggestions,
  spanishBlindMessages,
  spanishBlindToday,
  spanishMessages,
  spanishToday,
  spanishTrainingMessages,
  summary,
  type Quality,
} from '../tests/fixtures/suggest-quality.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function report(title: string, quality: Quality, showMisses: boolean): void {
  console.log(`\n${title}: ${quality.messages} labelled messages\n`);
  console.log(`  topic precision  ${pct(quality.precision)}`);
  console.log(`  topic recall     ${pct(quality.recall)}`);
  console.log(`  tone accuracy    ${pct(quality.toneAccuracy)}   of ${quality.toneLabelled}`);
  for (const fact of FACTS) {
    const s = quality.facts[fact];
    if (s.labelled === 0) continue;
    console.log(
      `  ${fact.padEnd(8)} precision ${(s.suggested ? pct(s.precision) : '—').padStart(6)} (${s.correct}/${s.suggested})` +
        `  recall ${pct(s.recall).padStart(6)} (${s.correct}/${s.expected})`,
    );
  }
  console.log(`  opposite tones   ${quality.oppositeTones.length}`);
  if (!showMisses) return;
  console.log(`\n  ${quality.misses.length} messages with a miss:\n`);
  for (const miss of quality.misses) {
    console.log(`- ${miss.id}`);
    console.log(`    "${miss.text.replace(/\s+/g, ' ').slice(0, 400)}"`);
    if (miss.missing.length > 0) console.log(`    missed topics: ${miss.missing.join(', ')}`);
    if (miss.extra.length > 0) console.log(`    extra topics:  ${miss.extra.join(', ')}`);
    if (miss.tone) console.log(`    tone: expected ${miss.tone[0]}, got ${miss.tone[1]}`);
    for (const [fact, [want, got]] of Object.entries(miss.facts)) {
      console.log(`    ${fact}: expected ${want}, got ${got}`);
    }
  }
}

const showFresh = process.argv.includes('--show-fresh');
const training = scoreSuggestions(messages);
const fresh = scoreSuggestions(freshMessages, undefined, freshToday);
report('Training table (messages.json)', training, true);
report('Held-out table (messages-fresh.json, never tuned on)', fresh, showFresh);
const spanishTraining = scoreSuggestions(spanishTrainingMessages, undefined, spanishToday);
const spanish = scoreSuggestions(spanishMessages, undefined, spanishToday);
report('Spanish training table (messages-es-train.json)', spanishTraining, true);
report('Spanish held-out table (messages-es.json, never tuned on)', spanish, showFresh);
const spanishBlind = scoreSuggestions(spanishBlindMessages, undefined, spanishBlindToday);
report(
  'Spanish blind table (messages-es-blind.json, written by someone who never saw the Spanish reader)',
  spanishBlind,
  showFresh,
);
console.log(`\ntraining: ${summary(training)}`);
console.log(`held out: ${summary(fresh)}`);
console.log(`es train: ${summary(spanishTraining)}`);
console.log(`es held:  ${summary(spanish)}`);
console.log(`es blind: ${summary(spanishBlind)}`);
