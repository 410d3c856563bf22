/*
 * The words of the check-your-answers page. They load with that page only, never with the
 * first question. See docs/decisions/005-messages-are-data.md.
 */

/** "Check your answers": every answer, each with a Change link. */
export const checkMessages = {
  heading: 'Check your answers',
  /**
   * A row's link. `{which}` is `changeWhich`, heard but not seen, so that a screen reader's
   * list of links says which answer each one changes.
   */
  change: 'Change{which}',
  /** Example: `' who called'`; `{question}` is a question's short name inside a sentence. */
  changeWhich: ' {question}',
  seeResults: 'See what the call likely means',
  startAgain: 'Start again',
} as const;
