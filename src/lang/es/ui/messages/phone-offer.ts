import type { phoneOfferMessages as english } from '../../../../ui/messages/phone-offer.ts';
import type { Translated } from '../../../translated.ts';

/* The Spanish src/ui/messages/phone-offer.ts (docs/decisions/008). */

/** A number found in pasted text, offered as the call-back number. */
export const phoneOfferMessages = {
  heading: 'Un número para devolverles la llamada',
  foundOne: 'Encontramos un número: {number}. ¿Quiere usarlo como número para devolver la llamada?',
  foundMany: 'Encontramos {count} números. ¿Cuál guardamos como número para devolver la llamada?',
  use: 'Usar el {number}',
  replace: 'Usar el {number} en lugar del {old}',
  already: 'El {number} ya está guardado como número para devolver la llamada.',
  saved:
    'Guardado. El {number} es ahora el número para devolver la llamada. Se queda en este dispositivo y nunca va en el enlace.',
  savedForNow:
    'El {number} es ahora el número para devolver la llamada mientras esta página siga abierta: este navegador no deja que Callback lo guarde. Nunca va en el enlace.',
} as const satisfies Translated<typeof english>;
