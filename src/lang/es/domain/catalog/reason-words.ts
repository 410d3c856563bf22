import type { reasonWords as english } from '../../../../domain/catalog/reason-words.ts';
import type { Translated } from '../../../translated.ts';

/* The Spanish src/domain/catalog/reason-words.ts (docs/decisions/008). Every titleInSentence
   starts with a word that "a" and "de" can go before without contracting ("una", "otra",
   "la"), since explainMessages writes "apunta a {favours}". */

/** Each call reason's names, by reason id. */
export const reasonWords = {
  offer: {
    title: 'Una oferta de trabajo',
    titleInSentence: 'una oferta de trabajo',
    summary: 'Puede que quieran ofrecerle el puesto, o repasar los detalles antes de hacerlo.',
  },
  'next-interview': {
    title: 'Otra entrevista',
    titleInSentence: 'otra entrevista',
    summary: 'Puede que quieran invitarle a la siguiente fase de entrevistas.',
  },
  'reference-check': {
    title: 'Una consulta de referencias',
    titleInSentence: 'una consulta de sus referencias',
    summary: 'Puede que quieran hablar con personas que han trabajado con usted antes de decidir.',
  },
  'background-check': {
    title: 'Una verificación de antecedentes',
    titleInSentence: 'una verificación de antecedentes',
    summary:
      'Puede que necesiten su permiso para revisar su historial antes de confirmar el puesto.',
  },
  'resume-clarification': {
    title: 'Una duda sobre su currículum',
    titleInSentence: 'una duda sobre su currículum',
    summary: 'Puede que quieran aclarar una fecha, un cargo o un hueco en su currículum.',
  },
  'follow-up-question': {
    title: 'Una pregunta más',
    titleInSentence: 'una pregunta más sobre la entrevista',
    summary:
      'Puede que alguien de la entrevista haya pensado en otra pregunta, o que quiera saber más.',
  },
  'missing-documents': {
    title: 'Un documento que falta',
    titleInSentence: 'un documento que falta',
    summary:
      'Puede que necesiten un formulario, un documento de identidad, un título o una muestra de su trabajo.',
  },
  assessment: {
    title: 'Una prueba o una tarea',
    titleInSentence: 'una prueba o una tarea',
    summary:
      'Puede que quieran pedirle una prueba de habilidades, una tarea para hacer en casa o un caso práctico.',
  },
  'onsite-logistics': {
    title: 'Una visita en persona',
    titleInSentence: 'la preparación de una visita en persona',
    summary: 'Puede que quieran fijar una entrevista en su oficina y repasar los detalles.',
  },
  'status-update': {
    title: 'Novedades sobre los plazos',
    titleInSentence: 'una novedad sobre los plazos',
    summary: 'Puede que llamen para decir que el proceso va más lento, o que aún no han decidido.',
  },
  rejection: {
    title: 'No le han elegido esta vez',
    titleInSentence: 'la noticia de que no le han elegido esta vez',
    summary: 'Puede que llamen para decirle que han elegido a otra persona para este puesto.',
  },
} as const satisfies Translated<typeof english>;
