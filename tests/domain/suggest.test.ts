import fc from 'fast-check';
import { MAX_TEXT, suggestAnswers } from '../../src/domain/index.ts';

describe('suggestAnswers', () => {
  it.each([
    [
      'Hi, it’s Sam from the talent team. Great news! I’d love to talk about the package and your start date. Call me back when you can.',
      { caller: 'recruiter', tone: 'warm', topics: ['salary', 'start-date'] },
    ],
    [
      'Hello, this is Priya, I’m the hiring manager. I had a quick question about something you mentioned in the interview.',
      { caller: 'hiring-manager', topics: ['follow-up-question'] },
    ],
    [
      'Dear Alex, could you send over the details of two referees? Kind regards, Jo',
      { contact: 'email', topics: ['references'] },
    ],
    [
      'Unfortunately the panel has decided not to progress your application. Happy to share feedback.',
      { topics: ['feedback'] },
    ],
    [
      'Calling on behalf of my client about the next round: they would like you to meet the team.',
      { caller: 'agency', topics: ['next-interview'] },
    ],
    ['Hi, no need to send references yet, just give me a call back.', { topics: ['nothing'] }],
    ['Please complete the HackerRank test by Friday.', { topics: ['assessment'] }],
    [
      'The role is on hold while the budget is agreed, sorry for the delay.',
      { tone: 'hesitant', topics: ['timeline'] },
    ],
    ['We will cover your travel and send directions to the office.', { topics: ['onsite'] }],
    ['Could you explain the gap in your CV between 2019 and 2020?', { topics: ['resume'] }],
    [
      'Please sign the consent form so we can start the background check.',
      { topics: ['background-check'] },
    ],
    [
      'Could you send a copy of your passport and your degree certificate?',
      { topics: ['documents'] },
    ],
  ])('reads %j', (text, expected) => {
    expect(suggestAnswers(text).answers).toMatchObject(expected);
  });

  it('points at the words behind each suggestion', () => {
    const text = 'We would like to discuss your notice period.';
    const { matches } = suggestAnswers(text);
    const match = matches.find((m) => m.value === 'start-date')!;
    expect(text.slice(match.start, match.end)).toBe('notice period');
  });

  it('skips a topic said not to apply', () => {
    expect(suggestAnswers('There is no need to send references.').answers.topics).toBeUndefined();
    expect(
      suggestAnswers("We don't need your portfolio after all.").answers.topics,
    ).toBeUndefined();
  });

  it('never throws and only suggests valid answers, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const { answers, matches } = suggestAnswers(text);
        for (const m of matches) expect(text.slice(m.start, m.end)).toBe(m.phrase);
        expect(typeof answers).toBe('object');
      }),
      { numRuns: 2000 },
    );
    expect(suggestAnswers(undefined as unknown as string).answers).toEqual({});
  });

  it('reads at most the first MAX_TEXT characters', () => {
    const text = 'x '.repeat(MAX_TEXT) + 'salary';
    expect(suggestAnswers(text).answers.topics).toBeUndefined();
  });
});
