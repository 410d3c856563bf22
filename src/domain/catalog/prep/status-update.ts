import type { ReasonPrep } from '../reason-parts.ts';

/** How to get ready for “An update on timing”: its name is in ../reason-words.ts, its weights in ../status-update.ts. */
export const statusUpdatePrep = {
  meaning: [
    'Hiring often takes longer than planned: they may still be meeting other people or waiting for a manager to say yes, or the role may be on hold.',
    'A delay often has nothing to do with you, since holidays, budgets and busy schedules slow things down all the time.',
    'A status update is not a rejection. It is not a yes either, so keep your other options open while you wait.',
  ],
  checklist: [
    {
      id: 'status-note-dates',
      text: 'Write down when you had your interview and any dates they gave you back then.',
    },
    {
      id: 'status-decide-interest',
      text: 'Decide if you still want this job, so you can say so clearly.',
      first: true,
    },
    { id: 'status-why-line', text: 'Prepare one short line on why you still want this role.' },
    {
      id: 'status-other-processes',
      text: 'Note where you stand with other employers, in case your own timing matters.',
    },
    {
      id: 'status-own-deadlines',
      text: 'Write down any dates that matter to you, such as the deadline on another offer.',
    },
    {
      id: 'status-news-to-share',
      text: 'Note anything new you could share, such as a course or a project you finished.',
    },
    {
      id: 'status-two-questions',
      text: 'Write down two questions: when they expect to decide, and what happens next.',
      first: true,
    },
    {
      id: 'status-keep-applying',
      text: 'Plan to keep applying elsewhere while you wait, so you are not stuck on one answer.',
    },
  ],
  haveAtHand: [
    'The date of your interview and any timeline they gave you.',
    'Your notes on other applications or offers.',
    'A short line on why you still want the role.',
    'A pen and paper.',
  ],
  howToAnswer:
    'Thank them for the update and say you are still interested, if you are. Then calmly ask for a realistic date and the next step. If you have another offer with a deadline, tell them politely.',
  script: [
    'Thank you for keeping me updated. I really appreciate it.',
    'I am still very interested in the role.',
    'Do you have a sense of when you expect to decide?',
    'What is the next step from here?',
    'Thanks again. Please let me know if you need anything else from me.',
  ],
  questions: [
    'Where are you in the process right now?',
    'When do you expect to make a decision, realistically?',
    'What is the next step, and will there be another round?',
    'Is the role still going ahead as planned, or is it on hold?',
    'Is there anything else I can send you that would help?',
    'If I have not heard back by then, is it all right to check in with you?',
  ],
  avoid: [
    'Assuming the worst. A delay is not a no.',
    'Pushing hard for an answer or sounding annoyed. Ask once, calmly, for a date.',
    'Putting your job search on hold while you wait.',
    'Making up other offers to speed them up.',
  ],
  reply: {
    subject: 'Thank you for the update on {role}',
    body: [
      'Hi {theirName},',
      'I appreciate the update, and I understand that these things can take time.',
      'I would like to say that I am still very interested in the role, and in joining {company}.',
      'Please let me know if you need anything else from me. I look forward to hearing about the next step.',
      'Best wishes,\n{myName}',
    ],
  },
} as const satisfies ReasonPrep;
