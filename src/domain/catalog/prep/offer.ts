import type { ReasonPrep } from '../reason-parts.ts';

/** How to get ready for “A job offer”: its name is in ../reason-words.ts, its weights in ../offer.ts. */
export const offerPrep = {
  meaning: [
    'Employers often phone their chosen candidate, because a call feels more personal than an email and lets them answer questions straight away.',
    'Talk of pay, benefits or a start date after the last round is the clearest sign of this.',
    'It does not mean the offer is final. Numbers, dates and conditions such as checks can still change, so nothing is settled until you have it in writing.',
  ],
  checklist: [
    {
      id: 'offer-know-your-number',
      text: 'Decide the lowest salary you would accept, and the figure you hope for.',
      first: true,
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
      first: true,
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
      first: true,
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
      'I was really glad to hear that {company} would like to offer me the job, and I enjoyed talking through the details with you.',
      'So that I can look at everything properly, could you send me the full offer in writing? Could you also tell me the date by which you need my answer?',
      'Thank you again. I look forward to hearing from you.',
      'Best wishes,\n{myName}',
    ],
  },
} as const satisfies ReasonPrep;
