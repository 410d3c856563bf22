/*
 * The words of the parts of the results page about this one call: its details, notes and
 * calendar files. They load with what shows below the ranked list
 * (src/ui/results/below-the-list.ts), never before the list. See
 * docs/decisions/005-messages-are-data.md.
 */

/** The call's own details, typed once and used in the heading, the sheet and the email. */
export const callFieldMessages = {
  heading: 'About this call',
  hint: 'Typed once, used in the heading, the printed sheet, the calendar and the email. They never leave this device and are never put in the link.',
  company: 'Company',
  role: 'Job title',
  contactName: 'Who called',
  phone: 'Number to call back',
  /** The number as a link that starts a phone call. `{phone}` is the number as typed. */
  callNumber: 'Call {phone}',
} as const;

/** The private notes for the call. */
export const notesMessages = {
  label: 'My notes for the call',
  hint: 'For names, dates and your salary range. They never leave this device and never go into the link.',
  /** `{max}` is the longest notes kept, in characters. Nothing was cut or saved. */
  tooLong:
    'These notes are longer than the {max} characters we can keep, so the last change was not saved. Shorten them a little and it will save again.',
} as const;

/** Calendar files: a reminder to call back and one to follow up. */
export const calendarMessages = {
  heading: 'Add to calendar',
  date: 'Date',
  time: 'Time',
  callBackTitle: 'Call them back',
  callBackIntro: 'A 15-minute slot with a reminder 15 minutes before, and the link to this prep.',
  callBackButton: 'Download .ics',
  /** The downloaded file's name, in the page's language: lowercase, hyphens, no spaces. */
  callBackFile: 'callback-call-back.ics',
  /** The event's name in the calendar. */
  callBackEvent: 'Call back about the job',
  /** The same with the company typed in. Example: `'Call Acme back about the job'`. */
  callBackEventFor: 'Call {company} back about the job',
  /** Added to the description when a number is typed in. `{tel}` is a `tel:` link. */
  callBackNumber: 'Their number: {phone} ({tel})',
  /** The event's description. `{title}` is the top meaning's title, `{link}` the prep's address. */
  callBackDescription: 'Likely: {title}. Your prep: {link}',
  followUpTitle: 'Remind me to follow up',
  /**
   * `{date}` is the day the reminder is set for (`'Friday, December 4'`), `{days}` how many
   * days from today that is, at least 2.
   */
  followUpIntro: {
    one: 'If you have not heard by then, a short, friendly email is fine. We suggest {date}, {days} day from today.',
    other:
      'If you have not heard by then, a short, friendly email is fine. We suggest {date}, {days} days from today.',
  },
  followUpButton: 'Download follow-up reminder',
  followUpFile: 'callback-follow-up.ics',
  followUpEvent: 'Follow up on the job',
  followUpEventFor: 'Follow up with {company} on the job',
  followUpDescription: 'If there is no news yet, send a short, friendly email. Your prep: {link}',
  /** Why the date typed cannot go in a calendar file, shown next to the field. */
  dateProblems: {
    empty: 'Choose a date for the reminder.',
    /** `{year}` is this year. */
    'short-year': 'Enter the year in full, with all four digits, like {year}.',
    'not-a-date': 'That date does not exist. Check the day and the month.',
    past: 'That date has passed. Choose today or a later date.',
    /** `{max}` is the largest number of days ahead. */
    'too-far': 'Choose a date within the next {max} days.',
  },
  /** Why the time typed cannot go in a calendar file, shown next to the field. */
  timeProblems: {
    empty: 'Choose a time for the reminder.',
    'not-a-time': 'Enter a time between 00:00 and 23:59.',
    'clocks-change':
      'The clocks go forward that night, so this time does not exist on that day. Choose a later time.',
    passed: 'That time has already passed today. Choose a later time.',
  },
  /** An error next to its field; `{label}` is `errorLabel`, heard but not seen. */
  fieldError: '{label} {error}',
  errorLabel: 'Error:',
  /** The code that writes calendar files could not be fetched. */
  notLoaded:
    'We could not make the calendar file, perhaps because the connection dropped. Please try again when you are back online.',
} as const;
