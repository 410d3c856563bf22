import type { ReasonHead } from './reason-parts.ts';

/** They want to invite you to another round of interviews. */
export const nextInterview = {
  id: 'next-interview',
  category: 'next-stage',
  title: 'Another interview',
  titleInSentence: 'another interview',
  summary: 'They may want to invite you to the next round of interviews.',
  signals: {
    base: 0.3,
    // Another round is the usual next step after a screen or a middle round, rarer after the final.
    round: { screen: 1.0, middle: 0.7, final: -0.5 },
    // Invitations come fast; weeks of silence make them less likely.
    days: { '0-2': 0.3, '14-29': -0.4, '30+': -0.6 },
    caller: { 'hiring-manager': 0.2, agency: 0.3 },
    contact: { email: 0.2 },
    topics: {
      'next-interview': 3.2,
      onsite: 1.0,
      assessment: 0.9,
      // Salary expectations are often checked before the later rounds.
      salary: 1.0,
      // Notice periods are asked early too, to plan the later rounds.
      'start-date': 0.5,
      benefits: 0.4,
      'competing-offers': 0.6,
      feedback: 0.8,
      timeline: 0.2,
      nothing: 0.2,
    },
    tone: { warm: 0.4, hesitant: -0.5 },
  },
} satisfies ReasonHead;
