import type {
  failureMessages as englishFailure,
  frameMessages as englishFrame,
  noticeMessages as englishNotice,
  sharedMessages as englishShared,
  storageMessages as englishStorage,
  titleMessages as englishTitle,
} from '../../../../ui/messages/frame.ts';
import type { Translated } from '../../../translated.ts';

/* The Spanish src/ui/messages/frame.ts (docs/decisions/008). */

/** The header and footer around every page. */
export const frameMessages = {
  appName: 'Callback',
  skipLink: 'Saltar al contenido principal',
  tagline: '¿Qué quería decir esa llamada?',
  privacy:
    'Privado desde el principio: sin cuenta, sin seguimiento, y nada de lo que escribe se envía a ningún sitio.',
  howLink: 'Cómo decide',
  callsLink: 'Sus llamadas guardadas',
  loading: 'Un momento…',
  otherLanguage: 'English',
} as const satisfies Translated<typeof englishFrame>;

/** The browser tab's title for each page. */
export const titleMessages = {
  page: '{title} – {appName}',
  error: 'Error: {title}',
  question: '{prompt} (pregunta {position} de {total})',
  check: 'Revise sus respuestas',
  results: 'Lo que probablemente significa la llamada',
  how: 'Cómo decide Callback',
  calls: 'Sus llamadas guardadas',
} as const satisfies Translated<typeof englishTitle>;

/** The notices above every page: an update, a link that was partly unreadable, saving. */
export const noticeMessages = {
  updateReady:
    'Hay una versión nueva de Callback. Vuelva a cargar la página para usarla: volverá a esta misma página, con sus respuestas y marcas del enlace y sus notas de este dispositivo.',
  updateReadyUnsaved:
    'Hay una versión nueva de Callback. Vuelva a cargar la página para usarla: sus respuestas y marcas están en el enlace, así que volverá a esta misma página. Sus notas y los datos de la llamada no están en el enlace y este navegador no los guarda, así que copie antes lo que necesite.',
  reload: 'Volver a cargar',
  problemsTitle: 'No pudimos leer parte de este enlace',
  problemsAfter:
    'Todo lo demás del enlace se muestra abajo. Puede revisar o cambiar las respuestas cuando quiera.',
  hide: 'Ocultar este mensaje',
} as const satisfies Translated<typeof englishNotice>;

/** What happened to saving on this device. */
export const storageMessages = {
  unavailable:
    'Este navegador no deja que Callback guarde nada en este dispositivo. Sus respuestas y marcas están en el enlace: guárdelo en marcadores para volver a ellas. Sus notas y los datos de la llamada nunca van en el enlace, así que se perderán al cerrar o volver a cargar la página.',
  full: 'El almacenamiento de este dispositivo está lleno, así que Callback no puede guardar aquí sus cambios. Sus respuestas y marcas están en el enlace: guárdelo en marcadores para volver a ellas. Sus notas y los datos de la llamada nunca van en el enlace, así que sus cambios se perderán al cerrar o volver a cargar la página.',
  'set-aside':
    'No pudimos leer algunas llamadas guardadas en este dispositivo, quizá porque las guardó una versión más nueva de Callback. Las hemos dejado tal como están, para que una versión más nueva pueda abrirlas. Todo lo demás funciona como siempre.',
  'deleted-elsewhere':
    'Esta llamada se acaba de borrar en otra pestaña. Sigue en esta página: si cambia algo aquí, se vuelve a guardar; también puede empezar una llamada nueva.',
} as const satisfies Translated<typeof englishStorage>;

/** What a page that failed says instead of going blank. */
export const failureMessages = {
  loadTitle: 'No se pudo cargar esta página',
  loadText:
    'No se pudo cargar una parte de Callback, quizá porque no tiene conexión. Sus respuestas están a salvo en el enlace, así que puede volver a intentarlo cuando vuelva a tener conexión.',
  tryAgain: 'Volver a intentarlo',
  errorTitle: 'Algo salió mal al mostrar esta página',
  errorText: 'El error es nuestro, no suyo. Sus respuestas están a salvo en el enlace.',
  firstQuestion: 'Ir a la primera pregunta',
  checkAnswers: 'Revisar sus respuestas',
} as const satisfies Translated<typeof englishFailure>;

/** Links and buttons that several pages share. */
export const sharedMessages = {
  back: 'Atrás',
} as const satisfies Translated<typeof englishShared>;
