import type { ReasonPrep } from '../reason-parts.ts';

/** How to get ready for “A follow-up question”: its name is in ../reason-words.ts, its weights in ../follow-up-question.ts. */
export const followUpQuestionPrep = {
  meaning: [
    'Interviewers often think of a question after the talk ends, or find they need more detail on something you said.',
    'It shows they are still thinking about you. It is also a chance to add something you forgot to say.',
    'It does not mean something went wrong, and it does not mean you got the job. It just means they want the full picture.',
  ],
  checklist: [
    {
      id: 'followup-recall-interview',
      text: 'Write down what you remember of their questions and your answers.',
      first: true,
    },
    { id: 'followup-list-missed', text: 'Note anything you wish you had said, or said better.' },
    {
      id: 'followup-weak-answer',
      text: 'Pick the answer you felt least sure about and plan a clearer one.',
      first: true,
    },
    {
      id: 'followup-examples',
      text: 'Have two short examples ready, each with what you did and how it turned out.',
    },
    {
      id: 'followup-reread-job-ad',
      text: 'Read the job ad again to recall what matters most to them.',
    },
    {
      id: 'followup-facts',
      text: 'Gather any facts or numbers you may want to share, such as results from past work.',
    },
    {
      id: 'followup-quiet-spot',
      text: 'Find a quiet place to call from, where you can think and take notes.',
    },
    {
      id: 'followup-pause-ok',
      text: 'Remind yourself that it is fine to say, "Let me think for a moment."',
    },
  ],
  haveAtHand: [
    'Your notes from the interview.',
    'Your resume and the job ad.',
    'A short list of things you forgot to mention.',
    'A pen and paper.',
  ],
  howToAnswer:
    'Thank them for the chance to add more, then listen to the whole question. Take a moment to think if you need it. Answer clearly, and if it fits, add the point you missed before.',
  script: [
    'Thank you for getting back to me. I am glad to answer any questions.',
    'Could you tell me a bit more about what you would like to know?',
    'That is a good question. Let me think for a moment.',
    'There is also something I did not mention in the interview that I think you may find useful.',
    'Does that answer your question, or would more detail help?',
  ],
  questions: [
    'Does that cover what you were looking for?',
    'Is there anything else I can add or explain?',
    'Would it help if I sent an example of my work by email?',
    'What are the next steps from here?',
    'When do you expect to make a decision?',
  ],
  avoid: [
    'Rushing into an answer before you understand the question.',
    'Reading too much into the call, whether good or bad.',
    'Going over the whole interview again. Keep to what they asked, plus one point you missed.',
  ],
  reply: {
    subject: 'Thank you for your question',
    body: [
      'Hi {theirName},',
      'I was glad to answer your question, and I enjoyed the chance to talk again.',
      'Since we spoke, I have thought more about it, and I am even more sure that I would enjoy this work and do it well.',
      'If you have any other questions, I am always happy to answer them.',
      'Best wishes,\n{myName}',
    ],
  },
} as const satisfies ReasonPrep;
