import type { Reason, ReasonId } from '../schema.ts';
import { assessment } from './assessment.ts';
import { backgroundCheck } from './background-check.ts';
import { followUpQuestion } from './follow-up-question.ts';
import { missingDocuments } from './missing-documents.ts';
import { nextInterview } from './next-interview.ts';
import { offer } from './offer.ts';
import { onsiteLogistics } from './onsite-logistics.ts';
import { referenceCheck } from './reference-check.ts';
import { rejection } from './rejection.ts';
import { resumeClarification } from './resume-clarification.ts';
import { statusUpdate } from './status-update.ts';

/**
 * Every call reason, in the order of docs/contract.md §2. The schema checks these in the tests rather
 * than on every page load, so the browser never pays for validating static data.
 */
export const reasons: readonly Reason[] = [
  offer,
  nextInterview,
  referenceCheck,
  backgroundCheck,
  resumeClarification,
  followUpQuestion,
  missingDocuments,
  assessment,
  onsiteLogistics,
  statusUpdate,
  rejection,
];

const byId = new Map<ReasonId, Reason>(reasons.map((reason) => [reason.id, reason]));

/** The reason with this id. Example: `findReason('offer').title`. */
export function findReason(id: ReasonId): Reason {
  const reason = byId.get(id);
  if (!reason) throw new Error(`No reason ${id}`);
  return reason;
}

/** Every checklist item id in the catalog, for checking `done=` in links. */
export const checklistItemIds: ReadonlySet<string> = new Set(
  reasons.flatMap((reason) => reason.checklist.map((item) => item.id)),
);
