import type { ReasonId } from '../codes.ts';
import type { ReasonHead } from './reason-parts.ts';
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
 * Every call reason's id, names and weights, in the order of docs/contract.md §2: what the
 * ranking needs. Each reason's prep is in `prep/`; `src/domain/index.ts` joins the two into
 * whole reasons. The schema checks them in the tests rather than on every page load, so the
 * browser never pays for validating static data.
 */
export const reasons: readonly ReasonHead[] = [
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

const byId = new Map<ReasonId, ReasonHead>(reasons.map((reason) => [reason.id, reason]));

/** The reason with this id, without its prep. Example: `findReason('offer').title`. */
export function findReason(id: ReasonId): ReasonHead {
  const reason = byId.get(id);
  if (!reason) throw new Error(`No reason ${id}`);
  return reason;
}
