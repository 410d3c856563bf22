import type { ReasonHead } from './reason-parts.ts';
import { reasonWords } from './reason-words.ts';

/** They want to offer you the job, or to talk through an offer before they send it. */
export const offer = {
  id: 'offer',
  category: 'offer',
  ...reasonWords.offer,
  signals: {
    base: 0,
    // Offers come at the end: rare after a first screen, common after the final round.
    // After a middle round there is still a round to go, so pay or a start date asked then is
    // more often planning for the last round than an offer: a clear clue against it.
    round: { screen: -2.4, middle: -1.2, final: 1.0 },
    // A quick call after the last round is a good sign; a long silence usually is not.
    days: { '0-2': 0.2, '7-13': -0.1, '14-29': -0.4, '30+': -0.8 },
    // Hiring managers like to share good news in person.
    caller: { recruiter: 0.2, 'hiring-manager': 0.5, agency: 0.2 },
    // Asking for a call back, instead of writing, hints at news worth saying out loud.
    contact: { voicemail: 0.2, missed: 0.1, email: 0.1 },
    topics: {
      // Pay, benefits and a start date are what an offer call is made of.
      salary: 2.4,
      benefits: 2.6,
      'start-date': 2.2,
      // Asking about other offers often means they want to move before someone else does.
      'competing-offers': 1.8,
      // Checks come just before or just after an offer.
      references: 0.8,
      'background-check': 0.9,
      timeline: 0.2,
      // Praise passed on from the panel is often how an offer call opens.
      feedback: 0.4,
      // Another interview means the decision is not made yet.
      'next-interview': -0.8,
      onsite: -0.4,
      assessment: -0.8,
      // Wanting to say it live, with no hint at a topic, leans a little towards good news.
      nothing: 0.3,
    },
    // Tone is a weak clue: people read it wrongly, so it moves things less than topics do.
    tone: { warm: 0.6, neutral: -0.2, hesitant: -1.0 },
  },
} satisfies ReasonHead;
