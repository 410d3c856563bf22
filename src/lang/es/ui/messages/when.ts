import type { whenMessages as englishWhen } from '../../../../ui/messages/when.ts';
import type { Translated } from '../../../translated.ts';

/* The Spanish src/ui/messages/when.ts (docs/decisions/008). */

/** When a call last changed, by the person's own day. Each fills `{when}` in a sentence. */
export const whenMessages = {
  today: 'hoy a las {time}',
  yesterday: 'ayer',
  on: 'el {date}',
} as const satisfies Translated<typeof englishWhen>;
