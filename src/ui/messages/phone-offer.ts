/*
 * The words of the offer to keep a number found in pasted text as the call-back number. They
 * load with the paste reader, when someone presses "Suggest answers", not with the first page
 * (src/ui/wizard/phone-offer.tsx). See docs/decisions/005-messages-are-data.md.
 */

/** A number found in pasted text, offered as the call-back number. */
export const phoneOfferMessages = {
  /** Above the numbers found in the text, under the paste box's `foundHeading`. */
  heading: 'A number to call them back',
  /** One number found. Example: `'We found a number: 555 0100. Use it as the call-back number?'`. */
  foundOne: 'We found a number: {number}. Use it as the call-back number?',
  /** Two or three numbers found, each listed with its own button. */
  foundMany: 'We found {count} numbers. Which one should we keep as the call-back number?',
  /** Saves a number found in the text as the call-back number. */
  use: 'Use {number}',
  /** The same, when the call has another number: it says which one it replaces. */
  replace: 'Use {number} instead of {old}',
  /** The call already has this number, so there is nothing to offer. */
  already: '{number} is already saved as the call-back number.',
  /** Said once the number is saved, where the button was. */
  saved:
    'Saved. {number} is now the call-back number. It stays on this device and never goes into the link.',
  /** The same, when this browser will not let Callback save (storage full or blocked). */
  savedForNow:
    '{number} is now the call-back number, for as long as this page stays open: this browser is not letting Callback save it. It never goes into the link.',
} as const;
