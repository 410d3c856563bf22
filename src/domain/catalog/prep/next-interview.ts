import type { ReasonPrep } from '../reason-parts.ts';

/** How to get ready for “Another interview”: its name is in ../reason-words.ts, its weights in ../next-interview.ts. */
export const nextInterviewPrep = {
  meaning: [
    'Most jobs take more than one round of talks, so a call to set up the next one is common.',
    'It means you did well enough to move on, and they want to get to know you better.',
    'It does not mean the job is yours. Others may still be in the running, and the next round is a fresh chance to show what you can do.',
  ],
  checklist: [
    {
      id: 'next-check-calendar',
      text: 'Look at your calendar and pick a few times that work in the next two weeks.',
      first: true,
    },
    {
      id: 'next-review-notes',
      text: 'Read your notes from the last interview, and anything you said you would follow up on.',
      first: true,
    },
    {
      id: 'next-reread-job-ad',
      text: 'Read the job ad again and mark the skills they seem to care about most.',
    },
    {
      id: 'next-prepare-stories',
      text: 'Get three short stories ready about times you solved a problem at work.',
    },
    {
      id: 'next-research-people',
      text: 'If you know who you will meet, look up their roles so you know what they care about.',
    },
    {
      id: 'next-salary-range',
      text: 'Have your salary range ready, in case they ask about pay before the next round.',
    },
    {
      id: 'next-test-tech',
      text: 'If it may be a video call, test your camera, mic and internet ahead of time.',
    },
    {
      id: 'next-own-questions',
      text: 'Write down two or three things you still want to know about the job or the team.',
    },
  ],
  haveAtHand: [
    'Your calendar, to agree on a date and time.',
    'Your notes from the last interview.',
    'The job ad and your resume.',
    'A pen and paper.',
  ],
  howToAnswer:
    'Thank them and say you are glad to move ahead. Agree on a time that works for you, then ask what the next round will be like. Write it all down before you hang up.',
  script: [
    'Thank you for getting back to me. I am really glad to hear from you.',
    'I would be happy to take part in the next round.',
    'Here are a few times that work for me. Which one suits you best?',
    'Could you tell me a bit about what the next round will look like?',
    'Is there anything you would like me to prepare?',
  ],
  questions: [
    'Who will I meet, and what are their roles?',
    'Will it be by video, by phone or in person? If in person, where should I go?',
    'How long should I plan for?',
    'Is there anything you would like me to prepare or bring?',
    'How many rounds are left after this one?',
    'When do you hope to make a decision?',
  ],
  avoid: [
    'Taking a time you cannot make just to seem keen. It is fine to ask for another slot.',
    'Thinking the job is yours and easing off on getting ready.',
    'Hanging up before you know the date, the time, the format and who you will meet.',
  ],
  reply: {
    subject: 'Next interview for {role}',
    body: [
      'Hi {theirName},',
      'I am very glad to be moving on to the next round at {company}.',
      'I am writing to confirm the interview on the day and at the time we agreed, in the format we talked about.',
      'Is there anything I should prepare or bring? It would also help to know who I will meet.',
      'Best wishes,\n{myName}',
    ],
  },
} as const satisfies ReasonPrep;
