import type { statusUpdatePrep as english } from '../../../../../domain/catalog/prep/status-update.ts';
import type { Translated } from '../../../../translated.ts';

/** Cómo prepararse para «Novedades sobre los plazos»: the Spanish prep/status-update.ts (docs/decisions/008). */
export const statusUpdatePrep = {
  meaning: [
    'Contratar suele llevar más tiempo del previsto: puede que aún estén viendo a otras personas, que esperen el visto bueno de un jefe o que el puesto esté en pausa.',
    'Un retraso a menudo no tiene nada que ver con usted: las vacaciones, los presupuestos y las agendas llenas frenan las cosas todo el tiempo.',
    'Una novedad sobre los plazos no es un no. Tampoco es un sí, así que mantenga abiertas sus otras opciones mientras espera.',
  ],
  checklist: [
    {
      id: 'status-note-dates',
      text: 'Anote cuándo fue su entrevista y las fechas que le dieron entonces.',
    },
    {
      id: 'status-decide-interest',
      text: 'Decida si aún quiere este puesto, para poder decirlo con claridad.',
      first: true,
    },
    {
      id: 'status-why-line',
      text: 'Prepare una frase corta sobre por qué aún quiere este puesto.',
    },
    {
      id: 'status-other-processes',
      text: 'Tenga claro cómo van sus otros procesos, por si sus propios plazos importan.',
    },
    {
      id: 'status-own-deadlines',
      text: 'Anote las fechas que le importan, como el plazo para responder a otra oferta.',
    },
    {
      id: 'status-news-to-share',
      text: 'Anote algo nuevo que pueda contar, como un curso o un proyecto que haya terminado.',
    },
    {
      id: 'status-two-questions',
      text: 'Escriba dos preguntas: cuándo esperan decidir y cuál es el siguiente paso.',
      first: true,
    },
    {
      id: 'status-keep-applying',
      text: 'Siga buscando en otros sitios mientras espera, para no depender de una sola respuesta.',
    },
  ],
  haveAtHand: [
    'La fecha de su entrevista y los plazos que le dieron.',
    'Sus notas sobre otras candidaturas u ofertas.',
    'Una frase corta sobre por qué aún quiere el puesto.',
    'Papel y bolígrafo.',
  ],
  howToAnswer:
    'Agradezca la novedad y diga que el puesto le sigue interesando, si es así. Después pregunte con calma por una fecha realista y por el siguiente paso. Si tiene otra oferta con plazo, dígaselo con educación.',
  script: [
    'Gracias por tenerme al tanto. Se lo agradezco de verdad.',
    'El puesto me sigue interesando mucho.',
    '¿Tiene una idea de cuándo esperan decidir?',
    '¿Cuál es el siguiente paso?',
    'Gracias de nuevo. Si necesita algo más de mí, dígamelo, por favor.',
  ],
  questions: [
    '¿En qué punto del proceso están ahora?',
    'Siendo realistas, ¿cuándo esperan tomar una decisión?',
    '¿Cuál es el siguiente paso? ¿Habrá otra entrevista?',
    '¿El puesto sigue adelante como estaba previsto, o está en pausa?',
    '¿Hay algo más que pueda enviarle y que les sirva?',
    'Si para entonces no sé nada, ¿le parece bien que le escriba?',
  ],
  avoid: [
    'Pensar lo peor. Un retraso no es un no.',
    'Presionar para tener una respuesta o mostrar enfado. Pida una fecha una sola vez, con calma.',
    'Parar su búsqueda de empleo mientras espera.',
    'Inventar otras ofertas para que se den prisa.',
  ],
  reply: {
    subject: 'Gracias por la novedad sobre {role}',
    body: [
      'Hola, {theirName}:',
      'Le agradezco la novedad, y entiendo que estas cosas llevan su tiempo.',
      'Quería decirle que el puesto me sigue interesando mucho, y también formar parte de {company}.',
      'Si necesita algo más de mí, dígamelo, por favor. Quedo a la espera del siguiente paso.',
      'Un saludo,\n{myName}',
    ],
  },
} as const satisfies Translated<typeof english>;
