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

  it.each([
    ['You won’t need to do another test. We’d like you to meet the team.', ['next-interview']],
    ['References not needed till the offer stage. Please send your passport.', ['documents']],
    ['We no longer need the written exercise.', undefined],
    ['It will be a video call instead of coming on site.', undefined],
    ['There won’t be a technical test, but there will be a short case study.', ['assessment']],
    ['Your application cannot go ahead without references.', undefined],
    ['Don’t forget to send your references!', ['references']],
    ['The dates don’t match your application form.', ['documents']],
    ['We haven’t received your references yet.', ['references']],
    ['The salary isn’t negotiable, I’m afraid.', ['salary']],
  ])('reads negation in %j', (text, topics) => {
    expect(suggestAnswers(text).answers.topics).toEqual(topics);
  });

  it.each([
    ['Id love to catch up tomorrow', 'documents'],
    ['Our CEO might pay a visit while you are here', 'salary'],
    ['For reference, the address is 1 High St', 'references'],
    ['Speak next week!', 'next-interview'],
    ['Here is the latest news', 'assessment'],
    ['Let us focus on the task at hand', 'assessment'],
    ['I’m on annual leave until Monday', 'benefits'],
    ['We will keep your CV on file', 'resume'],
    ['We will resume interviews in January', 'resume'],
    ['Sorry for the delay in getting back to you', 'timeline'],
    ['The role involves travel to clients', 'onsite'],
    ['Please test your camera before the call', 'assessment'],
  ])('does not read %j as %s', (text, topic) => {
    expect(suggestAnswers(text).answers.topics ?? []).not.toContain(topic);
  });

  it('reads spelling variants alike', () => {
    const same = (a: string, b: string) =>
      expect(suggestAnswers(a).answers).toEqual(suggestAnswers(b).answers);
    same('Please send your résumé', 'Please send your resume');
    same('Please send your re\u0301sume\u0301', 'Please send your resume');
    same('Im the hiring manager', 'I’m the hiring manager');
    same('Details of the take-home', 'Details of the take\nhome');
    same('Ask about your notice period', 'Ask about your NOTICE-PERIOD');
    same('Two referees please', 'Two references please');
    same('Your CV please', 'Your resume please');
    expect(suggestAnswers('Please send your re\u0301sume\u0301').answers.topics).toEqual([
      'resume',
    ]);
  });

  it('keeps a topic that a tone phrase also uses', () => {
    const { answers } = suggestAnswers('Good feedback from Tuesday, the position has been filled.');
    expect(answers.topics).toEqual(['feedback']);
  });

  it('reads the next step as the test, not another interview, when a test is named', () => {
    expect(
      suggestAnswers('Next stage is an online numerical reasoning test.').answers.topics,
    ).toEqual(['assessment']);
    expect(suggestAnswers('We would like to move you to the next stage.').answers.topics).toEqual([
      'next-interview',
    ]);
  });

  it('never suggests a tone for mixed signals', () => {
    expect(suggestAnswers('Great to meet you, but unfortunately…').answers.tone).toBeUndefined();
  });

  // How fast is `npm run bench`'s job; this says that a text at the limit is read whole, and
  // (by the test's own time-out) that no pattern backtracks out of control on it.
  it('reads a text as long as the limit, and what it says counts', () => {
    const message =
      'Hi Sam, it’s Jo from the talent team. Great news, the panel loved your case study. ' +
      'No need to send references yet, but could you confirm your notice period, salary ' +
      'expectations and a start date? Call me back when you can.\n';
    const text = message.repeat(Math.ceil(MAX_TEXT / message.length)).slice(0, MAX_TEXT);
    expect(suggestAnswers(text).answers).toEqual(suggestAnswers(message).answers);
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
