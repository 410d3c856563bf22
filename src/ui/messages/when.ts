/**
 * When something last changed (a call, or the prep the home page offers to continue), by the person's own day; times and dates in the browser's own
 * format. Each fills `{when}` in a sentence.
 */
export const whenMessages = {
  /** Example: `'today at 2:05 PM'`. */
  today: 'today at {time}',
  yesterday: 'yesterday',
  /** Example: `'on March 3'`, or `'on March 3, 2025'` in another year. */
  on: 'on {date}',
} as const;
