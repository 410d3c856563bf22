/*
 * The words of the page listing the calls saved on this device. They load with that page only.
 * See docs/decisions/005-messages-are-data.md.
 */
import type { BackupError } from '../../state/backup.ts';

/** The calls page: the list, and what can be done with it. */
export const callsMessages = {
  heading: 'Your saved calls',
  lead: 'Each call keeps its own answers, ticks, notes and names, saved as you go.',
  /** The list's accessible name. */
  listLabel: 'Saved calls, newest first',
  /** A call without a company typed in. */
  unnamed: 'Unnamed call',
  /** `{when}` is one of `whenMessages`. Example: `'Last changed today at 2:05 PM'`. */
  changed: 'Last changed {when}',
  /** A call's name with its role, when one was typed. Example: `'Acme, Data analyst'`. */
  withRole: '{name}, {role}',
  /** `{title}` is the top meaning for its answers. Example: `'Most likely: a job offer'`. */
  likely: 'Most likely: {title}',
  /** The same when the answers say little (low confidence), as the results page says it. */
  guess: 'Our best guess: {title}',
  /**
   * A call whose questions were never all answered (it never reached the results). `{count}`
   * of `{total}` were answered. Example: `'Questions not finished (2 of 6 answered)'`.
   */
  unfinished: 'Questions not finished ({count} of {total} answered)',
  /** Opens the call at its prep (or at its questions, when they were never finished). */
  open: 'Open',
  /** That button's full name for a screen reader. `{name}` is the call's name. */
  openLabel: 'Open the call with {name}',
  openLabelUnnamed: 'Open this unnamed call',
  /** Opens the call at its first unanswered question. */
  continueQuestions: 'Continue the questions',
  /** That link's full name for a screen reader. `{name}` is the call's name. */
  continueLabel: 'Continue the questions for the call with {name}',
  continueLabelUnnamed: 'Continue the questions for this unnamed call',
  /** How many checklist items are ticked. */
  ticked: { one: '{count} item ticked', other: '{count} items ticked' },
  /** What it turned out to be, once recorded. `{title}` is that reason's title. */
  outcome: 'It was: {title}',
  outcomeOther: 'It was something else',
  none: 'No calls are saved on this device yet. Answer a few questions and your call is saved here as you go.',
  newCall: 'Start a new call',
  /** Saved records this release cannot read (a newer version wrote them); never deleted. */
  setAside: {
    one: '1 saved call could not be read, perhaps because a newer version of Callback saved it. We have left it exactly as it is, so a newer version may be able to open it.',
    other:
      '{count} saved calls could not be read, perhaps because a newer version of Callback saved them. We have left them exactly as they are, so a newer version may be able to open them.',
  },
} as const;

/** What "on this device" means, in plain words. */
export const deviceMessages = {
  heading: 'What “on this device” means',
  kept: 'Your calls are saved in this browser, on this device only. Nothing is sent anywhere, not even to us.',
  elsewhere:
    'Another browser, or another phone or computer, does not see them. To move your calls, download them here and restore the file in the other browser.',
  /** Who else can see them: whoever uses the same browser profile on this device. */
  shared:
    'Anyone who uses this browser on this device, with the same profile, can see them too. On a shared computer, use your own browser profile, or clear your data when you are done.',
  /** When the browser would not mark the data as one to keep (`navigator.storage.persist()` said no). */
  mayBeCleared:
    'If this device runs short of space, the browser may clear data that sites have saved here, your calls included. They are still saved as you go, and downloading a copy keeps them safe whatever happens.',
  cleared:
    'Clearing this browser’s data for this site also removes your calls, and some browsers do that on their own after a few weeks without a visit. A downloaded copy brings them back at any time.',
} as const;

/** Renaming one call, in place. */
export const renameMessages = {
  /** Opens the form. */
  rename: 'Rename',
  /** The rename button's full name for a screen reader. `{name}` is the call's name. */
  renameLabel: 'Rename {name}',
  /** The text input's label. */
  field: 'Company or name for this call',
  hint: 'This is also the company named in the heading, on the printed sheet and in the email. Leave it empty to call it “Unnamed call”.',
  save: 'Save',
  cancel: 'Cancel',
  /** Storage refused the new name (full or blocked). */
  notSaved: 'We could not save the new name: this browser is not letting Callback save right now.',
  /** The name did not fit the record. */
  invalid: 'We could not save that name. Please try a shorter one.',
} as const;

/** Deleting one call: asking first, then saying what happened. */
export const deleteMessages = {
  delete: 'Delete',
  /** The delete button's full name for a screen reader. `{name}` is the call's name. */
  deleteLabel: 'Delete {name}',
  /** `{name}` is the call's name. Example: `'Delete the call with Acme and its notes?'` */
  ask: 'Delete the call with {name} and its notes?',
  askUnnamed: 'Delete this unnamed call and its notes?',
  confirm: 'Yes, delete it',
  cancel: 'No, keep it',
  /** Example: `'Deleted the call with Acme.'` */
  done: 'Deleted the call with {name}.',
  doneUnnamed: 'Deleted the unnamed call.',
  failed:
    'We could not delete this call: this browser is not letting Callback change what it saved. Nothing was deleted.',
} as const;

/** Bringing back what was just deleted or cleared. */
export const undoMessages = {
  /** The undo button after deleting one call. */
  undoOne: 'Bring it back',
  /** The undo button after clearing everything. */
  undoAll: 'Bring them back',
  done: { one: 'Brought back 1 call.', other: 'Brought back {count} calls.' },
  failed:
    'We could not bring back every call: this browser is not letting Callback save right now.',
} as const;

/** Download, restore and clear: the section at the foot of the page. */
export const dataMessages = {
  heading: 'Keep a copy, move or clear',
  /** After five or more saved calls. */
  reminder: {
    one: 'Your call lives only in this browser. Download a copy now and then, so it is safe if the browser clears its data.',
    other:
      'Your {count} calls live only in this browser. Download a copy now and then, so they are safe if the browser clears its data.',
  },
  backup: 'Download my calls',
  backupHint:
    'Saves one file with every call, its notes and names. The file has no password, so keep it where you keep other private papers.',
  /** `{file}` is the file's name. Example: `'callback-calls-2026-11-29.json'`. */
  downloaded: {
    one: 'Downloaded 1 call as {file}. Your browser usually puts it in your Downloads folder.',
    other:
      'Downloaded {count} calls as {file}. Your browser usually puts it in your Downloads folder.',
  },
  nothingToDownload: 'There are no calls saved here yet, so there is nothing to download.',
  restore: 'Restore from a file',
  restoreHint:
    'Choose a file that “Download my calls” saved. We show what it will add before anything changes, and a call here that is newer than the file’s stays as it is.',
  clearAll: 'Clear all data',
  clearHint: 'Deletes every call and everything else Callback saved in this browser.',
} as const;

/** Clearing everything: asking first, then saying what happened. */
export const clearMessages = {
  /** How much will go. */
  ask: {
    one: 'This deletes 1 call and its notes from this browser. Download a copy first if you may want it.',
    other:
      'This deletes {count} calls and their notes from this browser. Download a copy first if you may want them.',
  },
  askNothing: 'No calls are saved here. This deletes anything else Callback saved in this browser.',
  /** Saved records this release cannot read go too (and come back with undo). */
  askSetAside: {
    one: 'It also deletes 1 saved call this version cannot read.',
    other: 'It also deletes {count} saved calls this version cannot read.',
  },
  confirm: 'Yes, delete everything',
  cancel: 'No, keep my calls',
  done: {
    one: 'Deleted 1 call and its notes from this browser.',
    other: 'Deleted {count} calls and their notes from this browser.',
  },
  doneNothing: 'Cleared everything Callback saved in this browser.',
  failed:
    'We could not clear anything: this browser is not letting Callback change what it saved. Nothing was deleted.',
} as const;

/** Restoring from a backup file: what it holds, asking first, then saying what happened. */
export const restoreMessages = {
  reading: 'Reading the file…',
  /** The file's calls, before anything changes. */
  fileHas: { one: 'This file has 1 call:', other: 'This file has {count} calls:' },
  added: { one: '1 new', other: '{count} new' },
  updated: {
    one: '1 newer than the one here, which it replaces',
    other: '{count} newer than the ones here, which they replace',
  },
  unchanged: { one: '1 already here, unchanged', other: '{count} already here, unchanged' },
  keptNewer: {
    one: '1 call here is newer than the file’s and stays as it is',
    other: '{count} calls here are newer than the file’s and stay as they are',
  },
  /** Above the names of the calls restoring adds or replaces. */
  willRestore: 'It will add or update:',
  /** Above the names of the calls that stay as they are. */
  willKeep: 'These stay as they are, because this device has a newer copy:',
  /** One call in those lists. `{when}` is one of `whenMessages`. Example: `'Acme, last changed on March 3'`. */
  callLine: '{name}, last changed {when}',
  /** After the first names of a long list. */
  more: { one: 'and 1 more', other: 'and {count} more' },
  confirm: 'Restore them',
  cancel: 'Cancel',
  cancelled: 'Nothing was restored, and nothing changed.',
  /** Everything in the file is here already, as new or newer. */
  nothingNew: 'Everything in this file is already here, so nothing was added and nothing changed.',
  done: {
    one: 'Restored 1 call from the file.',
    other: 'Restored {count} calls from the file.',
  },
  failed: {
    one: '1 call could not be saved: this browser is not letting Callback save right now.',
    other: '{count} calls could not be saved: this browser is not letting Callback save right now.',
  },
  unreadable:
    'We could not open this file. Nothing was changed. Please choose it again, or another copy.',
} as const;

/**
 * Why a backup file cannot be restored, in plain words for someone worried about their notes
 * (the reasons come from `readBackup` in src/state/backup.ts).
 */
export const backupMessages = {
  'not-json':
    'This file is not a Callback backup: it could not be read. Nothing was changed. Choose the file that “Download my calls” saved.',
  foreign:
    'This file is not a Callback backup. Nothing was changed. Choose the file that “Download my calls” saved.',
  'newer-version':
    'This backup was made by a newer version of Callback. Nothing was changed. Reload the page to get the latest version, then restore it again.',
  damaged:
    'This backup is damaged and its calls could not be read. Nothing was changed, and the calls already on this device are safe.',
  /** Some calls in the file could not be read; the rest can be restored. */
  leftOut: {
    one: '1 call in this file could not be read and will be left out.',
    other: '{count} calls in this file could not be read and will be left out.',
  },
} as const satisfies Record<BackupError, string> & { leftOut: object };
