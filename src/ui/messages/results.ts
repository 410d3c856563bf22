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
    text: 'We know little about this call yet, so treat this as a rough guide.',
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
  /** `{title}` is the meaning whose prep is shown. */
  prepHeading: 'How to get ready: {title}',
  /**
   * When the person chose another meaning than the top one. `{back}` is a button whose words
   * are `backToTop`.
   */
  chosen: 'You chose this one ({percent}). {back}',
  backToTop: 'Back to the most likely: {title}',
  prepFailed:
    'This prep could not load, perhaps because you are offline. Your answers and ticks are safe in the link. Once you are back online, reload the page to try again.',
  /** A share of 100, as the list shows it. Example: `'34%'`. */
  percent: '{percent}%',
} as const;

/** What only the printed sheet shows. */
export const printMessages = {
  title: 'Call prep sheet',
  /** `{date}` is today, in the browser's own long format. */
  madeOn: 'Made with Callback on {date}',
  answersHeading: 'Your answers',
  /** `{address}` is the sheet's full address, on its own line. */
  reopen: 'Reopen this sheet: {address}',
  /** Under the QR code of the sheet's link. */
  scanToOpen: 'Scan to open this prep on your phone, ticks included',
  /** What the QR code is, for a screen reader. */
  qrLabel: 'QR code of the link to this prep',
  /** Under the title, when both are known. Example: `'Data analyst at Acme'`. */
  roleAtCompany: '{role} at {company}',
  /** Under the title, when only the company is known. */
  companyOnly: 'Call with {company}',
  /** Under the title, when only the role is known. */
  roleOnly: 'Role: {role}',
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
  /** When the words of "Why" could not load (see `whyMessages`). */
  whyFailed:
    'The reasons could not load, perhaps because you are offline. Reload the page to try again.',
  /** The prep of the meaning at the top is shown below it. */
  chosen: 'Its prep is shown below.',
  /** `{which}` is `showPrepWhich`, heard but not seen. */
  showPrep: 'Show how to get ready for this{which}',
  showPrepWhich: ': {title}',
} as const;

/** The private notes for the call. */
/** The call's own details, typed once and used in the heading, the sheet and the email. */
export const callFieldMessages = {
  heading: 'About this call',
  hint: 'Typed once, used in the heading, the printed sheet, the calendar and the email. Kept on this device only, never in the link.',
  company: 'Company',
  role: 'Job title',
  contactName: 'Who called',
  phone: 'Number to call back',
  /** The number as a link that starts a phone call. `{phone}` is the number as typed. */
  callNumber: 'Call {phone}',
} as const;

export const notesMessages = {
  label: 'My notes for the call',
  hint: 'For names, dates and your salary range. They stay on this device and never go into the link.',
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
