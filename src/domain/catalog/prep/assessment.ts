import type { ReasonPrep } from '../reason-parts.ts';

/** How to get ready for “A test or task”: its name is in ../reason-words.ts, its weights in ../assessment.ts. */
export const assessmentPrep = {
  meaning: [
    'Many employers add a practical step, such as an online test, a coding task, a case study or a short piece of work to do at home.',
    'A call about it usually means they want to see how you work, not just how you talk about it.',
    'It does not mean they doubt what you said in the interview. It is often a standard step that other people take too, and it does not mean the job is yours yet.',
  ],
  checklist: [
    {
      id: 'assess-reread-posting',
      text: 'Read the job posting again and mark the skills a test is most likely to check.',
    },
    {
      id: 'assess-find-time',
      text: 'Look at your week and find a few quiet hours you could set aside for the task.',
    },
    {
      id: 'assess-busy-dates',
      text: 'Note any dates you are busy, such as work, travel or other interviews.',
      first: true,
    },
    {
      id: 'assess-check-setup',
      text: 'Check that your computer, browser and internet work well, in case the test is online.',
    },
    {
      id: 'assess-practice',
      text: 'Try a short practice test of the same kind, so the format feels less new.',
    },
    {
      id: 'assess-list-adjustments',
      text: 'Write down any adjustments you may need, such as extra time, breaks or a screen reader.',
    },
    {
      id: 'assess-list-questions',
      text: 'Write down what you want to know: the format, time limit, tools and deadline.',
      first: true,
    },
    {
      id: 'assess-quiet-place',
      text: 'Plan a quiet place where you can do the task without being disturbed.',
    },
  ],
  haveAtHand: [
    'Your calendar, to choose a time or deadline that really works.',
    'The job posting and your notes from the interviews.',
    'A list of any adjustments you need.',
    'A pen and paper.',
  ],
  howToAnswer:
    'Thank them and say you are happy to do it. Then get the details: the format, the time limit, the tools you may use, the deadline and how it will be judged. If you need an adjustment, ask for it now, calmly and plainly.',
  script: [
    'Thank you for calling. I am happy to do the task.',
    'Could you tell me how it works, and how long it should take?',
    'Which tools am I allowed to use, and when is the deadline?',
    'Who should I contact if I need an adjustment or run into a problem?',
    'Thanks. I will look out for the details by email.',
  ],
  questions: [
    'What kind of task is it: a test, a take-home task, a case study or a coding task?',
    'How long do I have, and is there a timer once I start?',
    'Which tools, notes or websites may I use?',
    'What is the deadline?',
    'How will my work be judged, and who will look at it?',
    'Can you make adjustments, such as extra time, if I need them?',
  ],
  avoid: [
    'Agreeing to a deadline you cannot meet. It is fine to ask for a few more days.',
    'Staying quiet about an adjustment you need. Asking is normal, and it helps them judge you fairly.',
    'Starting before you know the rules, such as the time limit and which tools you may use.',
    'Spending far more time than they asked for. If the task seems too big, ask what they expect.',
  ],
  reply: {
    subject: 'The task for {role}',
    body: [
      'Hi {theirName},',
      'I am happy to do the task, and glad of the chance to show what I can do.',
      'To check I have it right: I will do the task we talked about and send it to you by the deadline we agreed.',
      'If there is anything else I should know before I start, such as the tools I may use or how it will be judged, please let me know.',
      'Best wishes,\n{myName}',
    ],
  },
} as const satisfies ReasonPrep;
