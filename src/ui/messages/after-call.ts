/*
 * The words of "After the call" on the results page. They load with what shows below the
 * list, never with the list itself. See docs/decisions/005-messages-are-data.md.
 */

/** Recording what the call turned out to be, and the call's short timeline. */
export const afterCallMessages = {
  heading: 'After the call',
  hint: 'Once you have spoken, note what it really was. It stays with this call, on this device only.',
  /** The question, as the label of the list of meanings. */
  whatWasIt: 'What was it?',
  notYet: 'Not noted yet',
  other: 'Something else',
  save: 'Save what it was',
  /** `{title}` is the reason's title. Said after saving. */
  saved: 'Saved: it was “{title}”.',
  /** Opens the prep of what it was, when another is shown. `{title}` as above. */
  openPrep: 'Open the prep for “{title}”',
  savedOther: 'Saved: it was something else.',
  forgotten: 'Cleared: nothing is noted for this call now.',
  timelineHeading: 'What happened',
  nothingYet: 'Nothing noted yet. Tap a button below when they call or you call them back.',
  /** The call's first line: when it was saved here. */
  started: 'You started this prep',
  kinds: {
    called: 'They called',
    'called-back': 'You called them back',
    outcome: 'You noted what it was',
  },
  /** The latest "noted" line, with what it was. `{title}` as above. */
  outcomeNow: 'You noted it was “{title}”',
  outcomeOtherNow: 'You noted it was something else',
  /** An older "noted" line, once it was changed or cleared. */
  outcomeChanged: 'You noted what it was (changed since)',
  calledBack: 'I called them back',
  calledAgain: 'They called again',
  /** A button's accessible name. `{line}` is the line's words and `{time}` its time. */
  remove: 'Remove',
  removeLabel: 'Remove “{line}, {time}”',
  /** After a line is added or removed, for screen readers. */
  added: 'Added: {line}.',
  removed: 'Removed: {line}, {time}.',
} as const;
