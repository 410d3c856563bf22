import type { ReasonHead } from './reason-parts.ts';
import { reasonWords } from './reason-words.ts';

/** They want to check a detail on your resume: a date, a title, a gap or why you left. */
export const resumeClarification = {
  id: 'resume-clarification',
  category: 'clarification',
  ...reasonWords['resume-clarification'],
  signals: {
    base: -0.8,
    round: { screen: 0.3 },
    days: { '0-2': 0.4, '14-29': -0.6, '30+': -0.8 },
    caller: { 'hiring-manager': 0.2 },
    topics: {
      resume: 3.2,
      'follow-up-question': 0.8,
      documents: 0.2,
      nothing: -0.2,
    },
    tone: { hesitant: 0.3 },
  },
} satisfies ReasonHead;
