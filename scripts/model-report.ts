/**
 * `npm run model-report`: changes one answer at a time, over every scenario of both fixture
 * files, and lists each change of the top meaning, grouped by the two meanings it swaps.
 * Each line says why the change makes sense: a plain rule, a person's review, or "LOOK" when
 * neither does yet.
 * docs/model-report.md sums it up.
 */
import {
  changeCount,
  flipKey,
  flipsOf,
  reviewed,
  type Explanation,
  type Flip,
} from '../tests/fixtures/perturbations.ts';
import { allScenarios } from '../tests/fixtures/scenarios.ts';

const why: Record<NonNullable<Explanation>, string> = {
  topic: 'a topic that points to one of the two',
  stage: 'the round or the days: when in the process',
  mood: 'the tone, which the two read in opposite ways',
  who: 'who called or how, a strong clue between the two',
  close: 'a close call (within one clear clue)',
};

const pct = (x: number) => `${Math.round(x * 100)}%`;
/** Why a flip makes sense: a plain rule, a person's review, or "look" when neither. */
const reason = (f: Flip) =>
  f.explanation ? why[f.explanation] : (reviewed[flipKey(f)] ?? 'LOOK: nothing explains this yet');
const line = (f: Flip) =>
  `  ${flipKey(f)} · top: ${f.from} → ${f.to} (${pct(f.fromLikelihood)} → ${pct(f.toLikelihood)}) · ` +
  reason(f);

const flips = flipsOf();
const groups = new Map<string, Flip[]>();
for (const flip of flips) {
  const key = `${flip.from} → ${flip.to}`;
  groups.set(key, [...(groups.get(key) ?? []), flip]);
}

console.log(
  `Model report: ${allScenarios.length} scenarios, ${changeCount()} single-answer changes, ` +
    `${flips.length} change the top meaning.\n`,
);
for (const [key, list] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`${key} (${list.length})`);
  for (const flip of list) console.log(line(flip));
  console.log('');
}
const counts = new Map<string, number>();
for (const flip of flips) {
  const key = flip.explanation
    ? why[flip.explanation]
    : flipKey(flip) in reviewed
      ? 'reviewed by hand'
      : 'LOOK';
  counts.set(key, (counts.get(key) ?? 0) + 1);
}
console.log('By reason:');
for (const [key, n] of counts) console.log(`  ${String(n).padStart(4)}  ${key}`);
