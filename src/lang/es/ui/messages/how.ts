import type { howMessages as english } from '../../../../ui/messages/how.ts';
import type { Translated } from '../../../translated.ts';

/* The Spanish src/ui/messages/how.ts (docs/decisions/008). */

/** "How Callback decides": a short plain summary first, then the details in words, then the weights. */
export const howMessages = {
  back: 'Volver a los resultados',
  backToQuestions: 'Volver a las preguntas',
  heading: 'Cómo decide Callback',
  lead: 'Callback compara sus respuestas con un pequeño conjunto de reglas que escribimos a mano sobre lo que suelen significar llamadas como la suya. Es una forma de prepararse, no una predicción.',
  labelled: '{label} {text}',
  inShort: [
    {
      label: 'Lo que más cuenta:',
      text: 'lo que le mencionaron o le preguntaron, como su fecha de incorporación o sus referencias.',
    },
    {
      label: 'Lo que cuenta después:',
      text: 'cuál fue su última entrevista y qué tono tenían. Una entrevista de la fase final, por ejemplo, apunta a una oferta.',
    },
    {
      label: 'Lo que cuenta un poco:',
      text: 'quién llamó, cómo se pusieron en contacto y cuánto hace de su entrevista.',
    },
    {
      label: 'Lo que no puede saber:',
      text: 'los planes de la empresa, qué les pareció a ellos su entrevista o con quién más están hablando.',
    },
  ],
  notStatistics: 'Esto no son estadísticas de contratación.',
  notStatisticsMore:
    'En los porcentajes no hay ningún dato real de contratación. Salen de nuestras reglas, que están todas escritas más abajo.',
  detailsHeading: 'Los detalles',
  howHeading: 'Cómo se calculan los porcentajes',
  how: [
    'Cada significado parte de su propio punto de salida. Luego, cada respuesta que usted da cuenta a favor de unos significados y en contra de otros, de unos mucho y de otros solo un poco. Las listas de abajo dicen cuáles.',
    'Lo que en el fondo es un mismo tema cuenta una sola vez. El sueldo, los beneficios y la fecha de incorporación hablan todos de las condiciones del puesto: después del primero, el segundo cuenta la mitad y el tercero una cuarta parte. Con las referencias y la verificación de antecedentes pasa lo mismo.',
    'Los resultados se convierten en porcentajes que suman 100. Siempre reservamos un {humility} del total repartido por igual entre todos los significados, por si nuestras reglas no aciertan con su llamada, así que ninguno baja nunca a cero.',
    'Las respuestas que se salta o marca como “No lo sé” no cambian nada.',
  ],
  percent: '{percent}\u00A0%',
  sureHeading: 'Qué certeza dice tener',
  sure: 'Dice “baja” siempre que el significado principal está por debajo del 50\u00A0%. Solo dice “alta” cuando el significado principal va muy por delante del siguiente, nos ha contado lo que le mencionaron y ninguna respuesta por sí sola apunta al siguiente claramente más que al principal. El tono es fácil de malinterpretar, así que por sí solo nunca puede subir la certeza más de un paso: si sus otras respuestas dirían “baja”, el tono puede llevarla a “media”, pero no a “alta”.',
  meaningsHeading: 'Qué apunta a cada significado',
  pointsTo: 'Lo hace más probable:',
  pointsAway: 'Lo hace menos probable:',
  exactHeading: 'Los valores exactos',
  exactIntro:
    'Para quien tenga curiosidad, los números que hay detrás de las palabras de arriba. Cada significado parte de su puntuación inicial; cada respuesta le suma su número (un número negativo resta), y un segundo y un tercer tema de un mismo asunto cuentan la mitad y una cuarta parte. Después, las puntuaciones se convierten en porcentajes.',
  exactReason: '{title}: puntuación inicial {score}',
  exactLine: '{weight} {answer}',
} as const satisfies Translated<typeof english>;
