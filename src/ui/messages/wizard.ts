/*
 * The words of the questions' pages around the questions themselves (whose prompts, hints and
 * options are data in src/domain/questions.ts): the question page, the check page, the offer
 * to resume and the paste box. They load with the first page. See
 * docs/decisions/005-messages-are-data.md.
 */

/** The page of one question. */
export const questionMessages = {
  /** Above the heading. Example: `'Question 1 of 6'`. */
  position: 'Question {position} of {total}',
  /** Only on the first question, under the offer to resume. */
  intro:
    'Six quick questions about the call, then what it most likely means and how to get ready. Every question can be skipped. Your answers stay in this browser.',
  /** Between the options and the exclusive choice ("Not sure", "Nothing specific"). */
  or: 'or',
  continue: 'Continue',
  /** The heading of the error summary above the form. */
  problem: 'There is a problem',
  /** An error under the field; `{label}` is `errorLabel`, heard but not seen. */
  fieldError: '{label} {error}',
  errorLabel: 'Error:',
  /** The days question's field. */
  daysLabel: 'Days since the interview',
  /** The days question's date field, after an "or": picking a date fills in the days. */
  dateLabel: 'Pick the date of the interview',
  /** Why the date picked cannot be used, shown next to the date field. */
  dateProblems: {
    empty: 'Enter the date of the interview, or type the number of days',
    /** `{year}` is this year. */
    'short-year': 'Enter the year in full, with all four digits, like {year}',
    'not-a-date': 'That date does not exist. Check the day and the month',
    future: 'The date of the interview must be today or earlier',
    /** `{max}` is the largest number of days allowed. */
    'too-long-ago':
      'The date must be within the last {max} days. For an older interview, tick “Not sure”',
  },
  /** The days question's "or" choice. */
  daysNotSure: 'Not sure',
  /**
   * What days typed in words were read as, shown under the field as they are typed. `{date}`
   * is the day they stand for. Example: `'We read that as 14 days ago, Sunday, November 15.'`
   */
  daysReadAs: {
    today: 'We read that as today, {date}.',
    one: 'We read that as {days} day ago, {date}.',
    other: 'We read that as {days} days ago, {date}.',
  },
  /** The same for a rough phrase given a likely number: "last week" is 7, "a month ago" 30. */
  daysGuessedAs:
    'We took that as {days} days ago, {date}, as a guess. If you know the day, type the number of days or pick the date.',
  /** "Not sure", "don’t know" typed in the field. */
  daysReadAsNotSure: 'We read that as “Not sure”.',
  /** Why the days typed cannot be used, on Continue. `{max}` is the largest number allowed. */
  daysProblems: {
    unreadable: 'Enter the number of days, like 2 or “a week ago”, or tick “Not sure”',
    'not-whole': 'Enter a whole number of days, like 2',
    'too-long-ago':
      'The interview must be within the last {max} days. For an older interview, tick “Not sure”',
  },
} as const;

/** The offer to go on with a session saved on this device, on the first question. */
export const resumeMessages = {
  heading: 'Continue where you left off?',
  /**
   * The latest call saved here. `{when}` is when it last changed (not the day of the call), one
   * of `whenMessages`. Example: `'… for a call today at 2:05 PM. …'`.
   */
  startedOn:
    'You last worked on getting ready for a call {when}. Its answers, ticks and notes are saved on this device.',
  /** The same, for a call with a company typed in. Example: `'… for your call with Acme yesterday. …'`. */
  startedWith:
    'You last worked on getting ready for your call with {company} {when}. Its answers, ticks and notes are saved on this device.',
  resume: 'Continue where you left off',
  /** Starts a new call; the saved one stays as it is. */
  startFresh: 'Start a new call',
  /** `{count}` calls are saved here; opens the list of them. */
  allCalls: {
    one: 'See your saved call',
    other: 'See all {count} saved calls',
  },
  /** Once, on the first question after "Start a new call". `{calls}` is a link to the list. */
  kept: 'Your call with {company} is saved. Find it under {calls}.',
  keptUnnamed: 'Your previous call is saved. Find it under {calls}.',
  /** That link's words. */
  calls: 'Your saved calls',
} as const;

/** The box that reads a pasted voicemail, email or notes and suggests answers. */
export const pasteMessages = {
  /** The box's summary, which opens it. */
  open: 'Have a voicemail, email or notes? Paste them to fill in answers',
  label: 'Paste the voicemail, email or your notes of the call',
  hint: 'We read it here, in your browser, to suggest answers. It is not saved or sent anywhere.',
  suggest: 'Suggest answers',
  /** The part that reads the text could not be fetched; the text is still in the box. */
  unavailable:
    'We could not load the part of Callback that reads pasted text, perhaps because the connection dropped. Your text is still here, so you can try again once you are back online. You can also answer the questions yourself.',
  nothingFound:
    'We did not find anything we could use in that text. You can answer the questions yourself.',
  /**
   * Shown when the text reached the most we read; `{count}` is that many characters, written
   * out ("100,000"). Pasted text beyond it is left out by the box itself.
   */
  cut: 'That is a lot of text, so we kept only the first {count} characters. That is far more than any message needs. Anything after that was left out.',
} as const;
