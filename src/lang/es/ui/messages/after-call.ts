import type { afterCallMessages as english } from '../../../../ui/messages/after-call.ts';
import type { Translated } from '../../../translated.ts';

/* The Spanish src/ui/messages/after-call.ts (docs/decisions/008). */

/** Recording what the call turned out to be, and the call's short timeline. */
export const afterCallMessages = {
  heading: 'Después de la llamada',
  hint: 'Cuando ya hayan hablado, anote qué era en realidad. Se queda con esta llamada, solo en este dispositivo.',
  whatWasIt: '¿Qué era?',
  notYet: 'Sin anotar todavía',
  other: 'Otra cosa',
  save: 'Guardar qué era',
  saved: 'Guardado: era “{title}”.',
  openPrep: 'Abrir la preparación para “{title}”',
  savedOther: 'Guardado: era otra cosa.',
  forgotten: 'Borrado: ahora no hay nada anotado para esta llamada.',
  timelineHeading: 'Qué ha pasado',
  nothingYet:
    'Todavía no hay nada anotado. Pulse un botón de abajo cuando le llamen o cuando usted les devuelva la llamada.',
  started: 'Empezó esta preparación',
  kinds: {
    called: 'Le llamaron',
    'called-back': 'Les devolvió la llamada',
    outcome: 'Anotó qué era',
  },
  outcomeNow: 'Anotó que era “{title}”',
  outcomeOtherNow: 'Anotó que era otra cosa',
  outcomeChanged: 'Anotó qué era (lo cambió después)',
  calledBack: 'Les he devuelto la llamada',
  calledAgain: 'Me han vuelto a llamar',
  remove: 'Quitar',
  removeLabel: 'Quitar “{line}, {time}”',
  added: 'Añadido: {line}.',
  removed: 'Quitado: {line}, {time}.',
} as const satisfies Translated<typeof english>;
