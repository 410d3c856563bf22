/*
 * The words of the app's frame: the header and footer around every page, the notices above
 * it, a page that failed, and the page titles. They load with the first page, so only words
 * every page needs belong here. See docs/decisions/005-messages-are-data.md.
 */

/** The header and footer around every page. */
export const frameMessages = {
  /** The app's name, in the header and at the end of every page title. */
  appName: 'Callback',
  /** The first link on every page, for keyboard users; hidden until focused. */
  skipLink: 'Skip to main content',
  tagline: 'What did that call mean?',
  privacy: 'Private by design: no account, no tracking, and nothing you type is sent anywhere.',
  /** Opens the page that explains the model and its weights. */
  howLink: 'How it decides',
  /** Opens the calls saved on this device, where they can be backed up or cleared. */
  callsLink: 'Your saved calls',
  /** Holds a page's place while its code or content arrives. */
  loading: 'One moment…',
  /**
   * The switch to the other language (src/ui/language.ts), named in that language so that its
   * readers find it: on the English page, Spanish.
   */
  otherLanguage: 'Español',
} as const;

/** The browser tab's title for each page. */
export const titleMessages = {
  /** Every page's title ends with the app's name. Example: `'Check your answers – Callback'`. */
  page: '{title} – {appName}',
  /**
   * A page's title while it shows an error, as GOV.UK's pages do. Example:
   * `'Error: How many days ago was that interview? (question 4 of 6) – Callback'`.
   */
  error: 'Error: {title}',
  /** Example: `'Who called you? (question 1 of 6)'`. */
  question: '{prompt} (question {position} of {total})',
  check: 'Check your answers',
  results: 'What the call likely means',
  how: 'How Callback decides',
  calls: 'Your saved calls',
} as const;

/** The notices above every page: an update, a link that was partly unreadable, saving. */
export const noticeMessages = {
  /**
   * True in every tab: the answers, ticks and page are all in the link, which a reload keeps;
   * the call's details and notes are saved on this device as they are typed.
   */
  updateReady:
    'A new version of Callback is ready. Reload to start using it: you will come back to this same page, with your answers and ticks from the link and your notes from this device.',
  /** The same when this device is not saving: what is typed in the call's details is lost. */
  updateReadyUnsaved:
    'A new version of Callback is ready. Reload to start using it: your answers and ticks are in the link, so you will come back to this same page. Your notes and the call’s details are not in the link and this browser is not saving them, so copy anything you need first.',
  /** Reloads the page to use the new version. */
  reload: 'Reload',
  problemsTitle: 'Part of this link could not be read',
  problemsAfter:
    'Everything else in the link is shown below. You can check or change the answers at any time.',
  /** The same when none of the link's answers could be used. */
  problemsNothingLeft:
    'None of the answers in the link could be used. You can answer the questions at any time.',
  hide: 'Hide this message',
} as const;

/** What a page that failed says instead of going blank. */
export const failureMessages = {
  /** Part of the app's code could not be fetched (offline before the app was saved). */
  loadTitle: 'This page could not load',
  loadText:
    'Part of Callback could not be loaded, perhaps because you are offline. Your answers are safe in the link, so you can try again once you are back online.',
  tryAgain: 'Try again',
  /** A mistake in the page's own code. */
  errorTitle: 'Something went wrong showing this page',
  errorText: 'This is our mistake, not yours. Your answers are safe in the link.',
  firstQuestion: 'Go to the first question',
  checkAnswers: 'Check your answers',
} as const;

/** Links and buttons that several pages share. */
export const sharedMessages = {
  /** The link above a page's heading to the page before it. */
  back: 'Back',
} as const;
