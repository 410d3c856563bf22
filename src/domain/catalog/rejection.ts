import type { ReasonHead } from './reason-parts.ts';
import { reasonWords } from './reason-words.ts';

/** They are calling to say they chose someone else for this role. */
export const rejection = {
  id: 'rejection',
  category: 'update',
  ...reasonWords.rejection,
  signals: {
    base: 0,
    round: { screen: -0.1, final: 0.3 },
    days: { '0-2': -0.3, '7-13': 0.3, '14-29': 0.6, '30+': 0.6 },
    caller: { recruiter: 0.2, 'hiring-manager': -0.3, agency: 0.1 },
    // Many no's come in writing. A voicemail, a missed call or an email asking to talk instead
    // means they want a conversation, which leans a little away from a plain no.
    contact: { voicemail: -0.3, missed: -0.2, email: -0.4 },
    topics: {
      feedback: 1.8,
      timeline: 0.3,
      // Talk of pay, dates or checks means they are still planning a future with you.
      salary: -1.2,
      benefits: -1.2,
      'start-date': -1.5,
      'competing-offers': -1.2,
      references: -1.2,
      'background-check': -1.5,
      'next-interview': -1.5,
      assessment: -1.2,
      onsite: -1.2,
      nothing: 0.2,
    },
    tone: { warm: -1.0, neutral: 0.1, hesitant: 1.5 },
  },
} satisfies ReasonHead;
