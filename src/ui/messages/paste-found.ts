/**
 * What the paste box shows once it has read a text: the answers it suggests and what the
 * recruiter's words usually mean. These load with the reader (src/ui/wizard/found-panel.tsx),
 * never with the first page.
 */
export const pasteFoundMessages = {
  foundHeading: 'What we found',
  /** The legend of the suggested answers, each a checkbox, all ticked at first. */
  suggestionsLegend: 'Answers we suggest',
  suggestionsHint: 'Untick any that are not right. Only the ticked ones are used.',
  /** One suggested answer's label. Example: `'What they brought up: Salary or pay'`. */
  suggestion: '{question}: {answer}',
  /** `{words}` are the words that led to the answer, each quoted, joined by `wordSeparator`. */
  foundFrom: 'From {words}',
  /** One word from the pasted text, quoted. */
  quotedWord: '“{word}”',
  wordSeparator: ', ',
  phrasesHeading: 'What their words usually mean',
  phrasesHint:
    'These are common ways of putting things, and what they tend to mean. Every company is different, so take them as a guide, not a verdict.',
  /** One phrase found: `{phrase}` is quoted from the text, `{meaning}` what it usually means. */
  phraseLine: '{phrase} {meaning}',
  use: 'Use these answers',
  /** Said when every suggestion was unticked and "Use these answers" was pressed. */
  noneTicked:
    'No answers are ticked, so there is nothing to use yet. Tick the ones that are right, or choose Not now.',
  notNow: 'Not now',
} as const;
