import type { asks as english } from '../../../../domain/catalog/asks.ts';
import type { Translated } from '../../../translated.ts';

/* The Spanish src/domain/catalog/asks.ts (docs/decisions/008). */

export type { AskTopic } from '../../../../domain/catalog/asks.ts';

/**
 * One question per topic that a candidate can ask early in the call, open and polite, never
 * assuming good or bad news.
 */
export const asks = {
  salary: '¿Es el sueldo uno de los temas que quiere tratar hoy?',
  benefits: '¿Vamos a hablar hoy de los beneficios, como las vacaciones o el seguro médico?',
  'start-date': '¿Le ayudaría saber cuándo podría empezar?',
  'competing-offers': '¿Le ayudaría saber cómo van mis otros procesos de selección?',
  references: '¿Quiere los datos de personas que puedan dar referencias sobre mí?',
  'background-check': '¿Hay alguna verificación de antecedentes que deba preparar?',
  resume: '¿Hay algo en mi currículum que quiera que le aclare?',
  'follow-up-question': '¿Le ha quedado alguna pregunta más sobre la entrevista?',
  documents: '¿Necesita que le envíe algo, como un formulario o una muestra de mi trabajo?',
  assessment: '¿Hay alguna prueba o tarea que quiera que haga ahora?',
  'next-interview': '¿El siguiente paso es otra entrevista?',
  onsite: '¿Me llama para organizar una visita a su oficina?',
  timeline: '¿Han cambiado sus plazos para tomar una decisión?',
  feedback: '¿Tiene algún comentario para mí sobre la entrevista?',
} as const satisfies Translated<typeof english>;
