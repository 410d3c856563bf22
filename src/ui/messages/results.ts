import type { Confidence } from '../../domain/likelihood.ts';

/*
 * The words of the results page and its parts, around the catalog's own prose (which is data
 * in src/domain/catalog/). They load with the results page, never with the first one. See
 * docs/decisions/005-messages-are-data.md.
 */

/** How sure the ranking is, in words, by confidence. */
export const confidenceMessages = {
  high: {
    /** The page's heading. `{title}` is the top meaning's title. */
    heading: 'Most likely: {title}',
    /**
     * The heading once a company is typed in. `{title}` starts in lowercase here.
     * Example: `'Acme: most likely a job offer'`.
     */
    headingFor: '{company}: most likely {title}',
    /** As it fits "How sure: …". */
    level: 'high',
    text: 'Your answers point clearly to this. It is still a guess, so be ready for other news too.',
  },
  medium: {
    heading: 'Most likely: {title}',
    headingFor: '{company}: most likely {title}',
    level: 'medium',
    text: 'This is the best fit for your answers, but other meanings are possible. Glance at the next ones too.',
  },
  low: {
    heading: 'Our best guess: {title}',
    headingFor: '{company}: our best guess is {title}',
    level: 'low',
    text: 'We know too little about this call to tell, so the prep below gets you ready for the likely few at once.',
  },
} as const satisfies Record<
  Confidence,
  { heading: string; headingFor: string; level: string; text: string }
>;

/** The results page around its parts. */
export const resultsMessages = {
  /** `{level}` is a confidence's `level`. Shown in bold before the confidence's text. */
  howSure: 'How sure: {level}.',
  /** A sentence and its text: `{label}` in bold, then `{text}`. */
  labelled: '{label} {text}',
  /** `{link}` is a link whose words are `seeHow`. */
  openRules:
    'The percentages come from a simple, open set of rules we wrote down, not from real hiring data. {link}.',
  seeHow: 'See how it decides',
  /** Jumps past the list to the prep. */
  skipToPrep: 'Go straight to how to get ready',
  /** Jumps to the company, number and notes of this call, below the prep. */
  skipToNotes: 'Go to this call’s details and your notes',
  meaningsHeading: 'What the call could mean',
  /**
   * The page's heading once the person noted what the call was (in "After the call"); the
   * ranking below is then only what the answers had suggested. `{title}` is that reason's title.
   */
  noted: 'It was: {title}',
  /** The same once a company is typed in. `{title}` starts in lowercase here. */
  notedFor: '{company}: it was {title}',
  notedOther: 'It was something else',
  notedOtherFor: '{company}: it was something else',
  /** In place of "How sure", once it was noted. */
  notedText:
    'You noted this after the call. The list below shows what your answers had suggested before you knew.',
  /** Opens the prep of what it was, when another is shown. */
  notedPrep: 'Show how to get ready for it',
  /** The ranked list's heading once it was noted. */
  suggestedHeading: 'What your answers had suggested',
  /** `{title}` is the meaning whose prep is shown. */
  prepHeading: 'How to get ready: {title}',
  /** The prep's heading when the answers say little and no meaning is chosen yet. */
  prepAnyHeading: 'How to get ready for any of the likely few',
  /**
   * Which prep is shown, when it is not the most likely meaning's (chosen here, or in a shared
   * link). `{title}` is its title; `{percent}` is its share. A button to go back follows.
   */
  shownOther: 'The prep below is for “{title}” ({percent}), which is not the most likely meaning.',
  /** The same for the meaning the person noted the call turned out to be. */
  shownOutcome: 'The prep below is for “{title}”, what you noted the call turned out to be.',
  /** The same for the top meaning when the answers say little. */
  shownGuess: 'The prep below is for “{title}” only, our best guess.',
  backToTop: 'Back to the most likely: {title}',
  backToAny: 'Back to getting ready for any of the likely few',
  /** The same once the person noted what the call was: the top meaning is no longer "likely". */
  backToSuggested: 'Show the prep for what your answers had suggested: {title}',
  /** How sure, when it is low although every question was answered. */
  lowMixed:
    'Your answers point more than one way, so the prep below gets you ready for the likely few at once.',
  /** Links to the first question left unanswered. */
  answerMore: {
    one: 'Answer 1 more question to sharpen this',
    other: 'Answer {count} more questions to sharpen this',
  },
  prepFailed:
    'This prep could not load, perhaps because you are offline. Your answers and ticks are safe in the link. Once you are back online, reload the page to try again.',
  /** A share of 100, as the list shows it. Example: `'34%'`. */
  percent: '{percent}%',
} as const;

/** The buttons under the ranked list. */
export const actionMessages = {
  changeAnswers: 'Change answers',
  copyLink: 'Copy link',
  /** Opens the system's share sheet, or copies the link where there is none. */
  share: 'Share',
  /** The title the share sheet shows. `{title}` is the most likely meaning's title. */
  shareTitle: 'My call prep: {title}',
  print: 'Print prep sheet',
  /** Starts the questions afresh as a new call; this one stays saved as it is. */
  newCall: 'Start a new call',
  linkCopied: 'Link copied. Keep it or bookmark this page to come back to your prep.',
  linkNotCopied: 'We could not copy the link here. Copy the address from the address bar instead.',
  /** When copying anything else failed. */
  notCopied: 'We could not copy here. Select the text and copy it yourself instead.',
} as const;

/** The ranked meanings; the words inside each "Why" are `whyMessages` (messages/why.ts). */
export const rankedMessages = {
  /** `{percent}` in bold, then a likelihood in words. Example: `'34% possible'`. */
  figure: '{percent} {likelihood}',
  /** Opens the answers that moved a meaning. */
  why: 'Why',
  /** The top meaning's label when the answers say little, beside its percentage. */
  bestGuess: 'our best guess, far from sure',
  /** The next two of the likely few when the answers say little: as much in play as the guess. */
  alsoPossible: 'also possible',
  /** Shows the meanings beyond the likely few. `{count}` is how many there are in all. */
  showAll: 'Show all {count} meanings',
  showFew: 'Show only the likely few',
  /** When the words of "Why" could not load (see `whyMessages`). */
  whyFailed:
    'The reasons could not load, perhaps because you are offline. Reload the page to try again.',
  /** The prep of the meaning at the top is shown below it. */
  chosen: 'Its prep is shown below.',
  /** `{which}` is `showPrepWhich`, heard but not seen. */
  showPrep: 'Show how to get ready for this{which}',
  showPrepWhich: ': {title}',
} as const;
