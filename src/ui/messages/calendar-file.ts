/*
 * What making a calendar file says, in words. These load with the code that makes the file,
 * only when someone asks for one. See docs/decisions/005-messages-are-data.md.
 */

/** How making a calendar file went. */
export const calendarFileMessages = {
  notMade: 'We could not make the calendar file. Please check the date and time.',
  downloaded: 'Calendar file downloaded. Open it to add the event to your calendar.',
} as const;
