import type { storageMessages as englishStorage } from '../../../../ui/messages/storage.ts';
import type { Translated } from '../../../translated.ts';

/* The Spanish src/ui/messages/storage.ts (docs/decisions/008). */

/** What happened to saving on this device. */
export const storageMessages = {
  unavailable:
    'Este navegador no deja que Callback guarde nada en este dispositivo. Sus respuestas y casillas marcadas están en el enlace: guarde la página en sus marcadores para volver a ellas. Sus notas y los datos de la llamada (nombres, empresa, número) nunca van en el enlace, así que se perderán al cerrar o volver a cargar esta página.',
  full: 'El espacio de este dispositivo está lleno, así que Callback no puede guardar aquí sus cambios. Sus respuestas y casillas marcadas están en el enlace: guarde la página en sus marcadores para volver a ellas. Sus notas y los datos de la llamada nunca van en el enlace, así que los cambios que haga en ellos se perderán al cerrar o volver a cargar esta página.',
  'set-aside':
    'No pudimos leer algunas llamadas guardadas en este dispositivo, quizá porque las guardó una versión más reciente de Callback. Las hemos dejado tal como estaban, para que una versión más nueva pueda abrirlas. Todo lo demás funciona con normalidad.',
  'deleted-elsewhere':
    'Esta llamada se acaba de borrar en otra pestaña. Sigue en esta página: si cambia algo aquí, se vuelve a guardar; también puede empezar una llamada nueva.',
} as const satisfies Translated<typeof englishStorage>;
