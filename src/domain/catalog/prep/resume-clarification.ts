import type { ReasonPrep } from '../reason-parts.ts';

/** How to get ready for “A question about your resume”: its name is in ../reason-words.ts, its weights in ../resume-clarification.ts. */
export const resumeClarificationPrep = {
  meaning: [
    'People who read a lot of resumes often have small questions later, such as why two dates overlap or what a job title meant.',
    'A question like this is not a sign of doubt by itself. Often they just want the facts right before they move on.',
    'It does not mean you are moving ahead either. It is one small step, and a short, honest answer is all they need.',
  ],
  checklist: [
    {
      id: 'resume-open-copy',
      text: 'Open the exact copy of your resume that you sent them.',
      first: true,
    },
    {
      id: 'resume-check-dates',
      text: 'Check the start and end month of each job against your own records.',
      first: true,
    },
    {
      id: 'resume-explain-gaps',
      text: 'For each gap, write one short, true sentence about what you did in that time.',
    },
    {
      id: 'resume-reasons-leaving',
      text: 'Note a short, calm reason for leaving each recent job.',
    },
    {
      id: 'resume-explain-titles',
      text: 'If a job title sounds odd outside your old company, be ready to say what the job really was.',
    },
    {
      id: 'resume-fix-errors',
      text: 'If you spot a mistake, write down the right detail so you can fix it on the call.',
    },
    {
      id: 'resume-match-profile',
      text: 'Check that your LinkedIn or other online profile says the same thing.',
    },
    { id: 'resume-updated-copy', text: 'Have an updated copy ready to send if they ask for one.' },
  ],
  haveAtHand: [
    'The exact resume you sent them.',
    'Your own record of dates, titles and employers.',
    'A few short notes on gaps and reasons for leaving.',
  ],
  howToAnswer:
    'Listen to the exact question, then answer it briefly and truthfully. A sentence or two is enough. If you made a mistake on your resume, say so plainly and give the right detail.',
  script: [
    'Thank you for getting back to me. I am happy to clear anything up.',
    'Which part of my resume would you like to go over?',
    'Let me check my notes, so I give you the right dates.',
    'If I got something wrong, I am sorry for the mix-up. I can send a corrected copy today.',
    'Is there anything else you would like me to explain?',
  ],
  questions: [
    'Is there anything else on my resume you would like me to explain?',
    'Would it help if I sent an updated copy?',
    'Is there anything the hiring manager would like to know more about?',
    'What are the next steps from here?',
    'When can I expect to hear from you?',
  ],
  avoid: [
    'Telling a long story when a short answer will do.',
    'Bending the truth to make a gap or a title look better.',
    'Speaking badly about a past employer when you explain why you left.',
  ],
  reply: {
    subject: 'Following up on my resume',
    body: [
      'Hi {theirName},',
      'I was glad to clear up that detail on my resume.',
      'To sum up, I am happy to stand by the details I gave you on the phone. I can also send you an updated resume if that would help.',
      'If anything else is unclear, please just ask.',
      'Best wishes,\n{myName}',
    ],
  },
} as const satisfies ReasonPrep;
