import type { ReasonHead } from './reason-parts.ts';
import { reasonWords } from './reason-words.ts';

/** They need a form, an ID, a certificate or a work sample from you to move things along. */
export const missingDocuments = {
  id: 'missing-documents',
  category: 'clarification',
  ...reasonWords['missing-documents'],
  signals: {
    base: -1.0,
    days: { '0-2': 0.3 },
    caller: { recruiter: 0.3, 'hiring-manager': -0.8 },
    // A request for papers often comes by email.
    contact: { voicemail: -0.3, email: 0.6 },
    topics: {
      documents: 3.2,
      'background-check': 0.5,
      resume: 0.3,
      nothing: -0.5,
    },
  },
} satisfies ReasonHead;
