import type { Reason } from '../schema.ts';

/** They want to offer you the job, or to talk through an offer before they send it. */
export const offer = {
  id: 'offer',
  category: 'offer',
  title: 'A job offer',
  titleInSentence: 'a job offer',
  summary: 'They may want to offer you the job, or check the details before they do.',
  meaning: [
    'Employers often phone their chosen candidate, because a call feels more personal than an email and lets them answer questions straight away.',
    'Talk of pay, benefits or a start date after the last round is the clearest sign of this.',
    'It does not mean the offer is final. Numbers, dates and conditions such as checks can still change, so nothing is settled until you have it in writing.',
  ],
  signals: {
    base: 0,
    // Offers come at the end: rare after a first screen, common after the final round.
    round: { screen: -2.4, middle: -0.4, final: 1.0 },
    // A quick call after the last round is a good sign; a long silence usually is not.
    days: { '0-2': 0.2, '7-13': -0.1, '14-29': -0.4, '30+': -0.8 },
    // Hiring managers like to share good news in person.
    caller: { recruiter: 0.2, 'hiring-manager': 0.5, agency: 0.2 },
    // Asking for a call back, instead of writing, hints at news worth saying out loud.
    contact: { voicemail: 0.2, missed: 0.1, email: 0.1 },
    topics: {
      // Pay, benefits and a start date are what an offer call is made of.
      salary: 2.4,
      benefits: 2.6,
      'start-date': 2.2,
      // Asking about other offers often means they want to move before someone else does.
      'competing-offers': 1.8,
      // Checks come just before or just after an offer.
      references: 0.8,
      'background-check': 0.9,
      timeline: 0.2,
      feedback: 0.1,
      // Another interview means the decision is not made yet.
      'next-interview': -0.8,
      onsite: -0.4,
      assessment: -0.8,
      // Wanting to say it live, with no hint at a topic, leans a little towards good news.
      nothing: 0.3,
    },
    // Tone is a weak clue: people read it wrongly, so it moves things less than topics do.
    tone: { warm: 0.6, neutral: -0.2, hesitant: -1.0 },
  },
  checklist: [
    {
      id: 'offer-know-your-number',
      text: 'Decide the lowest salary you would accept, and the figure you hope for.',
    },
    {
      id: 'offer-research-pay',
      text: 'Look up what similar roles pay in your area, so your numbers rest on facts.',
    },
    {
      id: 'offer-list-priorities',
      text: 'Write down the three things that matter most to you besides pay.',
    },
    {
      id: 'offer-check-start-date',
      text: 'Work out the earliest date you could start, counting any notice you must give.',
    },
    {
      id: 'offer-benefits-questions',
      text: 'List what you want to know about leave, health cover, pension and bonus.',
    },
    {
      id: 'offer-other-processes',
      text: 'Note where you stand with any other employers, in case they ask.',
    },
    {
      id: 'offer-thank-you-line',
      text: 'Have a short thank-you ready, so your first words come easily.',
    },
    {
      id: 'offer-pen-and-paper',
      text: 'Keep a pen and paper by you to write down every number and date they say.',
    },
  ],
  haveAtHand: [
    'Your salary figures: the lowest you would take and what you hope for.',
    'The job posting and your notes from the interviews.',
    'Your calendar, for start dates and deadlines.',
    'A pen and paper.',
  ],
  howToAnswer:
    'Sound pleased and thank them, then listen. Write down every figure and date. You do not have to agree to anything on this call: ask for the offer in writing and for a few days to think it over.',
  script: [
    'Thank you so much, I am really glad to hear from you.',
    'Could you take me through the details? I would like to write them down.',
    'This sounds great. Could you send it to me in writing, so I can look at it properly?',
    'When would you need my answer?',
  ],
  questions: [
    'Could you send me the full offer in writing?',
    'What is the base salary, and is there a bonus or other pay on top?',
    'What benefits come with the role, such as leave, health cover and pension?',
    'What start date did you have in mind?',
    'Is the offer subject to any checks, such as references or a background check?',
    'By when would you like my answer?',
  ],
  avoid: [
    'Saying yes on the spot. Thank them, and ask for time to read the offer in writing.',
    'Haggling over the phone before you have seen the whole offer.',
    'Giving notice at your current job before you have a written offer and all checks are clear.',
  ],
  reply: {
    subject: 'Thank you: offer for {role} at {company}',
    body: [
      'Hi {theirName},',
      'Thank you for calling me today. I was really glad to hear that {company} would like to offer me the job, and I enjoyed talking through the details with you.',
      'So that I can look at everything properly, could you send me the full offer in writing? Could you also tell me the date by which you need my answer?',
      'Thank you again. I look forward to hearing from you.',
      'Best wishes,\n{myName}',
    ],
  },
} satisfies Reason;
