import type { ReasonPrep } from '../reason-parts.ts';

/** How to get ready for “Not chosen this time”: its name is in ../reason-words.ts, its weights in ../rejection.ts. */
export const rejectionPrep = {
  meaning: [
    'Some employers call to turn a candidate down as a kind, personal touch, most often after a later round.',
    'If it is a no, it is about this role at this moment: often several good people apply, and only one can be chosen.',
    'It is not a judgment of your worth or your skills. A call like this can still lead somewhere: to useful feedback, a future role or a contact worth keeping.',
  ],
  checklist: [
    {
      id: 'reject-slow-breaths',
      text: 'Take a few slow breaths before you call, and give yourself a moment if you need it.',
      first: true,
    },
    {
      id: 'reject-private-spot',
      text: 'Call from somewhere private, where you can take a moment after the call.',
      first: true,
    },
    {
      id: 'reject-thank-you-line',
      text: 'Have a short thank-you ready, so you can stay calm and kind whatever they say.',
    },
    { id: 'reject-feedback-question', text: 'Write down one simple question to ask for feedback.' },
    {
      id: 'reject-future-roles',
      text: 'Prepare one line asking them to keep you in mind for future roles.',
    },
    {
      id: 'reject-save-contact',
      text: 'Save the name and email of the person who called, so you can stay in touch.',
    },
    {
      id: 'reject-plan-something-kind',
      text: 'Plan something kind for yourself after the call, like a walk or a chat with a friend.',
    },
    {
      id: 'reject-keep-applying',
      text: 'Keep your other applications going, so one call does not stop your search.',
    },
  ],
  haveAtHand: [
    'A short thank-you line.',
    'Your question asking for feedback.',
    'A pen and paper, to note what they say.',
    'A glass of water, and a few quiet minutes for yourself after the call.',
  ],
  howToAnswer:
    'Stay gracious: thank them for calling and for their time, even if it hurts. Do not argue or try to change their mind; ask for any feedback they can share instead. Then ask them to keep you in mind for future roles, so you part on good terms and do not burn the bridge.',
  script: [
    'Thank you for letting me know, and for taking the time to call.',
    'I am disappointed, but I really enjoyed meeting the team.',
    'Would you be willing to share any feedback that could help me next time?',
    'I would love to be thought of for future roles. Could you keep me in mind?',
    'Thank you again. I hope we can stay in touch.',
  ],
  questions: [
    'Is there any feedback you could share about my interviews?',
    'Was there a skill or kind of experience that would have made the difference?',
    'Could you keep me in mind for future roles that might suit me?',
    'Are there other open roles here that might be a good fit?',
    'Would it be all right to stay in touch with you?',
  ],
  avoid: [
    'Arguing, or trying to change their mind. The choice is made, and pushing can close the door.',
    'Being short or cold. Stay gracious and thank them, even if you feel let down.',
    'Hanging up without asking for feedback, or without asking them to keep you in mind for future roles.',
    'Burning the bridge, for example with an angry email or post. The people you met may remember you when a new job opens.',
    'Treating it as a judgment of your worth. It is one choice, for one role, at one time.',
  ],
  reply: {
    subject: 'Thank you for letting me know',
    body: [
      'Hi {theirName},',
      'I appreciate you letting me know your decision, and I really enjoyed meeting the team at {company}.',
      'If you have any feedback that could help me next time, I would be grateful to hear it.',
      'I would love to be kept in mind for future roles. I hope we can stay in touch.',
      'Best wishes,\n{myName}',
    ],
  },
} as const satisfies ReasonPrep;
