import type { ReasonHead } from './reason-parts.ts';
import { reasonWords } from './reason-words.ts';

/** They are calling to say the process is taking longer, or that they are still deciding. */
export const statusUpdate = {
  id: 'status-update',
  category: 'update',
  ...reasonWords['status-update'],
  signals: {
    base: 0.2,
    round: { final: 0.2 },
    // The longer the wait, the more a call is about the wait itself.
    // A day or two after the interview nothing is late yet: "the timeline" then is usually
    // the next step of good news, not a delay.
    days: { '0-2': -0.9, '7-13': 0.4, '14-29': 0.8, '30+': 1.0 },
    caller: { 'hiring-manager': -0.3, agency: 0.3 },
    contact: { email: 0.3 },
    topics: {
      timeline: 2.4,
      // Feedback comes with a decision, either way; a call about timing has none to give yet.
      feedback: 0.2,
      'competing-offers': 0.2,
      salary: -0.5,
      nothing: 0.1,
    },
    tone: { warm: -0.2, hesitant: 0.7 },
  },
} satisfies ReasonHead;
