import type { ReasonPrep } from '../reason-parts.ts';

/** How to get ready for “A reference check”: its name is in ../reason-words.ts, its weights in ../reference-check.ts. */
export const referenceCheckPrep = {
  meaning: [
    'Employers tend to check references late, often after the final round and just before an offer.',
    'That makes it a good sign: they are thinking seriously about you.',
    'It is not an offer, though. Some employers check references for two or three people before they choose, and a few do it earlier in the process.',
  ],
  checklist: [
    {
      id: 'ref-pick-people',
      text: 'Choose two or three people who know your work well, such as a past manager.',
      first: true,
    },
    {
      id: 'ref-ask-first',
      text: 'Ask each person if they are happy to be a reference before you give out their name.',
      first: true,
    },
    {
      id: 'ref-contact-details',
      text: 'Check that you have the current phone number, email and job title of each one.',
    },
    {
      id: 'ref-brief-them',
      text: 'Tell each person about the job and the skills the employer cares about most.',
    },
    {
      id: 'ref-remind-projects',
      text: 'Remind them of one or two things you did together that fit this job.',
    },
    {
      id: 'ref-warn-timing',
      text: 'Let them know when a call might come, so they are ready to pick up.',
    },
    {
      id: 'ref-write-list',
      text: 'Type up a short list of names, roles and how each person knows you.',
    },
    {
      id: 'ref-current-boss',
      text: 'Decide if you are OK with them calling your current boss yet.',
    },
  ],
  haveAtHand: [
    'Your list of references, with names, job titles, phone numbers and emails.',
    'A note on how each person knows you and when you worked together.',
    'Your calendar, in case they ask about timing or a start date.',
    'A pen and paper.',
  ],
  howToAnswer:
    'Sound glad and ready to help. Give them the names they ask for, or say you will email them today. Ask who they plan to contact and when, so you can let your references know.',
  script: [
    'Thank you for getting back to me. I am happy to help with references.',
    'I have a few people in mind who know my work well.',
    'How many would you like, and is there anyone in particular you want to speak to?',
    'I will let them know to expect you. Can I send their details by email today?',
  ],
  questions: [
    'How many references would you like, and from which jobs?',
    'Would you like a past manager, or is a coworker fine too?',
    'Will you call them, email them or send them a form?',
    'When do you plan to contact them?',
    'Will you wait for my OK before you contact my current boss?',
    'What are the next steps once the references are done?',
  ],
  avoid: [
    'Giving out a name before you have asked that person.',
    'Telling your references what to say. Remind them of the facts and let them speak for themselves.',
    'Treating this as an offer and giving notice at your current job.',
  ],
  reply: {
    subject: 'References for {role}',
    body: [
      'Hi {theirName},',
      'I am glad that things are moving ahead.',
      'As we agreed, I will send you the names and contact details of my references shortly. I have told each of them that you may call soon, so they will be ready to talk.',
      'If you need anything else from me, please just let me know.',
      'Best wishes,\n{myName}',
    ],
  },
} as const satisfies ReasonPrep;
