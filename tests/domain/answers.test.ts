import fc from 'fast-check';
import { MAX_DAYS, normalizeTopics, readDays, TOPICS } from '../../src/domain/index.ts';

describe('readDays', () => {
  it.each([
    ['0', 0],
    ['7', 7],
    [' 14 ', 14],
    ['007', 7],
    [String(MAX_DAYS), MAX_DAYS],
    ['unknown', 'unknown'],
    ['Unknown', 'unknown'],
  ])('reads %j as %j', (text, days) => {
    expect(readDays(text)).toBe(days);
  });

  it.each(['', 'abc', '-3', '2.5', '1e2', '0x10', '366', '9999999', 'two weeks', '٣'])(
    'refuses %j',
    (text) => {
      expect(readDays(text)).toBeUndefined();
    },
  );

  it('reads back every whole number of days it can hold', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_DAYS }), (days) => {
        expect(readDays(String(days))).toBe(days);
      }),
    );
  });
});

describe('normalizeTopics', () => {
  it('drops unknown words and repeats, sorts, and lets "nothing" stand only alone', () => {
    expect(normalizeTopics(['salary', 'nothing', 'benefits', 'salary', 'llamas'])).toEqual([
      'benefits',
      'salary',
    ]);
    expect(normalizeTopics(['nothing', 'nothing'])).toEqual(['nothing']);
    expect(normalizeTopics([])).toEqual([]);
  });

  it('gives the same topics whatever the order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOPICS)), (topics) => {
        const once = normalizeTopics(topics);
        expect(normalizeTopics([...topics].reverse())).toEqual(once);
        expect(normalizeTopics(once)).toEqual(once);
      }),
    );
  });
});
