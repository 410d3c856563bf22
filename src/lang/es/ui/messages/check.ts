import type { checkMessages as englishCheck } from '../../../../ui/messages/check.ts';
import type { Translated } from '../../../translated.ts';

/* The Spanish src/ui/messages/check.ts (docs/decisions/008). */

/** "Check your answers": every answer, each with a Change link. */
export const checkMessages = {
  heading: 'Revise sus respuestas',
  change: 'Cambiar{which}',
  changeWhich: ' {question}',
  seeResults: 'Ver qué significa probablemente la llamada',
  startAgain: 'Empezar de nuevo',
} as const satisfies Translated<typeof englishCheck>;
