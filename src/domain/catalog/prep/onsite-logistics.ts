import type { ReasonPrep } from '../reason-parts.ts';

/** How to get ready for “Plans for a visit in person”: its name is in ../reason-words.ts, its weights in ../onsite-logistics.ts. */
export const onsiteLogisticsPrep = {
  meaning: [
    'Before an interview in person, someone often calls to set the date and time, and to explain where to go and who you will meet.',
    'It usually means they want to meet you face to face, which is a step forward in the process.',
    'It does not mean the job is yours, and the call is not a test in itself. It is mostly about plans, so you can arrive calm and on time.',
  ],
  checklist: [
    {
      id: 'onsite-pick-times',
      text: 'Look at your calendar and pick two or three times you could make.',
      first: true,
    },
    { id: 'onsite-time-off', text: 'Check whether you need time off work, and how much.' },
    {
      id: 'onsite-list-questions',
      text: 'Write down what you need to know: the date, time, address, who to ask for and how long it lasts.',
      first: true,
    },
    {
      id: 'onsite-plan-route',
      text: 'Once you have the address, plan your route and add extra time for delays.',
    },
    {
      id: 'onsite-travel-costs',
      text: 'Work out roughly what the trip would cost, so you can ask who pays for it.',
    },
    {
      id: 'onsite-access-needs',
      text: 'Write down any access needs, such as step-free entry, parking or a quiet room.',
    },
    {
      id: 'onsite-photo-id',
      text: 'Find your photo ID, since many buildings ask for one at the front desk.',
    },
    {
      id: 'onsite-what-to-wear',
      text: 'Think about what you would wear, so you can ask about dress if you are not sure.',
    },
  ],
  haveAtHand: [
    'Your calendar, with the times you can make.',
    'A map app, to check the address and how long the trip takes.',
    'A note of any access needs.',
    'A pen and paper.',
  ],
  howToAnswer:
    'Thank them, then agree on a date and time that you can really make. Write down every detail and read it back to them at the end. Ask plainly about travel costs and any access needs: these are normal questions.',
  script: [
    'Thank you for calling. I would be glad to come in.',
    'I have a few times that work for me. Which one suits you best?',
    'Could you tell me the address, and who I should ask for when I arrive?',
    'Let me read that back, to check I have it right.',
    'Thank you. Could you send me the details by email as well?',
  ],
  questions: [
    'What is the exact address, and which entrance should I use?',
    'Who should I ask for when I arrive, and who will I meet?',
    'How long will the visit last?',
    'Do you pay for travel, and if so, how do I claim it?',
    'Is there a dress code, and should I bring ID or anything else?',
    'Is the building easy to get around, and can you help with any needs I have?',
  ],
  avoid: [
    'Agreeing to a time you cannot make. It is better to suggest another time now than to cancel later.',
    'Hanging up without the address, the time and a name to ask for.',
    'Feeling shy about asking who pays for travel. It is a normal question.',
    'Keeping quiet about an access need. Telling them early gives them time to help.',
  ],
  reply: {
    subject: 'My visit to {company}',
    body: [
      'Hi {theirName},',
      'I am looking forward to meeting the team in person.',
      'To confirm, I will come in on the day and at the time we agreed. Could you send me the address, and tell me where to go and who to ask for when I arrive?',
      'Could you also let me know if there is anything I should know about travel, parking or getting into the building?',
      'Best wishes,\n{myName}',
    ],
  },
} as const satisfies ReasonPrep;
