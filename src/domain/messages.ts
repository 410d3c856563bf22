/*
 * The sentences the app builds around answers and meanings, in one place, as named templates.
 * A template's gaps are named in curly braces (`{meaning}`) and filled by `fill`, whose types
 * insist on exactly those names. The words that go into the gaps are data too: each question
 * option's `labelInSentence` (questions.ts) and each reason's `titleInSentence` (catalog/), so
 * no code cuts or lower-cases a label to make a sentence. A later issue translates exactly
 * these messages and fields; see docs/decisions/005-messages-are-data.md.
 */

// In their own module, so that a translation of this one re-exports them (docs/decisions/008).
export { fill, type Slots } from './messages-fill.ts';

/** An answer shown back on the check page, the printed sheet and the reasons why. */
export const answerMessages = {
  /** The "Not sure" choice, and a topic list left empty. */
  notSure: 'Not sure',
  notAnswered: 'Not answered',
  today: 'Today',
  oneDayAgo: '1 day ago',
  daysAgo: '{days} days ago',
  /** The days answered, beside the interview's date. Example: `'Tuesday, March 3, 2026 (3 days ago)'`. */
  onDate: '{date} ({ago})',
  /** One answer that moved a meaning. Example: `'What they mentioned: Salary or pay'`. */
  evidence: '{question}: {answer}',
  /** Between the topics of one answer. */
  listSeparator: '; ',
} as const;

/** What the app says about a part of a link it could not use. */
export const linkMessages = {
  damaged: 'Part of the link for {part} was damaged, so we left it out.',
  repeated: 'The link gave {part} more than once. We used the first one.',
  tooMany: 'Other parts of the link could not be read either, so we left them out.',
  unreadableAnswer: 'We could not read the answer to {part}, so we left it out.',
  badDays:
    'The number of days since the interview must be a whole number from 0 to {max}, so we left it out.',
  /** `{words}` are the link's own words, each quoted. */
  unknownTopics: 'We did not recognize {words} in what they mentioned, so we left that out.',
  /** `{label}` is the label of the "Nothing specific" option. */
  nothingAlone: '“{label}” cannot go with other topics, so we left it out.',
  unknownStep: 'The link asked for a question we do not have, so we left that out.',
  unknownFrom: 'The link asked to return to a page we do not have, so we left that out.',
  unknownView: 'The link asked for a page we do not have, so we left that out.',
  unknownReason: 'The link named a meaning we do not have, so we left that out.',
  unknownLanguage: 'The link asked for a language we do not have yet, so we left that out.',
  unknownItems: 'Some ticked items in the link are not on any checklist, so we left them out.',
  /** The parts of a link, as `{part}` above. `{short}` is a question's short name. */
  partQuestion: '“{short}”',
  partDone: 'the ticked checklist items',
  partReason: 'the chosen meaning',
  partPage: 'the page to show',
  partLanguage: 'the language',
  /** A value from the link, shown back. */
  quoted: '“{value}”',
  /** Between quoted values. */
  listSeparator: ', ',
  /** After the first few quoted values. */
  andOthers: '{list} and others',
} as const;
