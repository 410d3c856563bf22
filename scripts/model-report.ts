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
import {
  CALLERS,
  classify,
  parseAnswers,
  ROUNDS,
  TONES,
  TOPICS,
  type Answers,
  type Topic,
} from '../src/domain/index.ts';
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

const scenarioHigh = allScenarios.filter(
  (s) => classify(parseAnswers(s.query).answers).confidence === 'high',
).length;
console.log(`\nScenarios with high confidence: ${scenarioHigh} of ${allScenarios.length}`);

// Across many answer combinations: every caller, round and tone, four bands of days (and
// "not sure"), and no topic, "nothing specific", each topic alone or any two together, plus
// the three kinds of talk of pay at once. How sure the model says it is, and how far it goes.
const specific = TOPICS.filter((t) => t !== 'nothing');
const topicSets: Topic[][] = [[], ['nothing'], ['salary', 'benefits', 'start-date']];
specific.forEach((a, i) => {
  topicSets.push([a]);
  for (const b of specific.slice(i + 1)) topicSets.push([a, b]);
});
const confidences = { low: 0, medium: 0, high: 0 };
let combinations = 0;
let offerAfterMiddle = 0;
let offerHighAfterMiddle = 0;
let highest = 0;
for (const caller of CALLERS)
  for (const round of ROUNDS)
    for (const days of ['unknown', 1, 4, 10, 45] as const)
      for (const tone of TONES)
        for (const topics of topicSets) {
          const answers: Answers = { caller, round, days, tone, topics };
          const { ranked, confidence } = classify(answers);
          combinations += 1;
          confidences[confidence] += 1;
          highest = Math.max(highest, ranked[0]!.likelihood);
          if (round === 'middle' && ranked[0]!.reason === 'offer') {
            offerAfterMiddle += 1;
            if (confidence === 'high') offerHighAfterMiddle += 1;
          }
        }
console.log(`\nAcross ${combinations} answer combinations:`);
for (const [level, n] of Object.entries(confidences)) {
  console.log(`  ${String(n).padStart(6)}  ${level} confidence (${pct(n / combinations)})`);
}
console.log(
  `  ${String(offerAfterMiddle).padStart(6)}  an offer first after a middle round, ` +
    `${offerHighAfterMiddle} of them with high confidence`,
);
console.log(`  highest top likelihood: ${pct(highest)}`);
