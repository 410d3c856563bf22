import type {
  pasteMessages as englishPaste,
  questionMessages as englishQuestion,
  resumeMessages as englishResume,
} from '../../../../ui/messages/wizard.ts';
import type { Translated } from '../../../translated.ts';

/* The Spanish src/ui/messages/wizard.ts (docs/decisions/008). */

/** The page of one question. */
export const questionMessages = {
  position: 'Pregunta {position} de {total}',
  intro:
    'Seis preguntas rápidas sobre la llamada y, después, lo que probablemente significa y cómo prepararse. Puede saltarse cualquier pregunta. Sus respuestas se quedan en este navegador.',
  or: 'o',
  continue: 'Continuar',
  problem: 'Hay un problema',
  fieldError: '{label} {error}',
  errorLabel: 'Error:',
  daysLabel: 'Días desde la entrevista',
  dateLabel: 'Elija la fecha de la entrevista',
  dateProblems: {
    empty: 'Escriba la fecha de la entrevista o el número de días',
    'short-year': 'Escriba el año completo, con sus cuatro cifras, por ejemplo {year}',
    'not-a-date': 'Esa fecha no existe. Revise el día y el mes',
    future: 'La fecha de la entrevista tiene que ser hoy o un día anterior',
    'too-long-ago':
      'La fecha tiene que estar dentro de los últimos {max} días. Si la entrevista fue antes, marque “No lo sé”',
  },
  daysNotSure: 'No lo sé',
  daysReadAs: {
    today: 'Lo entendemos como hoy, {date}.',
    one: 'Lo entendemos como hace {days} día, {date}.',
    other: 'Lo entendemos como hace {days} días, {date}.',
  },
  daysGuessedAs:
    'Lo tomamos como hace unos {days} días, {date}, de forma aproximada. Si sabe el día exacto, escriba el número de días o elija la fecha.',
  daysReadAsNotSure: 'Lo entendemos como “No lo sé”.',
  daysProblems: {
    unreadable: 'Escriba el número de días, como 2 o “hace una semana”, o marque “No lo sé”',
    'not-whole': 'Escriba un número entero de días, como 2',
    'too-long-ago':
      'La entrevista tiene que ser de los últimos {max} días. Si fue antes, marque “No lo sé”',
  },
} as const satisfies Translated<typeof englishQuestion>;

/** The offer to go on with a session saved on this device, on the first question. */
export const resumeMessages = {
  heading: '¿Quiere seguir donde lo dejó?',
  startedOn:
    'Lo último que hizo fue prepararse para una llamada {when}. Sus respuestas, casillas marcadas y notas están guardadas en este dispositivo.',
  startedWith:
    'Lo último que hizo fue prepararse para su llamada con {company} {when}. Sus respuestas, casillas marcadas y notas están guardadas en este dispositivo.',
  resume: 'Seguir donde lo dejé',
  startFresh: 'Empezar una llamada nueva',
  allCalls: {
    one: 'Ver su llamada guardada',
    other: 'Ver las {count} llamadas guardadas',
  },
  kept: 'Su llamada con {company} está guardada. La encontrará en {calls}.',
  keptUnnamed: 'Su llamada anterior está guardada. La encontrará en {calls}.',
  calls: 'Sus llamadas guardadas',
} as const satisfies Translated<typeof englishResume>;

/** The box that reads a pasted voicemail, email or notes and suggests answers. */
export const pasteMessages = {
  open: '¿Tiene un mensaje de voz, un correo o notas? Péguelos y le ayudamos a responder',
  label: 'Pegue el mensaje de voz, el correo o sus notas de la llamada',
  hint: 'Lo leemos aquí, en su navegador, para sugerirle respuestas. No se guarda ni se envía a ningún sitio.',
  suggest: 'Sugerir respuestas',
  unavailable:
    'No pudimos cargar la parte de Callback que lee el texto pegado, quizá porque se cortó la conexión. Su texto sigue aquí, así que puede volver a intentarlo cuando tenga conexión. También puede responder a las preguntas por su cuenta.',
  nothingFound:
    'No encontramos nada que nos sirva en ese texto. Puede responder a las preguntas por su cuenta.',
  cut: 'Es mucho texto, así que solo nos quedamos con los primeros {count} caracteres. Es mucho más de lo que necesita cualquier mensaje. Lo que venía después se ha dejado fuera.',
} as const satisfies Translated<typeof englishPaste>;
