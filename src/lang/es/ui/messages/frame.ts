import type {
  failureMessages as englishFailure,
  frameMessages as englishFrame,
  noticeMessages as englishNotice,
  sharedMessages as englishShared,
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
    'Pensado para proteger su privacidad: sin cuenta, sin seguimiento, y nada de lo que escribe se envía a ningún sitio.',
  howLink: 'Cómo decide',
  callsLink: 'Sus llamadas guardadas',
  loading: 'Un momento…',
  /** The switch back to English, named in English so that its readers find it. */
  otherLanguage: 'English',
} as const satisfies Translated<typeof englishFrame>;

/** The browser tab's title for each page. */
export const titleMessages = {
  page: '{title} – {appName}',
  error: 'Error: {title}',
  question: '{prompt} (pregunta {position} de {total})',
  check: 'Revise sus respuestas',
  results: 'Qué significa probablemente la llamada',
  how: 'Cómo decide Callback',
  calls: 'Sus llamadas guardadas',
} as const satisfies Translated<typeof englishTitle>;

/** The notices above every page: an update, a link that was partly unreadable, saving. */
export const noticeMessages = {
  updateReady:
    'Hay una versión nueva de Callback. Vuelva a cargar la página para usarla: volverá a esta misma página, con sus respuestas y casillas marcadas, que están en el enlace, y sus notas, que están en este dispositivo.',
  updateReadyUnsaved:
    'Hay una versión nueva de Callback. Vuelva a cargar la página para usarla: sus respuestas y casillas marcadas están en el enlace, así que volverá a esta misma página. Sus notas y los datos de la llamada no están en el enlace y este navegador no los está guardando, así que antes copie lo que necesite.',
  reload: 'Volver a cargar',
  problemsTitle: 'No pudimos leer una parte de este enlace',
  problemsAfter:
    'Todo lo demás del enlace aparece abajo. Puede revisar o cambiar sus respuestas cuando quiera.',
  problemsNothingLeft:
    'No se pudo usar ninguna de las respuestas del enlace. Puede responder a las preguntas cuando quiera.',
  hide: 'Ocultar este mensaje',
} as const satisfies Translated<typeof englishNotice>;

/** What a page that failed says instead of going blank. */
export const failureMessages = {
  loadTitle: 'No se pudo cargar esta página',
  loadText:
    'No se pudo cargar una parte de Callback, quizá porque no tiene conexión. Sus respuestas están a salvo en el enlace, así que puede volver a intentarlo cuando tenga conexión de nuevo.',
  tryAgain: 'Intentarlo de nuevo',
  errorTitle: 'Algo falló al mostrar esta página',
  errorText: 'El error es nuestro, no suyo. Sus respuestas están a salvo en el enlace.',
  firstQuestion: 'Ir a la primera pregunta',
  checkAnswers: 'Revisar sus respuestas',
} as const satisfies Translated<typeof englishFailure>;

/** Links and buttons that several pages share. */
export const sharedMessages = {
  back: 'Atrás',
} as const satisfies Translated<typeof englishShared>;
