import fc from 'fast-check';
import { classify, suggestAnswers } from '../../src/domain/index.ts';

// Thursday 12 March 2026.
const today = '2026-03-12';
const read = (text: string) => suggestAnswers(text, undefined, { today });

describe('suggestAnswers reads the round already done', () => {
  it.each([
    ["Great news on Thursday's final round, the team was really impressed.", 'final'],
    ["Following Monday's panel, the team asked me to check your notice period.", 'middle'],
    ['Thanks for the phone screen earlier. Next is a chat with the team.', 'screen'],
    ["Now that you've completed all three interview rounds, let's talk numbers.", 'final'],
    ['Congrats on making it through the onsite! Next up are references.', 'final'],
    ["Thanks for a great conversation in Wednesday's second round.", 'middle'],
  ])('reads %j as round %s', (text, round) => {
    expect(read(text).answers.round).toBe(round);
  });

  it.each([
    "We'd like to invite you to a final round interview next week.",
    'Ahead of your upcoming final interview, here is the address.',
    "You've been moved to the final round!",
    'Your second interview will be on Friday at 10.',
  ])('reads no round done in %j, which is ahead', (text) => {
    expect(read(text).answers.round).toBeUndefined();
  });

  it('does not read a round already done as another interview', () => {
    for (const text of [
      "Following Monday's panel interview, could you send two referees?",
      "Great news on Thursday's final round. Call me back.",
      'Hi, it’s Omar, you met me at the interview on Tuesday. Give me a call.',
    ]) {
      expect(read(text).answers.topics, text).not.toContain('next-interview');
    }
  });

  it('reads the sample voicemail as a new user would enter it by hand', () => {
    const voicemail =
      "Great news on Thursday's final round, the team was really impressed. I'd love to talk " +
      'about next steps and check your start date and salary expectations. Call me back';
    const { answers } = read(voicemail);
    expect(answers.round).toBe('final');
    expect(answers.contact).toBe('voicemail');
    expect(answers.tone).toBe('warm');
    expect(answers.topics).toEqual(expect.arrayContaining(['salary', 'start-date']));
    expect(answers.topics).not.toContain('next-interview');
    const byHand = classify({
      contact: 'voicemail',
      round: 'final',
      tone: 'warm',
      topics: ['salary', 'start-date'],
    }).ranked[0]!;
    const suggested = classify(answers).ranked[0]!;
    expect(suggested.reason).toBe(byHand.reason);
    expect(byHand.reason).toBe('offer');
    expect(Math.abs(suggested.likelihood - byHand.likelihood)).toBeLessThan(0.05);
  });
});

describe('suggestAnswers reads how they got in touch', () => {
  it.each([
    ['Hi Ruth, sorry I missed you, it’s Olivia. Try me back on 07700 900123. Thanks!', 'voicemail'],
    [
      'Hello, just calling about your application. Give me a ring on 0161 496 0000, bye.',
      'voicemail',
    ],
    ['Dear Alex,\n\nCould you send two referees?\n\nKind regards,\nJo', 'email'],
    ['Hi Max, can you chat at 4? - Kim', 'email'],
    ['Background check is clear! Can you send 2 refs? Thanks, Jo (HR)', 'email'],
    ['Spoke to Jen from HR - wants 2 refs + my notice period', 'spoke'],
    ['missed call from Hartley & Co at 2pm, no vm left', 'missed'],
  ])('reads %j as %s', (text, contact) => {
    expect(read(text).answers.contact).toBe(contact);
  });

  it('points at the words that say so', () => {
    const text = 'Hi Ruth, sorry I missed you. Call me back.';
    const match = read(text).matches.find((m) => m.question === 'contact')!;
    expect(text.slice(match.start, match.end).toLowerCase()).toContain('missed you');
  });
});

describe('suggestAnswers reads who got in touch', () => {
  it.each([
    ['Hi Ruth, it’s Olivia from Greenleaf Recruitment about your application.', 'agency'],
    [
      'Hi Tom,\n\nThe client has feedback for you.\n\nBest regards,\nJames Porter\nAssociate Consultant',
      'agency',
    ],
    [
      'Hey Chris, this is Dana, I’d be your manager on the analytics team. Call me.',
      'hiring-manager',
    ],
    [
      'Hi Grace,\n\nI enjoyed our chat. Please come back to meet the team.\n\nBest wishes,\nHelen Marsh\nHead of Data Science',
      'hiring-manager',
    ],
    ['Thanks for yesterday! Can you send 2 referees? Jas, Talent', 'recruiter'],
  ])('reads %j as %s', (text, caller) => {
    expect(read(text).answers.caller).toBe(caller);
  });

  it('reads a recruiter, not the hiring manager, when the manager is only mentioned', () => {
    const text =
      'Hi Karl,\n\nThe hiring manager has asked me to check a couple of points before she decides.\n\nThanks,\nElla\nTalent Partner';
    expect(read(text).answers.caller).toBe('recruiter');
  });
});

describe('suggestAnswers reads the days since the interview, counted from today', () => {
  it.each([
    ["Thanks for coming to yesterday's interview.", 1],
    ['Following your final interview last Thursday, we would like to offer you the role.', 7],
    ['The panel enjoyed meeting you on Tuesday.', 2],
    ['Thank you for attending the interview on 4 March.', 8],
    ['Following your interview on March 10th, please send two referees.', 2],
    ['Thanks for the phone screen this morning!', 0],
  ])('reads %j as %i days', (text, days) => {
    expect(read(text).answers.days).toBe(days);
  });

  it.each([
    'Are you free Fri for a chat with the team?',
    'The panel meets Friday to decide.',
    'Your interview is on 20 March.',
    'Does next Tuesday work for the final interview?',
    'Please send your references.',
  ])('reads no days in %j', (text) => {
    expect(read(text).answers.days).toBeUndefined();
  });

  it('reads no days without today', () => {
    expect(suggestAnswers("Thanks for yesterday's interview.").answers.days).toBeUndefined();
    const noDate = suggestAnswers("Thanks for yesterday's interview.", undefined, {
      today: '2026-02-31',
    });
    expect(noDate.answers.days).toBeUndefined();
  });
});

describe('suggestAnswers reads time expressions', () => {
  it.each([
    ['The decision is running a bit behind schedule.', 'timeline'],
    ['We aim to come back to you early next week.', 'timeline'],
    ['Expect to hear by the 15th at the latest.', 'timeline'],
    ['We will let you know within 10 working days.', 'timeline'],
    ['We won’t have a decision until the end of the month.', 'timeline'],
    ['Could you join us from the 3rd of March?', 'start-date'],
    ['Would you be able to start on 4 January?', 'start-date'],
  ])('reads %j as %s', (text, topic) => {
    expect(read(text).answers.topics).toContain(topic);
  });

  it('does not read a deadline for the candidate as their timeline', () => {
    expect(read('Please send two references by Friday.').answers.topics).toEqual(['references']);
    expect(read('Please complete the test within 5 days.').answers.topics).toEqual(['assessment']);
  });
});

describe('suggestAnswers skips look-alikes', () => {
  it.each([
    ['Hi Dev, it’s Marcus from Benefit Street Partners. Call me back.', 'benefits'],
    ['Hi, it’s Dominic from Salary Finance. Call me back.', 'salary'],
    [
      'Hi Zac,\n\nPlease call me.\n\nThanks,\nRuth\n\nThis email and any attachments are confidential. If you have received it in error, delete it and any attachments and documents.',
      'documents',
    ],
    [
      'Hi,\n\nPlease call me.\n\nKind regards,\nRuth Hale\nBenefits and Payroll Manager',
      'benefits',
    ],
    ['Please fill in our candidate experience form.', 'documents'],
    ['Please fill in the availability form so we can book your second interview.', 'documents'],
  ])('does not read %j as %s', (text, topic) => {
    expect(read(text).answers.topics ?? []).not.toContain(topic);
  });

  it('still reads a topic word at the start of a sentence or a subject line', () => {
    expect(read('Subject: Salary\n\nCan we talk about it?').answers.topics).toContain('salary');
    expect(read('Benefits are attached.').answers.topics).toContain('benefits');
  });
});

describe('suggestAnswers finds call-back numbers', () => {
  it('lists the phone numbers in the text, not dates or amounts', () => {
    const { numbers } = read(
      'Call me back on 020 7946 0321 before 12/03/2026, or on my mobile 07700 900123. The role pays £45,000.',
    );
    expect(numbers).toEqual(['020 7946 0321', '07700 900123']);
  });
});

describe('suggestAnswers with options, whatever the input', () => {
  it('never throws and keeps every answer valid', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 12 }), (text, day) => {
        const { answers, matches, numbers } = suggestAnswers(text, undefined, { today: day });
        for (const m of matches) expect(text.slice(m.start, m.end)).toBe(m.phrase);
        expect(Array.isArray(numbers)).toBe(true);
        if (answers.days !== undefined) expect(answers.days).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 500 },
    );
  });
});
