import type { ReasonHead } from './reason-parts.ts';
import { reasonWords } from './reason-words.ts';

/** They want your consent to check your identity, work history or record before you start. */
export const backgroundCheck = {
  id: 'background-check',
  category: 'checks',
  ...reasonWords['background-check'],
  signals: {
    base: -1.0,
    round: { screen: -1.5, middle: -0.8, final: 0.6 },
    // HR runs the checks. A hiring manager who mentions one is more often hinting at an offer.
    caller: { recruiter: 0.3, 'hiring-manager': -0.6 },
    topics: {
      'background-check': 3.4,
      documents: 0.6,
      'start-date': 0.9,
      references: 0.3,
      nothing: -0.3,
    },
    // A hesitant call can mean something in the check needs explaining.
    tone: { hesitant: 0.2 },
  },
} satisfies ReasonHead;
