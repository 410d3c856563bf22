/*
 * The words below the results page's ranked list: the prep of one meaning, its checklist, the
 * email after the call and "what could tip the balance". They load with that part of the page
 * (src/ui/results/below-the-list.ts), after the list is on screen. See
 * docs/decisions/005-messages-are-data.md.
 */

/** The prep of one meaning (its words come from the catalog). */
export const prepMessages = {
  meaningHeading: 'What it may mean',
  atHandHeading: 'Have at hand',
  sayHeading: 'How to answer, and what to say',
  askHeading: 'Questions to ask them',
  avoidHeading: 'What to avoid',
  /** One line of what to say, as spoken. */
  quoted: '“{line}”',
} as const;

/** The prep checklist, whose ticks live in the link. */
export const checklistMessages = {
  heading: 'Your prep checklist',
  /** Example: `'2 of 7 done'`. */
  progress: '{ticked} of {total} done',
  copy: 'Copy checklist',
  copyMarkdown: 'Copy as Markdown',
  copied: 'Checklist copied.',
  copiedMarkdown: 'Checklist copied as Markdown.',
  /** The first line of the copied checklist. */
  copiedTitle: 'Prep checklist: {title}',
  /** The first line of the checklist copied as Markdown, a heading. */
  copiedTitleMarkdown: '## Prep checklist: {title}',
} as const;

/** The email to send after the call. */
export const followUpMessages = {
  heading: 'After the call: a short email',
  hint: 'It fills in the company and job title from “About this call”, and the names you add here. They stay on this device and never go into the link.',
  /** The preview's accessible name. */
  preview: 'The email',
  subjectLabel: 'Subject:',
  /** The email as copied. */
  copyText: 'Subject: {subject}\n\n{body}',
  copy: 'Copy',
  copied: 'Email copied.',
  /** Opens the person's email program with the email filled in. */
  openInEmail: 'Open in email',
} as const;

/** The label of each name's field in the email. */
export const nameFieldMessages = {
  theirName: 'Their name',
  myName: 'Your name',
} as const;

/** "What could tip the balance": what would change the ranking, and what to ask. */
export const insightMessages = {
  heading: 'What could tip the balance',
  /** In bold before the sentence that says what would change the picture. */
  swapLabel: 'What would change the picture:',
  /** In bold before the question to ask. */
  askLabel: 'Ask this on the call:',
  /** The question, as said on the call. */
  askQuestion: '“{question}”',
} as const;

/** The prep for any of the likely few, shown when the answers say little. */
export const anyOfMessages = {
  intro:
    'With so little to go on, get ready for the three likeliest meanings at once. A few things cover them all, and each one’s full prep is a tap away.',
  sayHeading: 'When you answer, whatever it is',
  say: [
    'Thank you for getting back to me. I’m glad to hear from you.',
    'Could you tell me a little about what the call is for?',
    'Do you mind if I take a moment to grab a pen?',
  ],
  /** Each likely meaning's few things to do. `{title}` and `{percent}` as in the list. */
  reasonHeading: 'If it is {title} ({percent})',
  /** Opens the full prep of one meaning. `{title}` is heard, not seen. */
  fullPrep: 'See the full prep{which}',
  fullPrepWhich: ' for {title}',
} as const;
