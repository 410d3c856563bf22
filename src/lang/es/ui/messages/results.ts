import type {
  actionMessages as englishAction,
  confidenceMessages as englishConfidence,
  rankedMessages as englishRanked,
  resultsMessages as englishResults,
} from '../../../../ui/messages/results.ts';
import type { Translated } from '../../../translated.ts';

/* The Spanish src/ui/messages/results.ts (docs/decisions/008). */

/** How sure the ranking is, in words, by confidence. */
export const confidenceMessages = {
  high: {
    heading: 'Lo más probable: {title}',
    headingFor: '{company}: lo más probable es {title}',
    level: 'alta',
    text: 'Sus respuestas apuntan claramente a esto. Aun así, es una suposición: prepárese también para otras noticias.',
  },
  medium: {
    heading: 'Lo más probable: {title}',
    headingFor: '{company}: lo más probable es {title}',
    level: 'media',
    text: 'Es lo que mejor encaja con sus respuestas, pero hay otros significados posibles. Eche también un vistazo a los siguientes.',
  },
  low: {
    heading: 'Nuestra mejor suposición: {title}',
    headingFor: '{company}: nuestra mejor suposición es {title}',
    level: 'baja',
    text: 'Sabemos muy poco de esta llamada para decir qué es, así que la preparación de abajo le sirve para los pocos significados más probables a la vez.',
  },
} as const satisfies Translated<typeof englishConfidence>;

/** The results page around its parts. */
export const resultsMessages = {
  howSure: 'Certeza: {level}.',
  labelled: '{label} {text}',
  openRules:
    'Los porcentajes salen de unas reglas sencillas y públicas que escribimos nosotros, no de datos reales de contratación. {link}.',
  seeHow: 'Vea cómo decide',
  skipToPrep: 'Ir directamente a cómo prepararse',
  skipToNotes: 'Ir a los datos de esta llamada y a sus notas',
  meaningsHeading: 'Qué podría significar la llamada',
  noted: 'Resultó ser: {title}',
  notedFor: '{company}: resultó ser {title}',
  notedOther: 'Resultó ser otra cosa',
  notedOtherFor: '{company}: resultó ser otra cosa',
  notedText:
    'Usted lo anotó después de la llamada. La lista de abajo muestra a qué apuntaban sus respuestas antes de saberlo.',
  notedPrep: 'Ver cómo prepararse para esto',
  suggestedHeading: 'A qué apuntaban sus respuestas',
  prepHeading: 'Cómo prepararse: {title}',
  prepAnyHeading: 'Cómo prepararse para cualquiera de los pocos significados más probables',
  shownOther:
    'La preparación de abajo es para “{title}” ({percent}), que no es el significado más probable.',
  shownOutcome:
    'La preparación de abajo es para “{title}”, lo que usted anotó que resultó ser la llamada.',
  shownGuess: 'La preparación de abajo es solo para “{title}”, nuestra mejor suposición.',
  backToTop: 'Volver a lo más probable: {title}',
  backToAny: 'Volver a prepararse para cualquiera de los más probables',
  backToSuggested: 'Ver la preparación para lo que sugerían sus respuestas: {title}',
  lowMixed:
    'Sus respuestas apuntan en más de una dirección, así que la preparación de abajo le sirve para los pocos significados más probables a la vez.',
  answerMore: {
    one: 'Responda 1 pregunta más para afinar el resultado',
    other: 'Responda {count} preguntas más para afinar el resultado',
  },
  prepFailed:
    'No se pudo cargar esta preparación, quizá porque no tiene conexión. Sus respuestas y casillas marcadas están a salvo en el enlace. Cuando vuelva a tener conexión, cargue de nuevo la página para intentarlo otra vez.',
  // A space that never breaks, as Spanish writes a percentage (and as Intl's 'es' does).
  percent: '{percent}\u00A0%',
} as const satisfies Translated<typeof englishResults>;

/** The buttons under the ranked list. */
export const actionMessages = {
  changeAnswers: 'Cambiar respuestas',
  copyLink: 'Copiar enlace',
  share: 'Compartir',
  shareTitle: 'Mi preparación para la llamada: {title}',
  print: 'Imprimir hoja de preparación',
  newCall: 'Empezar una llamada nueva',
  linkCopied:
    'Enlace copiado. Guárdelo, o guarde esta página en sus marcadores, para volver a su preparación.',
  linkNotCopied:
    'No pudimos copiar el enlace aquí. Copie la dirección desde la barra de direcciones.',
  notCopied: 'No pudimos copiarlo aquí. Seleccione el texto y cópielo a mano.',
} as const satisfies Translated<typeof englishAction>;

/** The ranked meanings; the words inside each "Why" are `whyMessages` (messages/why.ts). */
export const rankedMessages = {
  figure: '{percent} {likelihood}',
  why: 'Por qué',
  bestGuess: 'nuestra mejor suposición, nada segura',
  alsoPossible: 'también posible',
  showAll: 'Mostrar los {count} significados',
  showFew: 'Mostrar solo los más probables',
  whyFailed:
    'No se pudieron cargar los motivos, quizá porque no tiene conexión. Cargue de nuevo la página para intentarlo otra vez.',
  chosen: 'Su preparación aparece abajo.',
  showPrep: 'Mostrar cómo prepararse para esto{which}',
  showPrepWhich: ': {title}',
} as const satisfies Translated<typeof englishRanked>;
