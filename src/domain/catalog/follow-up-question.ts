import type { ReasonHead } from './reason-parts.ts';
import { reasonWords } from './reason-words.ts';

/** Someone from the interview thought of another question, or wants to hear more. */
export const followUpQuestion = {
  id: 'follow-up-question',
  category: 'clarification',
  ...reasonWords['follow-up-question'],
  signals: {
    base: -0.9,
    // A question they thought of afterwards comes soon after the interview.
    days: { '0-2': 0.6, '7-13': -0.5, '14-29': -1.0, '30+': -1.2 },
    // Interviewers call with their own questions; agencies relay fewer of them.
    caller: { 'hiring-manager': 0.8, agency: -0.6 },
    topics: {
      'follow-up-question': 3.2,
      resume: 0.6,
      nothing: -0.2,
    },
  },
} satisfies ReasonHead;
