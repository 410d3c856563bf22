import { questions } from '../../src/domain/index.ts';
import { answerPhrase, strengthPhrase, strongestFirst } from '../../src/ui/results/why-text.ts';

describe('each answer as a sentence about the call', () => {
  it.each([
    ['topics', 'start-date', 'They asked about your start date'],
    ['topics', 'nothing', 'They didn’t say why, just asked you to call back'],
    ['round', 'final', 'You had your final round'],
    ['contact', 'missed', 'They called but left no message'],
    ['caller', 'agency', 'An outside recruiter or agency called'],
    ['tone', 'hesitant', 'They sounded hesitant, formal or apologetic'],
    ['days', '0', 'Your interview was today'],
    ['days', '1', 'Your interview was yesterday'],
    ['days', '9', 'Your interview was 9 days ago'],
    ['days', '7-13', 'Your interview was one to two weeks ago'],
    ['days', '30+', 'Your interview was a month or more ago'],
  ] as const)('words %s=%s as %j', (question, value, words) => {
    expect(answerPhrase(question, value)).toBe(words);
  });

  it('has a sentence for every choice but "Not sure", none of them a bare label', () => {
    for (const question of questions) {
      for (const option of question.options) {
        if (option.value === 'unknown') continue;
        const phrase = answerPhrase(question.key, option.value);
        expect(phrase).not.toBe(option.value);
        expect(phrase).not.toBe(option.label);
        expect(phrase).toMatch(/^[A-Z]/);
      }
    }
  });
});

describe('how strongly an answer counts', () => {
  it.each([
    [2.4, 'a strong sign'],
    [-2, 'a strong sign'],
    [1.2, 'a clear sign'],
    [-0.4, 'some sign'],
    [0.1, 'a small sign'],
  ])('calls a weight of %d %j, whichever way it points', (weight, words) => {
    expect(strengthPhrase(weight)).toBe(words);
  });

  it('lists one direction only, strongest first, equal ones in the order asked', () => {
    const items = [
      { id: 'a', weight: 0.2 },
      { id: 'b', weight: -1.5 },
      { id: 'c', weight: 2.4 },
      { id: 'd', weight: 0.2 },
      { id: 'e', weight: -0.3 },
    ];
    expect(strongestFirst(items, 1).map((i) => i.id)).toEqual(['c', 'a', 'd']);
    expect(strongestFirst(items, -1).map((i) => i.id)).toEqual(['b', 'e']);
  });
});
