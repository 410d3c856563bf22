import type { pasteFoundMessages as english } from '../../../../ui/messages/paste-found.ts';
import type { Translated } from '../../../translated.ts';

/* The Spanish src/ui/messages/paste-found.ts (docs/decisions/008). */

/** What the paste box shows once it has read a text. */
export const pasteFoundMessages = {
  foundHeading: 'Lo que encontramos',
  suggestionsLegend: 'Respuestas que le sugerimos',
  suggestionsHint: 'Desmarque las que no sean correctas. Solo se usan las marcadas.',
  suggestion: '{question}: {answer}',
  foundFrom: 'A partir de {words}',
  quotedWord: '“{word}”',
  wordSeparator: ', ',
  phrasesHeading: 'Lo que suelen querer decir estas expresiones',
  phrasesHint:
    'Son formas habituales de decir las cosas y lo que suelen querer decir. Cada empresa es distinta, así que tómelas como una orientación, no como un veredicto.',
  phraseLine: '{phrase} {meaning}',
  use: 'Usar estas respuestas',
  noneTicked:
    'No hay ninguna respuesta marcada, así que todavía no hay nada que usar. Marque las que sean correctas o elija “Ahora no”.',
  notNow: 'Ahora no',
} as const satisfies Translated<typeof english>;
