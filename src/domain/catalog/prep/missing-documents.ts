import type { ReasonPrep } from '../reason-parts.ts';

/** How to get ready for “A missing document”: its name is in ../reason-words.ts, its weights in ../missing-documents.ts. */
export const missingDocumentsPrep = {
  meaning: [
    'A recruiter may call to ask for a form, a copy of your ID, proof that you may work here, a certificate, a work sample or a signed consent.',
    'It is usually a routine step, and it often means they want to keep your application moving.',
    'It does not mean you did something wrong, and on its own it does not tell you whether you will get the job. Most gaps like this are quick to fill.',
  ],
  checklist: [
    {
      id: 'docs-replay-message',
      text: 'Read or play their message again, and write down exactly what they asked for.',
      first: true,
    },
    {
      id: 'docs-gather-papers',
      text: 'Find your ID, certificates and other papers, and check that none of them has expired.',
    },
    {
      id: 'docs-check-names',
      text: 'Check that the name on each document matches the name on your application.',
    },
    {
      id: 'docs-make-copies',
      text: 'Make clear scans or photos of each page, so you can send them quickly.',
    },
    {
      id: 'docs-check-it-is-them',
      text: 'Look up the company phone number or the recruiter on the company website, so you can check the request is real.',
      first: true,
    },
    {
      id: 'docs-safe-channel',
      text: 'Plan to send ID only through a secure upload link or an email address you have checked.',
    },
    {
      id: 'docs-pick-work-sample',
      text: 'If they may want a work sample, pick your best piece and remove anything private.',
    },
    {
      id: 'docs-read-before-signing',
      text: 'Read any consent form in full before you sign it, and note anything you want to ask about.',
    },
  ],
  haveAtHand: [
    'Their message, or your note of what they asked for.',
    'The documents you already have, or clear copies of them.',
    'Your calendar, to agree on a date you can really meet.',
    'A pen and paper.',
  ],
  howToAnswer:
    'Thank them and ask exactly what they need. Write down the document, the format and the deadline. If they want ID or other private papers, check that the request is really from them before you send anything, and use a safe way to send it.',
  script: [
    'Thank you for calling. I am happy to send whatever you need.',
    'Could you tell me exactly which document you need, and in what format?',
    'What is the safest way to send it to you?',
    'Thanks. I will send it by then, and I will tell you right away if anything holds me up.',
  ],
  questions: [
    'Which document do you need, exactly?',
    'What format would you like: a scan, a photo, a PDF or the original?',
    'By when do you need it?',
    'What is the safest way to send it to you?',
    'Is there anything I need to sign, and can I read it first?',
    'Is anything else missing, so I can send it all at once?',
  ],
  avoid: [
    'Sending your ID, passport or bank details by plain email or text before you have checked that the request is really from them.',
    'Guessing what they mean. If you are not sure which form they want, ask.',
    'Promising a date you cannot meet. If a document will take time to get, tell them now.',
    'Sending private work from a past employer as a sample.',
  ],
  reply: {
    subject: 'Documents for {role}',
    body: [
      'Hi {theirName},',
      'It helps to know just what you still need from me.',
      'As we agreed, I will send the documents by the deadline you gave me, in the way you asked.',
      'Please let me know if anything else is missing.',
      'Best wishes,\n{myName}',
    ],
  },
} as const satisfies ReasonPrep;
