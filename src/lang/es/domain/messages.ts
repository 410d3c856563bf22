import type {
  answerMessages as english,
  linkMessages as englishLink,
} from '../../../domain/messages.ts';
import type { Translated } from '../../translated.ts';

/*
 * The Spanish src/domain/messages.ts (docs/decisions/008): the same templates in Spanish, and
 * the same `fill`, re-exported so that the Spanish build, which swaps this module in, keeps it.
 */

export { fill, type Slots } from '../../../domain/messages-fill.ts';

/** An answer shown back on the check page, the printed sheet and the reasons why. */
export const answerMessages = {
  notSure: 'No lo sé',
  notAnswered: 'Sin responder',
  today: 'Hoy',
  oneDayAgo: 'Hace 1 día',
  daysAgo: 'Hace {days} días',
  onDate: '{date} ({ago})',
  evidence: '{question}: {answer}',
  listSeparator: '; ',
} as const satisfies Translated<typeof english>;

/** What the app says about a part of a link it could not use. */
export const linkMessages = {
  damaged: 'Una parte del enlace, la de {part}, estaba dañada, así que la dejamos fuera.',
  repeated: 'El enlace traía {part} más de una vez. Usamos la primera.',
  tooMany: 'Tampoco pudimos leer otras partes del enlace, así que las dejamos fuera.',
  unreadableAnswer: 'No pudimos leer la respuesta a {part}, así que la dejamos fuera.',
  badDays:
    'Los días desde la entrevista deben ser un número entero entre 0 y {max}, así que dejamos ese dato fuera.',
  unknownTopics: 'No reconocimos {words} entre lo que le mencionaron, así que lo dejamos fuera.',
  nothingAlone: '“{label}” no puede ir junto a otros temas, así que lo dejamos fuera.',
  unknownStep: 'El enlace pedía una pregunta que no tenemos, así que no la tuvimos en cuenta.',
  unknownFrom:
    'El enlace pedía volver a una página que no tenemos, así que no la tuvimos en cuenta.',
  unknownView: 'El enlace pedía una página que no tenemos, así que no la tuvimos en cuenta.',
  unknownReason:
    'El enlace nombraba un significado que no tenemos, así que no lo tuvimos en cuenta.',
  unknownLanguage:
    'El enlace pedía un idioma que todavía no tenemos, así que no lo tuvimos en cuenta.',
  unknownItems:
    'Algunas tareas marcadas en el enlace no están en ninguna lista, así que las dejamos fuera.',
  partQuestion: '“{short}”',
  partDone: 'las tareas marcadas de la lista',
  partReason: 'el significado elegido',
  partPage: 'la página que mostrar',
  partLanguage: 'el idioma',
  quoted: '“{value}”',
  listSeparator: ', ',
  andOthers: '{list} y otros',
} as const satisfies Translated<typeof englishLink>;
