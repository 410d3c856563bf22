import type { nextInterviewPrep as english } from '../../../../../domain/catalog/prep/next-interview.ts';
import type { Translated } from '../../../../translated.ts';

/** Cómo prepararse para «Otra entrevista»: the Spanish prep/next-interview.ts (docs/decisions/008). */
export const nextInterviewPrep = {
  meaning: [
    'Casi todos los procesos tienen más de una entrevista, así que una llamada para fijar la siguiente es algo normal.',
    'Quiere decir que lo hizo bien y que quieren conocerle mejor.',
    'No quiere decir que el puesto sea suyo. Puede que sigan otras personas en el proceso, y la siguiente fase es una nueva ocasión de mostrar lo que sabe hacer.',
  ],
  checklist: [
    {
      id: 'next-check-calendar',
      text: 'Mire su agenda y elija varios huecos libres en las dos próximas semanas.',
      first: true,
    },
    {
      id: 'next-review-notes',
      text: 'Lea sus notas de la última entrevista y lo que quedó en enviar o aclarar.',
      first: true,
    },
    {
      id: 'next-reread-job-ad',
      text: 'Vuelva a leer la oferta y marque lo que más parece importarles.',
    },
    {
      id: 'next-prepare-stories',
      text: 'Prepare tres ejemplos breves de veces en que resolvió un problema en el trabajo.',
    },
    {
      id: 'next-research-people',
      text: 'Si sabe con quién hablará, mire qué cargo tiene cada uno para saber qué le importa.',
    },
    {
      id: 'next-salary-range',
      text: 'Tenga pensado su rango de sueldo, por si le preguntan antes de la siguiente fase.',
    },
    {
      id: 'next-test-tech',
      text: 'Si puede ser por video, pruebe antes la cámara, el micrófono y la conexión.',
    },
    {
      id: 'next-own-questions',
      text: 'Anote dos o tres cosas que aún quiera saber del puesto o del equipo.',
    },
  ],
  haveAtHand: [
    'Su agenda, para acordar el día y la hora.',
    'Sus notas de la última entrevista.',
    'La oferta del puesto y su currículum.',
    'Papel y bolígrafo.',
  ],
  howToAnswer:
    'Dé las gracias y diga que le alegra seguir adelante. Acuerde una hora que le venga bien y pregunte cómo será la siguiente fase. Anótelo todo antes de colgar.',
  script: [
    'Gracias por llamarme. Me alegra mucho tener noticias suyas.',
    'Con mucho gusto paso a la siguiente fase.',
    'Tengo libres estos días y horas. ¿Cuál le viene mejor?',
    '¿Me puede contar un poco cómo será la siguiente fase?',
    '¿Hay algo que quiera que prepare?',
  ],
  questions: [
    '¿Con quién hablaré, y qué cargo tiene cada persona?',
    '¿Será por video, por teléfono o en persona? Si es en persona, ¿adónde debo ir?',
    '¿Cuánto tiempo debo reservar?',
    '¿Hay algo que quiera que prepare o que lleve?',
    '¿Cuántas fases quedan después de esta?',
    '¿Cuándo esperan tomar una decisión?',
  ],
  avoid: [
    'Aceptar una hora que no le va bien solo para mostrar interés. Puede pedir otra.',
    'Dar el puesto por hecho y prepararse menos.',
    'Colgar sin saber el día, la hora, el formato y con quién hablará.',
  ],
  reply: {
    subject: 'Siguiente entrevista para {role}',
    body: [
      'Hola, {theirName}:',
      'Me alegra mucho pasar a la siguiente fase en {company}.',
      'Le escribo para confirmar la entrevista en el día, la hora y el formato que acordamos.',
      '¿Hay algo que deba preparar o llevar? También me ayudaría saber con quién hablaré.',
      'Un saludo,\n{myName}',
    ],
  },
} as const satisfies Translated<typeof english>;
