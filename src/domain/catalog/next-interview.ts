import type { ReasonHead } from './reason-parts.ts';
import { reasonWords } from './reason-words.ts';

/** They want to invite you to another round of interviews. */
export const nextInterview = {
  id: 'next-interview',
  category: 'next-stage',
  ...reasonWords['next-interview'],
  signals: {
    base: 0.3,
    // Another round is the usual next step after a screen or a middle round, rarer after the final.
    round: { screen: 1.0, middle: 0.7, final: -0.5 },
    // Invitations come fast, most within a week; weeks of silence make them less likely.
    days: { '0-2': 0.3, '7-13': -0.2, '14-29': -0.4, '30+': -0.6 },
    caller: { 'hiring-manager': 0.2, agency: 0.3 },
    contact: { email: 0.2 },
    topics: {
      'next-interview': 3.2,
      onsite: 1.0,
      // A test is usually a step of its own before the next round, not the round itself.
      assessment: 0.3,
      // Salary expectations are often checked before the later rounds.
      salary: 1.0,
      // Notice periods are asked early too, to plan the later rounds and the hiring date.
      'start-date': 0.8,
      benefits: 0.4,
      'competing-offers': 0.6,
      // Feedback alone says little about another round: when it is good news, the warm voice
      // that comes with it counts on its own.
      feedback: 0.4,
      timeline: 0.2,
      nothing: 0.2,
    },
    tone: { warm: 0.4, hesitant: -0.5 },
  },
} satisfies ReasonHead;
