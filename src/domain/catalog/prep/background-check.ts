import type { ReasonPrep } from '../reason-parts.ts';

/** How to get ready for “A background check”: its name is in ../reason-words.ts, its weights in ../background-check.ts. */
export const backgroundCheckPrep = {
  meaning: [
    'A background check usually comes at the end, often with an offer that depends on it.',
    'What they check depends on the country and the job. It may cover your ID, your right to work, past jobs and schooling, and sometimes a criminal record or your credit.',
    'It is a routine step, not a sign that they doubt you. But it is not a final yes either, since the job may depend on what the check finds.',
  ],
  checklist: [
    {
      id: 'bg-list-jobs',
      text: 'Write down each past job with its exact start and end dates and your real title.',
      first: true,
    },
    {
      id: 'bg-match-resume',
      text: 'Check that those dates and titles match your resume and your LinkedIn profile.',
    },
    {
      id: 'bg-find-id',
      text: 'Find your ID and any papers that show you can work in this country.',
    },
    {
      id: 'bg-education',
      text: 'Note the schools you went to, the dates, and any degree you earned.',
    },
    {
      id: 'bg-past-employers',
      text: 'Find the contact details of your past employers, in case they ask.',
    },
    {
      id: 'bg-spot-issues',
      text: 'Think about anything that might show up, such as an old conviction or a job that ended badly.',
      first: true,
    },
    {
      id: 'bg-plan-words',
      text: 'Plan one or two calm sentences to explain it, so they hear it from you first.',
    },
    {
      id: 'bg-read-consent',
      text: 'Read any consent form all the way through before you sign it.',
    },
    { id: 'bg-know-rights', text: 'Look up what employers are allowed to check where you live.' },
  ],
  haveAtHand: [
    'Your ID and proof that you are allowed to work here.',
    'Your job history, with exact dates and titles.',
    'Your school details: names, dates and degrees.',
    'Your email open, since the consent form often comes that way.',
  ],
  howToAnswer:
    'Say you are happy to go ahead, and ask how it works. If something may come up, such as an old record or a gap in your dates, mention it now in a sentence or two. It is far better for them to hear it from you than to find it in a report.',
  script: [
    'Thank you for getting back to me. I am happy to go ahead with the check.',
    'Could you tell me what it covers and how I give my consent?',
    'If it applies: there is one thing I would like to tell you now, so it is not a surprise.',
    'How long does it usually take, and what happens once it is done?',
  ],
  questions: [
    'What does the check cover?',
    'Which company will run it, and how will they contact me?',
    'Do you need anything from me, such as ID or a signed form?',
    'How long does it usually take?',
    'Will I get to see the results, and explain anything if I need to?',
    'Is the offer, or the next step, waiting on this check?',
  ],
  avoid: [
    'Rounding dates or making a title sound bigger. Checks find these, and it looks worse than the truth.',
    'Keeping quiet about something you know will show up.',
    'Giving notice at your current job before the check is clear and the offer is in writing.',
  ],
  reply: {
    subject: 'Background check for {role}',
    body: [
      'Hi {theirName},',
      'I am happy to go ahead with the background check.',
      'As we agreed, I will fill in the forms and send my consent by the date you gave me. If you need anything else from me, please let me know.',
      'Best wishes,\n{myName}',
    ],
  },
} as const satisfies ReasonPrep;
