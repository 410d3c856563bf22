import type { resumeClarificationPrep as english } from '../../../../../domain/catalog/prep/resume-clarification.ts';
import type { Translated } from '../../../../translated.ts';

/** Cómo prepararse para «Una duda sobre su currículum»: the Spanish prep/resume-clarification.ts (docs/decisions/008). */
export const resumeClarificationPrep = {
  meaning: [
    'Quien lee muchos currículums suele tener pequeñas dudas después, como por qué dos fechas se solapan o qué quería decir un cargo.',
    'Una duda así no es, por sí sola, una señal de desconfianza. A menudo solo quieren tener bien los datos antes de seguir.',
    'Tampoco quiere decir que avance en el proceso. Es un paso pequeño, y basta con una respuesta breve y sincera.',
  ],
  checklist: [
    {
      id: 'resume-open-copy',
      text: 'Abra la copia exacta del currículum que les envió.',
      first: true,
    },
    {
      id: 'resume-check-dates',
      text: 'Compare el mes de inicio y de fin de cada empleo con sus propios datos.',
      first: true,
    },
    {
      id: 'resume-explain-gaps',
      text: 'Para cada hueco, escriba una frase corta y cierta sobre lo que hizo en ese tiempo.',
    },
    {
      id: 'resume-reasons-leaving',
      text: 'Anote un motivo breve y tranquilo por el que dejó cada empleo reciente.',
    },
    {
      id: 'resume-explain-titles',
      text: 'Si un cargo suena raro fuera de su antigua empresa, prepárese para decir en qué consistía de verdad.',
    },
    {
      id: 'resume-fix-errors',
      text: 'Si encuentra un error, anote el dato correcto para corregirlo en la llamada.',
    },
    {
      id: 'resume-match-profile',
      text: 'Compruebe que su perfil de LinkedIn u otro perfil en línea dice lo mismo.',
    },
    {
      id: 'resume-updated-copy',
      text: 'Tenga lista una copia al día para enviarla si se la piden.',
    },
  ],
  haveAtHand: [
    'El currículum exacto que les envió.',
    'Sus propios datos de fechas, cargos y empresas.',
    'Unas notas breves sobre los huecos y los motivos de cada cambio.',
  ],
  howToAnswer:
    'Escuche bien la pregunta y responda de forma breve y sincera. Con una o dos frases basta. Si hay un error en su currículum, dígalo con sencillez y dé el dato correcto.',
  script: [
    'Gracias por llamarme. Con gusto le aclaro lo que necesite.',
    '¿Qué parte de mi currículum quiere que repasemos?',
    'Déjeme mirar mis notas, para darle las fechas exactas.',
    'Si me equivoqué en algo, disculpe la confusión. Hoy mismo puedo enviarle una copia corregida.',
    '¿Hay algo más que quiera que le explique?',
  ],
  questions: [
    '¿Hay algo más en mi currículum que quiera que le explique?',
    '¿Le serviría que le enviara una copia al día?',
    '¿Hay algo sobre lo que la persona que decide quiera saber más?',
    '¿Cuáles son los siguientes pasos?',
    '¿Cuándo podré tener noticias suyas?',
  ],
  avoid: [
    'Contar una historia larga cuando basta con una respuesta corta.',
    'Adornar la verdad para que un hueco o un cargo queden mejor.',
    'Hablar mal de una empresa anterior al explicar por qué se fue.',
  ],
  reply: {
    subject: 'Sobre mi currículum',
    body: [
      'Hola, {theirName}:',
      'Me alegró poder aclarar ese dato de mi currículum.',
      'En resumen, mantengo los datos que le di por teléfono. Si le sirve, también puedo enviarle un currículum actualizado.',
      'Si queda algo más por aclarar, no dude en preguntarme.',
      'Un saludo,\n{myName}',
    ],
  },
} as const satisfies Translated<typeof english>;
