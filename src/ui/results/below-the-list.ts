/**
 * What the results page shows below its ranked list and loads only once the list is on
 * screen: every reason's prep words with the components that show them, and the "what could
 * tip the balance" insight, which runs dozens of classifications. A bookmarked results link
 * shows its list without waiting for any of it (docs/decisions/003).
 */
export { preps } from '../../domain/catalog/prep/index.ts';
export { FollowUp } from './follow-up.tsx';
export { Insight } from './insight.tsx';
export { Prep } from './prep.tsx';
