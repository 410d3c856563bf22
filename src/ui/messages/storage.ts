/*
 * What the page says about saving on this device. Needed only when saving fails or a saved
 * call cannot be read, so these words load then, never with the first page. See
 * docs/decisions/005-messages-are-data.md.
 */
import type { StorageNotice } from '../../state/store.ts';

/**
 * What happened to saving on this device. Answers and ticks are in the link; notes and the
 * call's details (names, company, number) never are, so each message says which survive when
 * this device cannot keep them, and none promises more than the link holds.
 */
export const storageMessages = {
  unavailable:
    'This browser is not letting Callback save anything on this device. Your answers and ticks are in the link: bookmark the page to come back to them. Your notes and the call’s details (names, company, number) are never in the link, so they will be gone when you close or reload this page.',
  full: 'This device’s storage is full, so Callback cannot save your changes here. Your answers and ticks are in the link: bookmark the page to come back to them. Your notes and the call’s details are never in the link, so changes to them will be gone when you close or reload this page.',
  'set-aside':
    'Some calls saved on this device could not be read, perhaps because a newer version of Callback saved them. We have left them exactly as they are, so a newer version may be able to open them. Everything else works as usual.',
  'deleted-elsewhere':
    'This call was just deleted in another tab. It is still on this page: change anything here and it is saved again, or start a new call.',
} as const satisfies Record<StorageNotice, string>;
