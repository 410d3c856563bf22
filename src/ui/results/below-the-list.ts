/**
 * What the results page shows below its ranked list and loads only once the list is on
 * screen: every reason's prep words with the components that show them, the "what could
 * tip the balance" insight, which runs dozens of classifications, each meaning's "Why" in
 * words, and the call's own fields, notes, calendar files and what it turned out to be. A
 * bookmarked results link shows its list without waiting for any of it (docs/decisions/003).
 */
export { preps } from '../../domain/catalog/prep/index.ts';
export { AfterCall } from './after-call.tsx';
export { Calendar } from './calendar.tsx';
export { CallFields } from './call-fields.tsx';
export { Notes } from './notes.tsx';
export { PrintAnswers, PrintHeader, PrintLink } from './print-header.tsx';
export { loadQrCode, PrintQr } from './print-qr.tsx';
export { FollowUp } from './follow-up.tsx';
export { Insight } from './insight.tsx';
export { Prep } from './prep.tsx';
export { ReadyForAny } from './ready-for-any.tsx';
export { WhyList } from './why-list.tsx';
