import type { followUpQuestionPrep as english } from '../../../../../domain/catalog/prep/follow-up-question.ts';
import type { Translated } from '../../../../translated.ts';

/** Cómo prepararse para «Una pregunta más»: the Spanish prep/follow-up-question.ts (docs/decisions/008). */
export const followUpQuestionPrep = {
  meaning: [
    'Es normal que a quien le entrevistó se le ocurra una pregunta después, o que necesite más detalle sobre algo que usted dijo.',
    'Muestra que siguen pensando en usted. También es una ocasión para añadir algo que se le olvidó decir.',
    'No quiere decir que algo saliera mal, ni que el puesto sea suyo. Solo quieren tener toda la información.',
  ],
  checklist: [
    {
      id: 'followup-recall-interview',
      text: 'Anote lo que recuerde de sus preguntas y de sus respuestas.',
      first: true,
    },
    {
      id: 'followup-list-missed',
      text: 'Apunte lo que le habría gustado decir, o decir mejor.',
    },
    {
      id: 'followup-weak-answer',
      text: 'Elija la respuesta que le dejó menos seguridad y prepare una más clara.',
      first: true,
    },
    {
      id: 'followup-examples',
      text: 'Tenga listos dos ejemplos cortos, cada uno con lo que hizo y cómo salió.',
    },
    {
      id: 'followup-reread-job-ad',
      text: 'Vuelva a leer la oferta para recordar lo que más les importa.',
    },
    {
      id: 'followup-facts',
      text: 'Reúna datos o cifras que quiera compartir, como resultados de trabajos anteriores.',
    },
    {
      id: 'followup-quiet-spot',
      text: 'Busque un sitio tranquilo desde el que llamar, donde pueda pensar y tomar notas.',
    },
    {
      id: 'followup-pause-ok',
      text: 'Recuerde que puede decir sin problema: “Déjeme pensarlo un momento”.',
    },
  ],
  haveAtHand: [
    'Sus notas de la entrevista.',
    'Su currículum y la oferta del puesto.',
    'Una lista corta de lo que se le olvidó mencionar.',
    'Papel y bolígrafo.',
  ],
  howToAnswer:
    'Agradezca la ocasión de añadir algo y escuche la pregunta entera. Tómese un momento para pensar si lo necesita. Responda con claridad y, si encaja, añada lo que no dijo antes.',
  script: [
    'Gracias por llamarme. Con gusto respondo a lo que necesite.',
    '¿Me puede contar un poco más sobre lo que quiere saber?',
    'Buena pregunta. Déjeme pensarlo un momento.',
    'Hay algo que no mencioné en la entrevista y que creo que le puede ser útil.',
    '¿Responde eso a su pregunta, o le ayudaría más detalle?',
  ],
  questions: [
    '¿Cubre eso lo que buscaba?',
    '¿Hay algo más que pueda añadir o explicar?',
    '¿Le ayudaría que le enviara por correo un ejemplo de mi trabajo?',
    '¿Cuáles son los siguientes pasos?',
    '¿Cuándo esperan tomar una decisión?',
  ],
  avoid: [
    'Responder deprisa antes de entender la pregunta.',
    'Sacar demasiadas conclusiones de la llamada, ya sean buenas o malas.',
    'Repasar toda la entrevista otra vez. Cíñase a lo que le preguntan, más algo que no dijo.',
  ],
  reply: {
    subject: 'Gracias por su pregunta',
    body: [
      'Hola, {theirName}:',
      'Me alegró responder a su pregunta, y disfruté de la ocasión de volver a hablar.',
      'Desde entonces he pensado más en ello, y tengo aún más claro que disfrutaría con este trabajo y lo haría bien.',
      'Si tiene más preguntas, con gusto se las respondo.',
      'Un saludo,\n{myName}',
    ],
  },
} as const satisfies Translated<typeof english>;
