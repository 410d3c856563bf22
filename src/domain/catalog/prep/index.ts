import type { ReasonId } from '../../codes.ts';
import type { ReasonPrep } from '../reason-parts.ts';
import { assessmentPrep } from './assessment.ts';
import { backgroundCheckPrep } from './background-check.ts';
import { followUpQuestionPrep } from './follow-up-question.ts';
import { missingDocumentsPrep } from './missing-documents.ts';
import { nextInterviewPrep } from './next-interview.ts';
import { offerPrep } from './offer.ts';
import { onsiteLogisticsPrep } from './onsite-logistics.ts';
import { referenceCheckPrep } from './reference-check.ts';
import { rejectionPrep } from './rejection.ts';
import { resumeClarificationPrep } from './resume-clarification.ts';
import { statusUpdatePrep } from './status-update.ts';

/**
 * Every reason's prep, by reason id. The results page loads this after its ranked list is on
 * screen, so a bookmarked prep shows its list without waiting for these words.
 */
export const preps: Readonly<Record<ReasonId, ReasonPrep>> = {
  assessment: assessmentPrep,
  'background-check': backgroundCheckPrep,
  'follow-up-question': followUpQuestionPrep,
  'missing-documents': missingDocumentsPrep,
  'next-interview': nextInterviewPrep,
  offer: offerPrep,
  'onsite-logistics': onsiteLogisticsPrep,
  'reference-check': referenceCheckPrep,
  rejection: rejectionPrep,
  'resume-clarification': resumeClarificationPrep,
  'status-update': statusUpdatePrep,
};

/** Every checklist item id in the catalog, for checking `done=` in links. */
export const checklistItemIds: ReadonlySet<string> = new Set(
  Object.values(preps).flatMap((prep) => prep.checklist.map((item) => item.id)),
);
