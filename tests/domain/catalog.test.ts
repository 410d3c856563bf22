import {
  CALLERS,
  catalog,
  CATEGORIES,
  classify,
  CONTACTS,
  etiquette,
  etiquetteSchema,
  questions,
  REASON_IDS,
  reasonSchema,
  reasons,
  ROUNDS,
  TONES,
  TOPICS,
  type Answers,
  type ReasonId,
  type Topic,
} from '../../src/domain/index.ts';
import { CODE_KEYS, gradeOf, textsOf } from '../../scripts/readability.ts';

const categoryOf: Record<ReasonId, string> = {
  offer: 'offer',
  'next-interview': 'next-stage',
  'reference-check': 'checks',
  'background-check': 'checks',
  'resume-clarification': 'clarification',
  'follow-up-question': 'clarification',
  'missing-documents': 'clarification',
  assessment: 'scheduling',
  'onsite-logistics': 'scheduling',
  'status-update': 'update',
  rejection: 'update',
};

describe('catalog', () => {
  it.each(reasons.map((r) => [r.id, r] as const))('%s passes the schema', (_id, reason) => {
    const result = reasonSchema.safeParse(reason);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  it('is exported as the list of reasons, also by name with the etiquette and lexicon', () => {
    expect(catalog.map((r) => r.id)).toEqual([...REASON_IDS]);
    expect(catalog.reasons).toBe(reasons);
    expect(catalog.etiquette).toBe(etiquette);
    expect(catalog.lexicon.length).toBeGreaterThan(10);
  });

  it('holds each contract reason once, in its contract category', () => {
    expect(reasons.map((r) => r.id)).toEqual([...REASON_IDS]);
    for (const reason of reasons) {
      expect(CATEGORIES).toContain(reason.category);
      expect(reason.category).toBe(categoryOf[reason.id]);
    }
  });

  it('gives every checklist item an id unique across the catalog', () => {
    const ids = reasons.flatMap((r) => r.checklist.map((item) => item.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('marks two or three checklist items of every reason to do first, when minutes are short', () => {
    for (const reason of reasons) {
      const first = reason.checklist.filter((item) => item.first);
      expect([2, 3], reason.id).toContain(first.length);
    }
  });

  it('weighs only real questions and options, never "not sure"', () => {
    const options: Record<string, readonly string[]> = {
      caller: CALLERS,
      contact: CONTACTS,
      round: ROUNDS,
      tone: TONES,
      topics: TOPICS,
    };
    for (const reason of reasons) {
      for (const [question, table] of Object.entries(reason.signals)) {
        if (question === 'base' || question === 'days') continue;
        for (const value of Object.keys(table as object)) {
          expect(options[question], `${reason.id}.${question}`).toContain(value);
          expect(value).not.toBe('unknown');
        }
      }
    }
  });

  it('has no empty or blank text anywhere', () => {
    for (const text of textsOf({ reasons, etiquette, questions })) {
      expect(text.trim().length).toBeGreaterThan(1);
    }
  });

  it('keeps the shared call etiquette valid', () => {
    expect(etiquetteSchema.safeParse(etiquette).success).toBe(true);
  });

  it('reads at grade 8 or below, as a whole and reason by reason', () => {
    const all = textsOf({ reasons, etiquette, questions }, CODE_KEYS);
    expect(gradeOf(all)).toBeLessThanOrEqual(8);
    for (const reason of reasons)
      expect(gradeOf(textsOf(reason, CODE_KEYS))).toBeLessThanOrEqual(9);
  });

  it('can put every reason first for some realistic answers', () => {
    const first = new Set<ReasonId>();
    const topicChoices: (Topic[] | undefined)[] = [undefined, ...TOPICS.map((t) => [t])];
    for (const caller of CALLERS)
      for (const contact of CONTACTS)
        for (const round of ROUNDS)
          for (const days of [1, 4, 9, 20, 40])
            for (const tone of TONES)
              for (const topics of topicChoices) {
                const answers: Answers = { caller, contact, round, days, tone, topics };
                first.add(classify(answers).ranked[0]!.reason);
              }
    expect([...first].sort()).toEqual([...REASON_IDS].sort());
  });

  it('asks every question with a "Not sure" choice where one answer is picked', () => {
    for (const question of questions) {
      if (question.kind === 'multi') continue;
      expect(question.options.map((o) => o.value)).toContain('unknown');
    }
    expect(questions.map((q) => q.key)).toEqual([
      'caller',
      'contact',
      'round',
      'days',
      'topics',
      'tone',
    ]);
  });
});
