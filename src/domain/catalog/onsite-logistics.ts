import type { ReasonHead } from './reason-parts.ts';
import { reasonWords } from './reason-words.ts';

/** They want to set up a visit in person, and go over the where, when and who. */
export const onsiteLogistics = {
  id: 'onsite-logistics',
  category: 'scheduling',
  ...reasonWords['onsite-logistics'],
  signals: {
    base: -0.8,
    round: { screen: 0.2, middle: 0.4, final: -0.6 },
    caller: { recruiter: 0.3, 'hiring-manager': -0.5 },
    contact: { email: 0.4 },
    topics: {
      onsite: 3.0,
      'next-interview': 0.8,
      nothing: -0.3,
    },
  },
} satisfies ReasonHead;
