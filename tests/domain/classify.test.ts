import fc from 'fast-check';
import {
  CALLERS,
  classify,
  CLEAR_CLUE,
  CONTACTS,
  findReason,
  normalizeTopics,
  parseAnswers,
  reasons,
  REASON_IDS,
  STRONG_CLUE,
  strengthOf,
  toldApart,
  TONES,
  TOPICS,
  weightOf,
  weightsOf,
  dayBand,
  ROUNDS,
  type Answers,
  type QuestionKey,
  type RankedReason,
  type ReasonId,
  type Topic,
} from '../../src/domain/index.ts';
import { weigh } from '../../src/domain/classify.ts';
import { TOPIC_FAMILIES } from '../../src/domain/signals.ts';
import { answersArb } from '../fixtures/arbitraries.ts';
import { visibleScenarios } from '../fixtures/scenarios.ts';

const runs = { numRuns: 2000 };

function likelihoodOf(answers: Answers, reason: string): number {
  return classify(answers).ranked.find((r) => r.reason === reason)!.likelihood;
}

describe('classify', () => {
  it('ranks every reason once, best first, with likelihoods that sum to 1', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const { ranked } = classify(answers);
        expect(ranked.map((r) => r.reason).sort()).toEqual([...REASON_IDS].sort());
        for (const r of ranked) {
          expect(r.likelihood).toBeGreaterThanOrEqual(0);
          expect(r.likelihood).toBeLessThanOrEqual(1);
        }
        for (let i = 1; i < ranked.length; i += 1) {
          expect(ranked[i - 1]!.likelihood).toBeGreaterThanOrEqual(ranked[i]!.likelihood);
        }
        expect(ranked.reduce((sum, r) => sum + r.likelihood, 0)).toBeCloseTo(1, 10);
      }),
      runs,
    );
  });

  it('gives the same result for the same answers', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        expect(classify(structuredClone(answers))).toEqual(classify(answers));
      }),
      runs,
    );
  });

  it('says low whenever the top likelihood is under one half', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = classify(answers);
        if (result.ranked[0]!.likelihood < 0.5) expect(result.confidence).toBe('low');
        else expect(result.confidence).not.toBe('low');
      }),
      runs,
    );
  });

  it('is never highly confident without a specific topic', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const topics = answers.topics ?? [];
        if (topics.length === 0 || topics[0] === 'nothing') {
          expect(classify(answers).confidence).not.toBe('high');
        }
      }),
      runs,
    );
  });

  it('lists as evidence exactly what moved each reason', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        for (const r of classify(answers).ranked) {
          const sum = r.evidence.reduce((total, e) => total + e.weight, 0);
          expect(r.score).toBeCloseTo(findReason(r.reason).signals.base + sum, 10);
          const signals = findReason(r.reason).signals;
          for (const e of r.evidence) {
            expect(e.weight).not.toBe(0);
            // Never more than the reason's file gives that answer, and the same way.
            const written = weightOf(signals, e.question, evidenceKey(e.question, e.value));
            expect(Math.sign(e.weight)).toBe(Math.sign(written));
            expect(Math.abs(e.weight)).toBeLessThanOrEqual(Math.abs(written));
            const without = withoutAnswer(answers, e.question, e.value);
            const after = classify(without).ranked.find((x) => x.reason === r.reason)!;
            const drop = r.score - after.score;
            if (hasKin(answers, e.question, e.value)) {
              // A family shares its weight: removing one moves the score the same way, and
              // never by more than the file's own weight for it.
              expect(drop * Math.sign(written)).toBeGreaterThan(0);
              expect(Math.abs(drop)).toBeLessThanOrEqual(Math.abs(written) + 1e-9);
            } else {
              // Alone, removing that one answer takes exactly its weight off the score.
              expect(after.score).toBeCloseTo(r.score - e.weight, 10);
              expect(e.weight).toBe(written);
            }
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('treats "not sure" exactly like no answer', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const unsure: Answers = { ...answers };
        for (const key of ['caller', 'contact', 'round', 'tone', 'days'] as const) {
          if (unsure[key] === undefined) (unsure as Record<string, unknown>)[key] = 'unknown';
        }
        expect(classify(unsure)).toEqual(classify(answers));
      }),
      runs,
    );
  });

  it('never lowers the reason a topic supports most when that topic is added', () => {
    const specific = TOPICS.filter((t) => t !== 'nothing');
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...specific), (answers, topic) => {
        const before = (answers.topics ?? []).filter((t) => t !== 'nothing');
        if (before.includes(topic)) return;
        const after = { ...answers, topics: [...before, topic] };
        const base = { ...answers, topics: before };
        // Once a topic of its family was mentioned, it adds less to that reason (a third talk
        // of pay adds little to an offer), so the reason it now raises most is the one kept up.
        const best = hasKin(after, 'topics', topic) ? raisedMost(base, after) : strongestFor(topic);
        expect(likelihoodOf(after, best)).toBeGreaterThanOrEqual(likelihoodOf(base, best) - 1e-12);
      }),
      runs,
    );
  });

  it('counts a repeated topic once, and "nothing" only when it stands alone', () => {
    expect(classify({ topics: ['salary', 'salary'] })).toEqual(classify({ topics: ['salary'] }));
    expect(classify({ topics: ['salary', 'nothing'] })).toEqual(classify({ topics: ['salary'] }));
  });

  it('with no answers gives the priors, with low confidence', () => {
    const result = classify({});
    expect(result.confidence).toBe('low');
    for (const r of result.ranked) {
      expect(r.evidence).toEqual([]);
      expect(r.score).toBe(findReason(r.reason).signals.base);
    }
  });

  it('explains an offer call with the answers that raised and lowered it', () => {
    const result = classify({ round: 'final', topics: ['salary'], tone: 'hesitant' });
    const offer = result.ranked.find((r) => r.reason === 'offer')!;
    const raised = offer.evidence.filter((e) => e.weight > 0).map((e) => e.value);
    const lowered = offer.evidence.filter((e) => e.weight < 0).map((e) => e.value);
    expect(raised).toEqual(expect.arrayContaining(['salary', 'final']));
    expect(lowered).toContain('hesitant');
  });
});

/** The reason whose weight for this topic is highest. */
function strongestFor(topic: Topic): string {
  let best = reasons[0]!;
  for (const reason of reasons) {
    if ((reason.signals.topics?.[topic] ?? 0) > (best.signals.topics?.[topic] ?? 0)) best = reason;
  }
  return best.id;
}

/** The reason whose score rose most from `base` to `after`; ties to the catalog's order. */
function raisedMost(base: Answers, after: Answers): ReasonId {
  const gain = (id: ReasonId) => scoreOf(after, id) - scoreOf(base, id);
  return REASON_IDS.reduce((best, id) => (gain(id) > gain(best) + 1e-9 ? id : best));
}

/** The value a reason's file weighs an answer by: days by band. */
function evidenceKey(question: QuestionKey, value: string): string {
  return question === 'days' ? dayBand(Number(value)) : value;
}

/** Whether another topic of this topic's family was mentioned too (TOPIC_FAMILIES). */
function hasKin(answers: Answers, question: QuestionKey, value: string): boolean {
  if (question !== 'topics') return false;
  const family = TOPIC_FAMILIES.find((f) => f.includes(value as Topic));
  return !!family && (answers.topics ?? []).some((t) => t !== value && family.includes(t));
}

function withoutAnswer(answers: Answers, question: string, value: string): Answers {
  if (question === 'topics') {
    return { ...answers, topics: (answers.topics ?? []).filter((t) => t !== value) };
  }
  const copy: Answers = { ...answers };
  delete (copy as Record<string, unknown>)[question];
  return copy;
}

describe('classify and the order of topics', () => {
  /** Topics as a session may hold them: any order, repeats, "nothing" beside others. */
  const clickedArb = fc
    .array(fc.constantFrom(...TOPICS), { minLength: 1, maxLength: 20 })
    .chain((topics) =>
      fc.tuple(
        fc.constant(topics),
        fc.shuffledSubarray(topics, { minLength: topics.length, maxLength: topics.length }),
      ),
    );

  it('gives the identical result whatever order and repeats the topics come in', () => {
    fc.assert(
      fc.property(answersArb, clickedArb, (answers, [clicked, shuffled]) => {
        const result = classify({ ...answers, topics: clicked });
        expect(classify({ ...answers, topics: shuffled })).toEqual(result);
        expect(classify({ ...answers, topics: [...shuffled, ...clicked] })).toEqual(result);
        expect(classify({ ...answers, topics: normalizeTopics(clicked) })).toEqual(result);
      }),
      runs,
    );
  });

  it('keeps the same headline for Benefits, Résumé and Documents in any order, as after a reload', () => {
    const orders: Topic[][] = [
      ['benefits', 'resume', 'documents'],
      ['benefits', 'documents', 'resume'],
      ['resume', 'benefits', 'documents'],
      ['resume', 'documents', 'benefits'],
      ['documents', 'benefits', 'resume'],
      ['documents', 'resume', 'benefits'],
    ];
    const fromLink = classify(parseAnswers('topics=benefits,resume,documents').answers);
    for (const topics of orders) expect(classify({ topics })).toEqual(fromLink);
    // Offer and résumé score exactly alike here: the tie goes to the catalog's order.
    const [first, second] = fromLink.ranked;
    expect(first!.score).toBe(second!.score);
    expect([first!.reason, second!.reason]).toEqual(['offer', 'resume-clarification']);
  });

  it('breaks every exact tie by catalog order', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const { ranked } = classify(answers);
        for (let i = 1; i < ranked.length; i += 1) {
          if (ranked[i - 1]!.score !== ranked[i]!.score) continue;
          expect(ranked[i - 1]!.likelihood).toBe(ranked[i]!.likelihood);
          expect(REASON_IDS.indexOf(ranked[i - 1]!.reason)).toBeLessThan(
            REASON_IDS.indexOf(ranked[i]!.reason),
          );
        }
      }),
      runs,
    );
  });
});

describe('weights', () => {
  it('walks every weight of a reason once, and classify counts exactly those', () => {
    for (const reason of reasons) {
      const walked = weightsOf(reason.signals);
      const written = Object.entries(reason.signals)
        .filter(([question]) => question !== 'base')
        .flatMap(([, table]) => Object.keys(table as object));
      expect(walked).toHaveLength(written.length);
      for (const { question, value, weight } of walked) {
        expect(weightOf(reason.signals, question, value)).toBe(weight);
      }
    }
    expect(weightOf(findReason('offer').signals, 'topics', 'constructor')).toBe(0);
  });
});

/** Every answer but the round and the topics: each caller, contact, band of days and tone. */
const othersArb = fc.record(
  {
    caller: fc.constantFrom(...CALLERS),
    contact: fc.constantFrom(...CONTACTS),
    days: fc.constantFrom<Answers['days']>('unknown', 0, 1, 2, 4, 10, 20, 45),
    tone: fc.constantFrom(...TONES),
  },
  { requiredKeys: [] },
);

function scoreOf(answers: Answers, reason: ReasonId): number {
  return classify(answers).ranked.find((r) => r.reason === reason)!.score;
}

describe('classify in situations it used to get wrong', () => {
  it('after a screen, a test and another interview both mentioned: neither is "high" and the two are close', () => {
    const both: Answers = { round: 'screen', topics: ['assessment', 'next-interview'] };
    const alone = classify(both);
    expect(alone.confidence).not.toBe('high');
    expect(Math.abs(scoreOf(both, 'assessment') - scoreOf(both, 'next-interview'))).toBeLessThan(
      0.5,
    );
    const leaders = new Set<string>();
    fc.assert(
      fc.property(othersArb, (others) => {
        const result = classify({ ...others, ...both });
        const [top, second] = result.ranked;
        expect([top!.reason, second!.reason].sort()).toEqual(['assessment', 'next-interview']);
        expect(result.confidence).not.toBe('high');
        leaders.add(top!.reason);
      }),
      runs,
    );
    // Either may lead, depending on the other answers: a test first is just as common.
    expect([...leaders].sort()).toEqual(['assessment', 'next-interview']);
  });

  it('after a middle round, a start-date question alone does not override the round', () => {
    const middle: Answers = { round: 'middle', topics: ['start-date'] };
    expect(classify(middle).ranked[0]!.reason).toBe('next-interview');
    fc.assert(
      fc.property(othersArb, (others) => {
        const answers = { ...others, ...middle };
        // An offer may edge ahead when everything else leans to one, but never by a clear clue,
        // and then only at low confidence.
        expect(scoreOf(answers, 'offer') - scoreOf(answers, 'next-interview')).toBeLessThan(
          CLEAR_CLUE,
        );
        const result = classify(answers);
        expect(result.confidence).not.toBe('high');
        if (result.ranked[0]!.reason === 'offer') expect(result.confidence).toBe('low');
      }),
      runs,
    );
    // After the final round the same question still points to an offer.
    expect(classify({ round: 'final', topics: ['start-date'] }).ranked[0]!.reason).toBe('offer');
  });

  it('a warm call within two days of the final round, with feedback and talk of timing, ranks an offer above an update', () => {
    fc.assert(
      fc.property(
        othersArb,
        fc.constantFrom(0, 1, 2),
        fc.constantFrom<Topic[]>(['feedback'], ['feedback', 'timeline']),
        (others, days, topics) => {
          const answers: Answers = { ...others, round: 'final', days, topics, tone: 'warm' };
          expect(classify(answers).ranked[0]!.reason).toBe('offer');
        },
      ),
      runs,
    );
    // Two weeks on, with the same words, the wait itself is the likelier news.
    const later: Answers = {
      round: 'final',
      days: 14,
      topics: ['feedback', 'timeline'],
      tone: 'warm',
    };
    expect(classify(later).ranked[0]!.reason).toBe('status-update');
  });
});

describe('confidence when the answers cannot tell the top two apart', () => {
  /** Whether a topic mentioned is a strong clue for this reason. */
  const named = (r: RankedReason) =>
    r.evidence.some((e) => e.question === 'topics' && e.weight >= STRONG_CLUE);

  it('is never "high" when the top two are less than one clear clue apart', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const { ranked, confidence } = classify(answers);
        const [top, second] = ranked;
        if (top!.score - second!.score < CLEAR_CLUE - 1e-9) expect(confidence).not.toBe('high');
      }),
      runs,
    );
  });

  it('is never "high" when a topic mentioned names each of the top two and the lead is under one strong clue', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const { ranked, confidence } = classify(answers);
        const [top, second] = ranked;
        if (named(top!) && named(second!) && top!.score - second!.score < STRONG_CLUE - 1e-9) {
          expect(confidence).not.toBe('high');
        }
      }),
      runs,
    );
  });

  it('still says "high" when the answers clearly point to one meaning', () => {
    const offer = classify({
      round: 'final',
      days: 1,
      topics: ['salary', 'benefits', 'start-date'],
      tone: 'warm',
    });
    expect(offer.ranked[0]!.reason).toBe('offer');
    expect(offer.confidence).toBe('high');
    expect(toldApart(1, false)).toBe(true);
    expect(toldApart(0.99, false)).toBe(false);
    expect(toldApart(1.99, true)).toBe(false);
    expect(toldApart(2, true)).toBe(true);
  });

  it('says a checks call with a start date after the final round is not sure which of the two it is', () => {
    // Both named: the background check, and the start date that points to an offer.
    const result = classify({ round: 'final', topics: ['background-check', 'start-date'] });
    expect(
      result.ranked
        .slice(0, 2)
        .map((r) => r.reason)
        .sort(),
    ).toEqual(['background-check', 'offer']);
    expect(result.confidence).not.toBe('high');
  });
});

/** Every subset of the talk of pay: salary, benefits and a start date. */
const compensation: Topic[] = ['salary', 'benefits', 'start-date'];
const paySetsArb = fc.subarray(compensation, { minLength: 1 });

/** Answers without any talk of pay, to add it to. */
const withoutPayArb = answersArb.map((answers) => ({
  ...answers,
  topics: (answers.topics ?? []).filter((t) => t !== 'nothing' && !compensation.includes(t)),
}));

describe('talk of pay, benefits and a start date is one clue, not three', () => {
  const voicemail: Answers = { caller: 'hiring-manager', contact: 'voicemail', round: 'middle' };

  it('a manager’s voicemail after a middle round about salary and benefits is not "high" for an offer', () => {
    const both = classify({ ...voicemail, topics: ['salary', 'benefits'] });
    expect(both.ranked[0]!.reason).toBe('offer');
    expect(both.confidence).not.toBe('high');
    // It used to say 79%, as if salary and benefits were two separate clues.
    expect(both.ranked[0]!.likelihood).toBeLessThan(0.65);
    // And salary alone, after a middle round, reads as planning the last round.
    expect(classify({ ...voicemail, topics: ['salary'] }).ranked[0]!.reason).toBe('next-interview');
  });

  it('adding benefits to salary raises an offer less than salary did, and says so in the reasons', () => {
    const offer = (topics: Topic[]) => scoreOf({ ...voicemail, topics }, 'offer');
    const first = offer(['salary']) - offer([]);
    const second = offer(['salary', 'benefits']) - offer(['salary']);
    expect(second).toBeGreaterThan(0);
    expect(second).toBeLessThan(first);
    // The reasons shown: one strong sign of an offer, and the other counted for half.
    const evidence = classify({ ...voicemail, topics: ['salary', 'benefits'] }).ranked[0]!.evidence;
    const strengths = evidence
      .filter((e) => e.question === 'topics')
      .map((e) => [e.value, strengthOf(e.weight)]);
    expect(strengths).toEqual([
      ['benefits', 'strong'],
      ['salary', 'clear'],
    ]);
  });

  it('adds less for a second and a third topic of pay than the first added, for an offer', () => {
    fc.assert(
      fc.property(
        withoutPayArb,
        fc.shuffledSubarray(compensation, { minLength: 2 }),
        (answers, added) => {
          const score = (n: number) =>
            scoreOf({ ...answers, topics: [...answers.topics, ...added.slice(0, n)] }, 'offer');
          const gains = added.map((_, i) => score(i + 1) - score(i));
          for (let i = 1; i < gains.length; i += 1) {
            expect(gains[i]).toBeGreaterThan(0);
            expect(gains[i]).toBeLessThan(gains[i - 1]!);
          }
        },
      ),
      runs,
    );
  });

  it('counts any topic for less, never more, once another of its family was mentioned', () => {
    fc.assert(
      fc.property(
        withoutPayArb,
        fc.constantFrom(...TOPIC_FAMILIES),
        fc.constantFrom(...REASON_IDS),
        (answers, family, reason) => {
          const [topic, ...kin] = family;
          const score = (topics: Topic[]) =>
            scoreOf({ ...answers, topics: [...answers.topics, ...topics] }, reason);
          const alone = score([topic!]) - score([]);
          for (const other of kin) {
            const after = score([other, topic!]) - score([other]);
            // The same way, and no further than alone.
            expect(after * alone).toBeGreaterThanOrEqual(0);
            expect(Math.abs(after)).toBeLessThanOrEqual(Math.abs(alone) + 1e-9);
          }
        },
      ),
      runs,
    );
  });

  it('counts salary, benefits and a start date together for less than their sum', () => {
    fc.assert(
      fc.property(withoutPayArb, paySetsArb, (answers, pay) => {
        const offer = (topics: Topic[]) =>
          scoreOf({ ...answers, topics: [...answers.topics, ...topics] }, 'offer');
        const alone = pay.map((t) => offer([t]) - offer([]));
        const together = offer(pay) - offer([]);
        expect(together).toBeGreaterThanOrEqual(Math.max(...alone) - 1e-9);
        if (pay.length > 1) expect(together).toBeLessThan(alone.reduce((a, b) => a + b, 0));
      }),
      runs,
    );
  });

  it('never says "high" for an offer after a middle round, whatever else was said', () => {
    fc.assert(
      fc.property(answersArb, paySetsArb, (answers, pay) => {
        for (const topics of [answers.topics ?? [], pay]) {
          const result = classify({ ...answers, round: 'middle', topics });
          if (result.ranked[0]!.reason === 'offer') expect(result.confidence).not.toBe('high');
        }
      }),
      runs,
    );
  });

  it('still says "high" for an offer after the final round with talk of pay', () => {
    for (const pay of [['salary'], ['salary', 'benefits'], compensation] as Topic[][]) {
      const result = classify({ round: 'final', topics: pay, tone: 'warm' });
      expect(result.ranked[0]!.reason).toBe('offer');
      expect(result.confidence).toBe('high');
    }
  });
});

describe('confidence that the answers support', () => {
  /** An answer's weight for a meaning, as its evidence lists it. */
  const weightIn = (r: RankedReason, question: string, value: string) =>
    r.evidence.find((e) => e.question === question && e.value === value)?.weight ?? 0;

  it('is never "high" when one answer points clearly to the second meaning instead', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const { ranked, confidence } = classify(answers);
        const [top, second] = ranked;
        const back = [...top!.evidence, ...second!.evidence].some(
          (e) =>
            weightIn(second!, e.question, e.value) - weightIn(top!, e.question, e.value) >=
            CLEAR_CLUE - 1e-9,
        );
        if (back) expect(confidence).not.toBe('high');
      }),
      runs,
    );
  });

  it('is "high" only from two-thirds likely, far ahead of the second, with a topic named', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const { ranked, confidence } = classify(answers);
        if (confidence !== 'high') return;
        expect(ranked[0]!.likelihood).toBeGreaterThanOrEqual(0.65);
        expect(ranked[0]!.likelihood - ranked[1]!.likelihood).toBeGreaterThanOrEqual(0.35);
        expect((answers.topics ?? []).some((t) => t !== 'nothing')).toBe(true);
      }),
      runs,
    );
  });

  it('says low for every round and no other answer', () => {
    for (const round of ROUNDS) expect(classify({ round }).confidence).toBe('low');
  });

  it('ranks the visible scenarios first as they expect, with likelihoods that sum to 1', () => {
    for (const scenario of visibleScenarios) {
      const { ranked } = classify(parseAnswers(scenario.query).answers);
      expect(scenario.top).toContain(ranked[0]!.reason);
      expect(ranked.reduce((sum, r) => sum + r.likelihood, 0)).toBeCloseTo(1, 10);
    }
  });
});

describe('the tone, a weak clue, cannot carry the claim of being sure', () => {
  const step = { low: 0, medium: 1, high: 2 } as const;
  const withoutTone = ({ tone: _tone, ...others }: Answers): Answers => others;
  const link = 'caller=recruiter&contact=voicemail&round=final&days=20&topics=feedback';
  const read = (query: string) => {
    const { ranked, confidence } = classify(parseAnswers(query).answers);
    return {
      top: ranked[0]!.reason,
      percent: Math.round(ranked[0]!.likelihood * 1000) / 10,
      confidence,
    };
  };

  it('a recruiter’s voicemail about feedback, three weeks after the final round, said hesitantly, is not "high"', () => {
    // The tone still moves the likelihoods as before; only the claimed sureness changes.
    expect(read(`${link}&tone=hesitant`)).toEqual({
      top: 'rejection',
      percent: 72.4,
      confidence: 'medium',
    });
    expect(read(link)).toEqual({ top: 'rejection', percent: 46.5, confidence: 'low' });
    expect(read(`${link}&tone=warm`)).toEqual({ top: 'offer', percent: 32, confidence: 'low' });
  });

  it('feedback said hesitantly, and nothing else, is not "high"', () => {
    expect(read('topics=feedback&tone=hesitant')).toEqual({
      top: 'rejection',
      percent: 68.6,
      confidence: 'medium',
    });
  });

  it('setting the tone aside never drops the confidence by more than one step', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const claimed = classify(answers).confidence;
        const setAside = classify(withoutTone(answers)).confidence;
        expect(step[claimed] - step[setAside]).toBeLessThanOrEqual(1);
      }),
      runs,
    );
  });

  it('leaves every likelihood as the answers give it, and lowers only "high" to "medium"', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = classify(answers);
        const before = weigh(answers);
        expect(result.ranked).toEqual(before.ranked);
        if (result.confidence !== before.confidence) {
          expect([before.confidence, result.confidence]).toEqual(['high', 'medium']);
          expect(classify(withoutTone(answers)).confidence).toBe('low');
        }
      }),
      runs,
    );
  });

  it('still says "high" when the other answers already point the same way', () => {
    const answers = parseAnswers('caller=recruiter&round=final&days=2&topics=salary&tone=warm');
    expect(classify(withoutTone(answers.answers)).confidence).not.toBe('low');
    expect(classify(answers.answers).confidence).toBe('high');
  });
});
