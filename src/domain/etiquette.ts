import type { Etiquette } from './schema.ts';

/** Advice that holds for every call back, shown with every result. */
export const etiquette = {
  title: 'For any call back',
  tips: [
    'Call back from a quiet place where you can hear well and think clearly.',
    'If they catch you at a bad moment, it is fine to say so and ask to call back in a few minutes.',
    'Try to call back within a day, and on the same day if you can.',
    'Have your questions, your notes and a pen in front of you before you dial.',
    'Start with your name, the name of the person who called and the role. For example: "Hi, this is Sam, returning Maria\'s call about the designer job."',
    'If you still want the job, say so. A simple "I am still very interested" goes a long way.',
    'It is fine to ask them to repeat something, or to say "Let me take a moment to think."',
    'If you reach voicemail, leave your name, the role, your phone number and a good time to reach you.',
    'Afterward, send a short thank-you email that sums up what you talked about.',
  ],
} as const satisfies Etiquette;
