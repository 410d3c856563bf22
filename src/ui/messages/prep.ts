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
  /** Above the two or three items that matter most with only minutes to go. */
  firstHeading: 'Do this first',
  /** Above the rest of the items. */
  restHeading: 'Then, if you have time',
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

/**
 * The email to send: after a talk, the meaning's own email (its words are in the catalog)
 * opened with a thank-you that fits how they got in touch; before any talk, a short reply that
 * fits whatever the call is about. `{theirName}`, `{company}` and `{myName}` are filled in from
 * the fields above the email, or shown as a marked gap (`gap`) while blank, also when copied.
 */
export const followUpMessages = {
  heading: 'A short email to send them',
  hint: 'It uses the names and company you type, kept on this device only and never put in the link.',
  /** Whether they have talked yet, which decides the email; asked unless the first contact was a talk. */
  spokenQuestion: 'Have you talked with them yet?',
  spokenNo: 'Not yet',
  spokenYes: 'Yes, we have talked',
  /** Above the fields for the names the email uses. */
  namesLegend: 'Names in the email',
  /**
   * Under "Their name" while it is blank and "Who called" has a name: the first name the email
   * greets. Example: `'The email uses Priya, from “Who called”. Type here to use another name.'`.
   */
  theirNameFromContact: 'The email uses {name}, from “Who called”. Type here to use another name.',
  /** The preview's accessible name. */
  preview: 'The email',
  subjectLabel: 'Subject:',
  /** The email as copied. */
  copyText: 'Subject: {subject}\n\n{body}',
  copy: 'Copy',
  copied: 'Email copied.',
  /**
   * Said after copying an email with blanks: `{count}` is how many, `{missing}` lists them, as in
   * `missingNames`. Example: `'Email copied, with 2 gaps still to fill in: their name, your name.…'`.
   */
  copiedMissing: {
    one: 'Email copied, with a gap still to fill in: {missing}. Add it here or in your email before you send it.',
    other:
      'Email copied, with {count} gaps still to fill in: {missing}. Add them here or in your email before you send it.',
  },
  /** How a blank name is written, the same on screen, in the copied email and in the mail link. */
  gap: '[{name}]',
  /** What a blank job title reads as. Example: `'Next interview for the role'`. */
  roleFallback: 'the role',
  /** Opens the person's email program with the email filled in. */
  openInEmail: 'Open in email',
  /**
   * The thank-you that opens the email after a talk, by how they first got in touch. `email`
   * covers a text or a WhatsApp too (its option reads "An email or text asking for a call"),
   * so it says "message".
   */
  talkedOpener: {
    /** Only when the call is known to have been today (a "They called" line dated today). */
    spokeToday: 'Thank you for calling me today.',
    spoke: 'Thank you for calling me.',
    voicemail: 'Thank you for your message, and for taking the time to talk with me.',
    missed: 'Thank you for taking the time to talk with me.',
    email: 'Thank you for your message, and for taking the time to talk with me.',
    unknown: 'Thank you for taking the time to talk with me.',
  },
  /** The email before any talk: it never names what the call may be about, only a guess so far. */
  notYet: {
    subject: {
      voicemail: 'Returning your call',
      missed: 'Sorry I missed your call',
      email: 'Thank you for your message',
      unknown: 'Getting back to you',
    },
    opener: {
      voicemail: 'Thank you for your message. I am sorry I could not pick up.',
      missed: 'I saw I missed your call. I am sorry I could not pick up.',
      email: 'Thank you for your message.',
      unknown: 'Thank you for getting in touch.',
    },
    /** Follows the opener, in the same paragraph. */
    interest: 'I am still very interested in working at {company}, and I would be glad to talk.',
    next: {
      voicemail:
        'I will try calling you again soon. If it is easier, let me know a good time to call, or just reply to this email.',
      missed:
        'I will try calling you again soon. If it is easier, let me know a good time to call, or just reply to this email.',
      email:
        'When would be a good time to talk? I am also happy to reply by email, if that suits you better.',
      unknown:
        'When would be a good time to talk? I am also happy to reply by email, if that suits you better.',
    },
    greeting: 'Hi {theirName},',
    signOff: 'Best wishes,\n{myName}',
  },
} as const;

/** The label of each name's field above the email, and how the name is said when it is missing. */
export const nameFieldMessages = {
  theirName: 'Their name',
  myName: 'Your name',
  // Not "Company": the page's "About this call" already has a field with that label.
  company: 'Company name',
} as const;

/** Each blank name as said in "still to fill in: …" and in the copied email's gaps. */
export const missingNames = {
  theirName: 'their name',
  myName: 'your name',
  company: 'the company',
} as const;

/**
 * What to say if the call back goes to their voicemail. Parts in square brackets are what the
 * person says in their own words; names come from the call when they are typed.
 */
export const voicemailMessages = {
  heading: 'If you get their voicemail',
  hint: 'It is fine to read this out. Speak slowly, and say the parts in square brackets in your own words.',
  hello: 'Hi {theirName}, this is {myName}.',
  helloNoName: 'Hi, this is {myName}.',
  /** `{about}` is one of the `about` endings below, or nothing. */
  back: {
    email: 'Thank you for your message{about}.',
    call: 'I am returning your call{about}.',
    unknown: 'I am getting back to you{about}.',
  },
  about: {
    roleAndCompany: ' about the {role} job at {company}',
    role: ' about the {role} job',
    company: ' from {company}',
  },
  number: 'You can reach me at [your number]. Again, that is [your number].',
  free: 'I am free [the days and times that suit you].',
  bye: 'I look forward to talking with you. Thank you, and have a good day.',
  /** What stands in for a blank name in the script: what to say there. */
  yourName: '[your name]',
  copy: 'Copy the script',
  copied: 'Script copied.',
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
    'With so little to go on, get ready for the three likeliest meanings at once: a few things cover them all.',
  /** On screen only: paper has no taps. */
  introScreen: 'Each one’s full prep is a tap away.',
  sayHeading: 'When you answer, whatever it is',
  say: [
    'Thank you for getting back to me. I’m glad to hear from you.',
    'Could you tell me a little about what the call is for?',
    'Do you mind if I take a moment to grab a pen?',
  ],
  /** Each likely meaning's heading over its few things to do: its title and share. */
  reasonHeading: '{title} ({percent})',
  /** Opens the full prep of one meaning. `{which}` is `fullPrepWhich`, heard, not seen. */
  fullPrep: 'See the full prep{which}',
  fullPrepWhich: ': {title}',
} as const;
