import fc from 'fast-check';
import {
  answerMessages,
  classify,
  explainMessages,
  fill,
  likelihoodBand,
  linkMessages,
  questions,
  reasons,
  reasonSchema,
  singleChoiceSchemas,
  SINGLE_CHOICE_KEYS,
  TOPICS,
} from '../../src/domain/index.ts';
import { inSentencePattern } from '../../src/domain/schema.ts';
import { gradeOf } from '../../scripts/readability.ts';
import { answersArb } from '../fixtures/arbitraries.ts';

const templates: [string, string][] = Object.entries({
  explain: explainMessages,
  answer: answerMessages,
  link: linkMessages,
}).flatMap(([group, messages]) =>
  Object.entries(messages).map(([name, text]): [string, string] => [`${group}.${name}`, text]),
);

describe('fill', () => {
  it('puts each value in its named gap, and reads no value as a template', () => {
    expect(fill('If {condition}, {meaning} would lead.', { condition: 'x', meaning: 'y' })).toBe(
      'If x, y would lead.',
    );
    expect(fill('{days} days ago', { days: 3 })).toBe('3 days ago');
    expect(fill('{a} and {b}', { a: '{b}', b: '$&' })).toBe('{b} and $&');
  });

  it('checks the gaps by type', () => {
    // @ts-expect-error: `meaning` is missing.
    expect(fill(explainMessages.swapLeads, { condition: 'x' })).toBe('If x, {meaning} would lead.');
    // @ts-expect-error: `answer` is not a gap of this template.
    expect(fill(explainMessages.askWhy, { favours: 'a', against: 'b', answer: 'c' })).toMatch(
      /^A yes/,
    );
  });

  it.each(templates)('%s fills completely', (name, template) => {
    const gaps = [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
    const values = Object.fromEntries(gaps.map((gap) => [gap, 'words']));
    const filled = fill(template, values);
    expect(filled).not.toMatch(/[{}]|undefined/);
    if (!name.endsWith('Separator')) expect(filled.trim()).toBe(filled);
  });
});

describe('words that sit inside a sentence', () => {
  it('every choice but "Not sure" has them, in lower case and without a full stop', () => {
    for (const question of questions) {
      expect(question.shortInSentence, question.key).toMatch(inSentencePattern);
      for (const option of question.options) {
        if (option.value === 'unknown') continue;
        expect(option.labelInSentence, `${question.key}=${option.value}`).toMatch(
          inSentencePattern,
        );
      }
    }
  });

  it('every reason has its title as it reads inside a sentence', () => {
    for (const reason of reasons) {
      expect(reason.titleInSentence, reason.id).toMatch(inSentencePattern);
      expect(reason.titleInSentence).not.toBe(reason.title);
    }
    const { titleInSentence: _dropped, ...without } = reasons[0]!;
    expect(reasonSchema.safeParse(without).success).toBe(false);
    const capital = { ...reasons[0]!, titleInSentence: 'A job offer.' };
    expect(reasonSchema.safeParse(capital).success).toBe(false);
  });

  it('the questions offer exactly the values a link accepts, in the schema order', () => {
    for (const key of SINGLE_CHOICE_KEYS) {
      const question = questions.find((q) => q.key === key)!;
      expect(question.options.map((o) => o.value)).toEqual(singleChoiceSchemas[key].options);
    }
    const topics = questions.find((q) => q.key === 'topics')!;
    expect(topics.options.map((o) => o.value)).toEqual([...TOPICS]);
  });

  it('read at grade 8 or below', () => {
    const words = [
      ...reasons.map((reason) => reason.titleInSentence),
      ...questions.flatMap((q) => q.options.map((o) => o.labelInSentence ?? o.label)),
    ];
    expect(gradeOf(words)).toBeLessThanOrEqual(8);
  });
});

describe('likelihood words and confidence', () => {
  it('never contradict each other: low confidence goes with "possible" or "unlikely"', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const { ranked, confidence } = classify(answers);
        const band = likelihoodBand(ranked[0]!.likelihood);
        expect(confidence === 'low').toBe(band === 'possible' || band === 'unlikely');
        if (confidence === 'high') expect(band).toBe('very-likely');
      }),
      { numRuns: 1000 },
    );
  });
});
