/*
 * The words of the page listing the calls saved on this device. They load with that page only.
 * See docs/decisions/005-messages-are-data.md.
 */

/** The calls page: the list, and what can be done with it. */
export const callsMessages = {
  heading: 'Your saved calls',
  lead: 'Each call keeps its own answers, ticks, notes and names. They are saved in this browser on this device only: nothing is sent anywhere, and another browser or phone does not see them.',
  /** The list's accessible name. */
  listLabel: 'Saved calls, newest first',
  /** A call without a company typed in. */
  unnamed: 'Unnamed call',
  /** `{date}` is the day it last changed, in the browser's own format. */
  changedOn: 'Last changed {date}',
  /** `{title}` is the top meaning for its answers. Example: `'Most likely: a job offer'`. */
  likely: 'Most likely: {title}',
  noAnswers: 'No answers yet',
  /** How many checklist items are ticked. */
  ticked: { one: '{count} item ticked', other: '{count} items ticked' },
  /** What it turned out to be, once recorded. `{title}` is that reason's title. */
  outcome: 'It was: {title}',
  outcomeOther: 'It was something else',
  /** Opens the call's results and prep. */
  open: 'Open',
  none: 'No calls are saved on this device yet. Answer a few questions and your call is saved here as you go.',
  newCall: 'Start a new call',
} as const;
