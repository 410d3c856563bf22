import type { ReasonHead } from './reason-parts.ts';

/** They want to set you a skills test, a take-home task, a case study or a coding test. */
export const assessment = {
  id: 'assessment',
  category: 'scheduling',
  title: 'A test or task',
  titleInSentence: 'a test or task',
  summary: 'They may want you to do a skills test, a take-home task or a case study.',
  signals: {
    base: -0.6,
    round: { screen: 0.7, middle: 0.3, final: -0.8 },
    caller: { recruiter: 0.3, 'hiring-manager': -0.4 },
    contact: { email: 0.4 },
    topics: {
      assessment: 3.2,
      'next-interview': 0.6,
      nothing: -0.3,
    },
  },
} satisfies ReasonHead;
