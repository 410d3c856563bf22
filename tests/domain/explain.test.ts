import fc from 'fast-check';
import {
  CALLERS,
  CONTACTS,
  DAY_BANDS,
  ROUNDS,
  TONES,
  TOPICS,
  classify,
  dayBand,
  followUpInDays,
  parseAnswers,
  type Answers,
  type QuestionKey,
  type ReasonId,
  type Topic,
} from '../../src/domain/index.ts';
import { asks } from '../../src/domain/catalog/asks.ts';
import { bestQuestionToAsk, describeSwap, whatWouldSwap } from '../../src/domain/explain.ts';
import { gradeOf } from '../../scripts/readability.ts';
import { answersArb } from '../fixtures/arbitraries.ts';

const runs = { numRuns: 400 };

function likelihoodOf(answers: Answers, reason: ReasonId): number {
  return classify(answers).ranked.find((r) => r.reason === reason)!.likelihood;
}

function topTwo(answers: Answers): [ReasonId, ReasonId] {
  const [first, second] = classify(answers).ranked;
  return [first!.reason, second!.reason];
}

/**
 * Whether `second` is clearly more likely than `first`, and so ranked above it. Weights that
 * cancel exactly can leave a 1e-15 difference after floating-point sums: that is a tie.
 */
function swaps(answers: Answers, first: ReasonId, second: ReasonId): boolean {
  const ranked = classify(answers).ranked.map((r) => r.reason);
  const ahead = likelihoodOf(answers, second) - likelihoodOf(answers, first) > 1e-9;
  if (ahead) expect(ranked.indexOf(second)).toBeLessThan(ranked.indexOf(first));
  return ahead;
}

interface Change {
  question: QuestionKey;
  value: string;
  /** 0: fills in a gap or adds a topic; 1: overrules something the candidate said. */
  departure: number;
  changed: Answers;
}

/**
 * Every single change the brief allows, written out again here so the test does not lean on
 * the code it checks: another real answer (never "not sure") to caller, contact, round or tone,
 * the first day of another band, or one topic not yet mentioned.
 */
function everyChange(answers: Answers): Change[] {
  const list: Change[] = [];
  const singles = { caller: CALLERS, contact: CONTACTS, round: ROUNDS, tone: TONES } as const;
  for (const question of ['caller', 'contact', 'round', 'tone'] as const) {
    const current = answers[question];
    for (const value of singles[question]) {
      if (value === 'unknown' || value === current) continue;
      const departure = current === undefined || current === 'unknown' ? 0 : 1;
      list.push({ question, value, departure, changed: { ...answers, [question]: value } });
    }
  }
  const days = answers.days;
  for (const band of DAY_BANDS) {
    if (typeof days === 'number' && dayBand(days) === band) continue;
    const day = Number.parseInt(band, 10);
    const departure = typeof days === 'number' ? 1 : 0;
    list.push({
      question: 'days',
      value: String(day),
      departure,
      changed: { ...answers, days: day },
    });
  }
  const topics = answers.topics ?? [];
  for (const topic of TOPICS) {
    if (topic === 'nothing' || topics.includes(topic)) continue;
    const kept = topics.filter((t) => t !== 'nothing');
    list.push({
      question: 'topics',
      value: topic,
      departure: topics.includes('nothing') ? 1 : 0,
      changed: { ...answers, topics: [...kept, topic] },
    });
  }
  if (topics.length === 0) {
    list.push({
      question: 'topics',
      value: 'nothing',
      departure: 0,
      changed: { ...answers, topics: ['nothing'] },
    });
  }
  return list;
}

/** The swap's change made by hand, from its question and value alone. */
function apply(answers: Answers, question: QuestionKey, value: string): Answers {
  if (question === 'days') return { ...answers, days: Number(value) };
  if (question === 'topics') {
    const kept = (answers.topics ?? []).filter((t) => t !== 'nothing');
    return { ...answers, topics: value === 'nothing' ? ['nothing'] : [...kept, value as Topic] };
  }
  return { ...answers, [question]: value };
}

/**
 * What a yes about this topic would add to a reason's score now: its weight, or less when a
 * topic of its family was already mentioned (topics of one family count less after the first).
 */
function weight(reason: ReasonId, topic: Topic, answers: Answers): number {
  const said = (answers.topics ?? []).filter((t) => t !== 'nothing');
  const score = (topics: Topic[]) =>
    classify({ ...answers, topics }).ranked.find((r) => r.reason === reason)!.score;
  return Math.round((score([...said, topic]) - score(said)) * 100) / 100;
}

/** Topics a question could be asked about: not `nothing`, not yet mentioned, a sign of one. */
function askable(answers: Answers, first: ReasonId, second: ReasonId): Topic[] {
  return TOPICS.filter(
    (topic) =>
      topic !== 'nothing' &&
      !(answers.topics ?? []).includes(topic) &&
      Math.max(weight(first, topic, answers), weight(second, topic, answers)) > 0,
  );
}

const link = (query: string) => parseAnswers(query).answers;

describe('whatWouldSwap', () => {
  it('names a change that really puts the second meaning above the first', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const swap = whatWouldSwap(answers);
        fc.pre(swap !== null);
        const [first, second] = topTwo(answers);
        expect([swap!.first, swap!.second]).toEqual([first, second]);
        const changed = apply(answers, swap!.question, swap!.value);
        expect(swaps(changed, first, second)).toBe(true);
        const sorted = (a: Answers) => ({ ...a, topics: a.topics && [...a.topics].sort() });
        expect(sorted(swap!.changed)).toEqual(sorted(changed));
        const others = classify(changed).ranked.filter((r) => r.reason !== second);
        const tops = others.every((r) => likelihoodOf(changed, second) - r.likelihood > 1e-9);
        expect(swap!.leads).toBe(tops);
        expect(swap!.kind).toBe(swap!.question === 'topics' ? 'add-topic' : 'set');
      }),
      runs,
    );
  });

  it('returns null only when no single change would swap the top two', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        fc.pre(whatWouldSwap(answers) === null);
        const [first, second] = topTwo(answers);
        for (const change of everyChange(answers)) {
          expect(swaps(change.changed, first, second), `${change.question}=${change.value}`).toBe(
            false,
          );
        }
      }),
      runs,
    );
  });

  it('prefers filling a gap to overruling an answer, then the largest lead', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const [first, second] = topTwo(answers);
        const working = everyChange(answers).filter((c) => swaps(c.changed, first, second));
        const swap = whatWouldSwap(answers);
        expect(swap === null).toBe(working.length === 0);
        if (!swap) return;
        const least = Math.min(...working.map((c) => c.departure));
        expect(swap.replaces === undefined ? 0 : 1).toBe(least);
        const lead = (c: Change) =>
          likelihoodOf(c.changed, second) - likelihoodOf(c.changed, first);
        const best = Math.max(...working.filter((c) => c.departure === least).map(lead));
        expect(swap.lead).toBeCloseTo(best, 12);
      }),
      runs,
    );
  });

  it('is deterministic and always describable', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const swap = whatWouldSwap(answers);
        expect(whatWouldSwap(answers)).toEqual(swap);
        if (!swap) return;
        const sentence = describeSwap(swap);
        expect(sentence).toMatch(/^If [a-z].*, .+ would (lead|move ahead of .+)\.$/);
        expect(sentence).not.toMatch(/unknown|not sure|undefined|NaN| {2}/i);
      }),
      runs,
    );
  });

  it.each([
    [
      'caller=recruiter&round=final&days=3&topics=references&tone=warm',
      'If they had also mentioned benefits, a job offer would lead.',
    ],
    [
      'caller=recruiter&contact=email&round=final&days=35&topics=feedback&tone=hesitant',
      'If they had also mentioned their timeline or a delay, an update on timing would lead.',
    ],
    [
      'caller=recruiter&contact=voicemail&round=final&days=2&topics=nothing&tone=warm',
      'If they had mentioned another interview, another interview would lead.',
    ],
    // Filling in the days beats overruling "nothing specific".
    [
      'caller=recruiter&contact=email&round=middle&days=unknown&topics=nothing&tone=unknown',
      'If your interview had been a month or more ago, an update on timing would lead.',
    ],
    [
      'contact=email&round=middle&days=40&topics=nothing&tone=warm',
      'If the caller had been the hiring manager or an interviewer, another interview would lead.',
    ],
    [
      'caller=agency&contact=unknown&days=40&topics=nothing&tone=hesitant',
      'If they had sent an email or text asking for a call, an update on timing would lead.',
    ],
    [
      'caller=hiring-manager&contact=voicemail&round=middle&topics=nothing&tone=warm',
      'If your latest interview had been the final round, a job offer would lead.',
    ],
    [
      'caller=hiring-manager&round=unknown&days=7&topics=references,salary&tone=warm',
      'If they had sounded hesitant, formal or apologetic, a reference check would lead.',
    ],
    // A third meaning would top the list, so the sentence says only what it can.
    [
      'caller=hiring-manager&round=final&topics=nothing&tone=neutral',
      'If your interview had been a month or more ago, news that you were not chosen this time would move ahead of a job offer.',
    ],
  ])('%s: %s', (query, sentence) => {
    const swap = whatWouldSwap(link(query));
    expect(swap).not.toBeNull();
    expect(describeSwap(swap!)).toBe(sentence);
  });

  it('finds nothing to swap a long wait about timing for a rejection', () => {
    const answers = link(
      'caller=recruiter&contact=email&round=final&days=14&topics=timeline&tone=hesitant',
    );
    expect(topTwo(answers)).toEqual(['status-update', 'rejection']);
    expect(whatWouldSwap(answers)).toBeNull();
  });

  it('gives the changed answers and the stated answer it overrules', () => {
    const swap = whatWouldSwap(link('caller=hiring-manager&contact=voicemail&round=screen'))!;
    expect(swap).toMatchObject({ question: 'topics', kind: 'add-topic' });
    const overrule = whatWouldSwap(
      link('caller=hiring-manager&contact=voicemail&round=middle&topics=nothing&tone=warm'),
    )!;
    expect(overrule).toMatchObject({
      first: 'next-interview',
      second: 'offer',
      question: 'round',
      value: 'final',
      kind: 'set',
      replaces: 'middle',
      leads: true,
    });
    expect(overrule.changed.round).toBe('final');
  });

  it('reads at grade 8 or below', () => {
    const sentences = fc
      .sample(answersArb, { numRuns: 300, seed: 1 })
      .map(whatWouldSwap)
      .filter((swap) => swap !== null)
      .map(describeSwap);
    expect(gradeOf(sentences)).toBeLessThanOrEqual(8);
  });
});

describe('bestQuestionToAsk', () => {
  it('tells exactly the top two apart, on the topic whose weights differ most', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const [first, second] = topTwo(answers);
        const ask = bestQuestionToAsk(answers);
        const gap = (topic: Topic) =>
          Math.abs(weight(first, topic, answers) - weight(second, topic, answers));
        const topics = askable(answers, first, second);
        const widest = Math.max(0, ...topics.map(gap));
        if (ask === null) {
          expect(widest).toBe(0);
          return;
        }
        expect([ask.favours, ask.against].sort()).toEqual([first, second].sort());
        expect(topics).toContain(ask.topic);
        expect(gap(ask.topic)).toBe(widest);
        expect(gap(ask.topic)).toBeGreaterThan(0);
        // A yes points to the meaning the topic is a sign of.
        expect(weight(ask.favours, ask.topic, answers)).toBeGreaterThan(
          weight(ask.against, ask.topic, answers),
        );
        expect(weight(ask.favours, ask.topic, answers)).toBeGreaterThan(0);
        expect(ask.question).toBe(asks[ask.topic]);
        expect(ask.why).toMatch(/^A yes points to .+; a no makes .+ more likely\.$/);
      }),
      runs,
    );
  });

  it.each([
    [
      'caller=recruiter&contact=spoke&round=final&days=14&topics=timeline&tone=hesitant',
      'feedback',
      'Do you have any feedback for me from the interview?',
      'A yes points to news that you were not chosen this time; a no makes an update on timing more likely.',
    ],
    [
      'round=final&days=1',
      'benefits',
      'Will we go over benefits today, such as leave or health cover?',
      'A yes points to a job offer; a no makes a reference check more likely.',
    ],
    [
      'caller=recruiter&contact=voicemail&round=final&days=2&topics=nothing&tone=warm',
      'next-interview',
      'Is the next step another interview?',
      'A yes points to another interview; a no makes a job offer more likely.',
    ],
    [
      'round=middle&days=3&topics=next-interview&tone=warm',
      'assessment',
      'Is there a test or task you would like me to do next?',
      'A yes points to a test or task; a no makes another interview more likely.',
    ],
    [
      'caller=recruiter&contact=spoke&round=final&days=5&topics=salary,start-date,benefits&tone=warm',
      'next-interview',
      'Is the next step another interview?',
      'A yes points to another interview; a no makes a job offer more likely.',
    ],
  ])('%s asks about %s', (query, topic, question, why) => {
    expect(bestQuestionToAsk(link(query))).toMatchObject({ topic, question, why });
  });

  it('has nothing to ask when every telling topic was already mentioned', () => {
    const answers = link('days=40&topics=competing-offers,feedback,timeline&tone=hesitant');
    expect(topTwo(answers)).toEqual(['status-update', 'rejection']);
    expect(bestQuestionToAsk(answers)).toBeNull();
  });
});

describe('answers a link cannot hold but the schema allows', () => {
  it.each<[string, Answers]>([
    ['nothing answered', {}],
    ['an empty topic list', { topics: [] }],
    ['"nothing" beside a topic', { topics: ['nothing', 'salary'] }],
    ['the longest wait', { days: 365, topics: ['nothing'] }],
  ])('handles %s', (_name, answers) => {
    const swap = whatWouldSwap(answers);
    if (swap) expect(swaps(swap.changed, swap.first, swap.second)).toBe(true);
    if (swap) expect(describeSwap(swap)).toMatch(/^If .+\.$/);
    const ask = bestQuestionToAsk(answers);
    expect(ask === null || ask.question.endsWith('?')).toBe(true);
  });

  it('leaves out "replaces" when the change fills a gap', () => {
    const swap = whatWouldSwap({ round: 'final', topics: ['timeline'] })!;
    expect(swap).toMatchObject({ question: 'topics', value: 'salary', second: 'offer' });
    expect('replaces' in swap).toBe(false);
  });
});

describe('asks', () => {
  const specific = TOPICS.filter((topic) => topic !== 'nothing');

  it('holds one plain question for every topic but "nothing"', () => {
    expect(Object.keys(asks).sort()).toEqual([...specific].sort());
    for (const question of Object.values(asks)) {
      expect(question.trim()).toBe(question);
      expect(question.length).toBeGreaterThan(10);
      expect(question).toMatch(/^[A-Z][^?]*\?$/);
    }
  });

  it('reads at grade 8 or below, as a whole and one by one', () => {
    expect(gradeOf(Object.values(asks))).toBeLessThanOrEqual(8);
    for (const question of Object.values(asks)) expect(gradeOf([question])).toBeLessThanOrEqual(8);
  });
});

describe('followUpInDays', () => {
  it.each([
    ['round=final&days=2', 5],
    ['round=final&days=0', 7],
    ['round=middle&days=1', 4],
    ['round=screen&days=30', 2],
    ['', 7],
  ])('%s: follow up in %i days', (query, expected) => {
    expect(followUpInDays(parseAnswers(query).answers)).toBe(expected);
  });

  it('is never today and never more than a week away', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const days = followUpInDays(answers);
        expect(days).toBeGreaterThanOrEqual(2);
        expect(days).toBeLessThanOrEqual(7);
      }),
    );
  });
});
