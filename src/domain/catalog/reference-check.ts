import type { ReasonHead } from './reason-parts.ts';
import { reasonWords } from './reason-words.ts';

/** They want to speak to people who have worked with you before they decide. */
export const referenceCheck = {
  id: 'reference-check',
  category: 'checks',
  ...reasonWords['reference-check'],
  signals: {
    base: -0.5,
    // References are taken near the end.
    round: { screen: -1.2, middle: -0.3, final: 0.8 },
    caller: { 'hiring-manager': -0.3 },
    topics: {
      references: 3.2,
      'background-check': 0.3,
      salary: 0.3,
      'start-date': 0.5,
      nothing: -0.2,
    },
    tone: { warm: 0.3 },
  },
} satisfies ReasonHead;
