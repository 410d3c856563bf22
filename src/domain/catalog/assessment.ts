import type { ReasonHead } from './reason-parts.ts';
import { reasonWords } from './reason-words.ts';

/** They want to set you a skills test, a take-home task, a case study or a coding test. */
export const assessment = {
  id: 'assessment',
  category: 'scheduling',
  ...reasonWords.assessment,
  signals: {
    base: -0.6,
    // After a first screen, a test or task is as common a next step as another interview.
    round: { screen: 1.0, middle: 0.3, final: -0.8 },
    // HR and agencies send most online tests; a manager calling sets a task a little less often.
    caller: { recruiter: 0.3, 'hiring-manager': -0.2 },
    contact: { email: 0.4 },
    topics: {
      assessment: 3.2,
      // Many employers set the test as the gate to the next interview, and say so in the
      // same breath: "a short task, then a call with the team".
      'next-interview': 1.4,
      nothing: -0.3,
    },
  },
} satisfies ReasonHead;
