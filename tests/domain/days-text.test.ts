import fc from 'fast-check';
import { readDays } from '../../src/domain/answers.ts';
import { readDaysText } from '../../src/domain/days-text.ts';
import { MAX_DAYS } from '../../src/domain/schema.ts';

describe('readDaysText', () => {
  it.each([
    ['2', 2],
    [' 14 ', 14],
    ['0', 0],
    ['007', 7],
    ['365', 365],
  ])('reads the digits %j as %i days, as a link would', (typed, days) => {
    expect(readDaysText(typed, MAX_DAYS)).toEqual({ ok: true, days, read: 'digits' });
  });

  it.each([
    ['2 days', 2],
    ['2days', 2],
    ['2 d', 2],
    ['14d', 14],
    ['1 day ago', 1],
    ['two days', 2],
    ['Two days ago.', 2],
    ['  TWO   DAYS  ', 2],
    ['two', 2],
    ['zero days', 0],
    ['eleven days ago', 11],
    ['twenty-one days', 21],
    ['twenty one days', 21],
    ['thirty-one', 31],
    ['forty days', 40],
    ['ninety-nine days', 99],
    ['a day ago', 1],
    ['a week ago', 7],
    ['A week ago!', 7],
    ['one week', 7],
    ['2 weeks ago', 14],
    ['two weeks', 14],
    ['3w', 21],
    ['a fortnight ago', 14],
    ['a couple of days ago', 2],
    ['a couple weeks ago', 14],
    ['yesterday', 1],
    ['Yesterday!', 1],
    ['last night', 1],
    ['today', 0],
    ['earlier today', 0],
    ['this morning', 0],
    ['the day before yesterday', 2],
    ['Day before yesterday', 2],
    ['about 3 days ago', 3],
    ['it was about two weeks ago', 14],
    ['it’s been 5 days', 5],
  ])('reads %j as %i days, in words', (typed, days) => {
    expect(readDaysText(typed, MAX_DAYS)).toEqual({ ok: true, days, read: 'words' });
  });

  it.each([
    ['last week', 7],
    ['a month ago', 30],
    ['last month', 30],
    ['2 months ago', 60],
    ['a few days ago', 3],
    ['a year ago', 365],
  ])('reads %j as %i days, and says it is a guess', (typed, days) => {
    expect(readDaysText(typed, MAX_DAYS)).toEqual({ ok: true, days, read: 'guess' });
  });

  it.each(['not sure', 'Not sure.', 'unknown', 'I don’t know', "don't know"])(
    'reads %j as not sure',
    (typed) => {
      expect(readDaysText(typed, MAX_DAYS)).toEqual({ ok: true, days: 'unknown', read: 'words' });
    },
  );

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['366', 'too-long-ago'],
    ['400 days', 'too-long-ago'],
    ['99999999999999999999', 'too-long-ago'],
    ['two years ago', 'too-long-ago'],
    ['13 months', 'too-long-ago'],
    ['1.5', 'not-whole'],
    ['2.5 days', 'not-whole'],
    ['soon', 'unreadable'],
    ['-3', 'unreadable'],
    ['- 3 days', 'unreadable'],
    ['2-3 days', 'unreadable'],
    ['2 or 3 days', 'unreadable'],
    ['a', 'unreadable'],
    ['days', 'unreadable'],
    ['ago', 'unreadable'],
    ['...', 'unreadable'],
    ['twenty twenty', 'unreadable'],
    ['constructor', 'unreadable'],
    ['2 constructor', 'unreadable'],
    ['__proto__', 'unreadable'],
    ['1e2', 'unreadable'],
    ['tomorrow', 'unreadable'],
  ])('cannot use %j: %s', (typed, problem) => {
    expect(readDaysText(typed, MAX_DAYS)).toEqual({ ok: false, problem });
  });

  it('never throws, and what it reads is a whole number from 0 to the most a link holds', () => {
    const wordy = fc
      .array(
        fc.constantFrom(
          'a',
          'two',
          'twenty',
          '-',
          'one',
          '3',
          '12',
          'days',
          'week',
          'month',
          'ago',
          'last',
          'yesterday',
          'the',
          '.',
          ' ',
          '’',
        ),
        { maxLength: 6 },
      )
      .map((parts) => parts.join(' '));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), wordy), (typed) => {
        const read = readDaysText(typed, MAX_DAYS);
        if (!read.ok || read.days === 'unknown') return true;
        return Number.isInteger(read.days) && read.days >= 0 && read.days <= MAX_DAYS;
      }),
      { numRuns: 1000 },
    );
  });

  it('reads every number of days a link can hold as the link does, and as digits', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.nat({ max: 1000 }).map(String)), (typed) => {
        const linked = readDays(typed);
        if (typeof linked === 'number') {
          expect(readDaysText(typed, MAX_DAYS)).toEqual({ ok: true, days: linked, read: 'digits' });
        }
      }),
    );
  });
});

describe('days typed in Spanish', () => {
  it.each([
    ['hace una semana', 7, 'words'],
    ['ayer', 1, 'words'],
    ['anteayer', 2, 'words'],
    ['Hace 3 días', 3, 'words'],
    ['tres dias', 3, 'words'],
    ['hace un par de días', 2, 'words'],
    ['veintidós días', 22, 'words'],
    ['treinta y un días', 31, 'words'],
    ['hace dos semanas', 14, 'words'],
    ['la semana pasada', 7, 'guess'],
    ['hace un mes', 30, 'guess'],
    ['hoy', 0, 'words'],
  ] as const)('reads %j as %i days', (text, days, read) => {
    expect(readDaysText(text, 365)).toEqual({ ok: true, days, read });
  });

  it('reads "no lo sé" as not sure', () => {
    expect(readDaysText('No lo sé', 365)).toEqual({ ok: true, days: 'unknown', read: 'words' });
  });
});
