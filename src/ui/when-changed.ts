import { pageLocale } from './language.ts';
import { fill, localIsoDate } from '../domain/core.ts';
import { whenMessages } from './messages/when.ts';

/**
 * When something last changed, by the person's own day, to fill `{when}`: `'today at 2:05 PM'`,
 * `'yesterday'`, `'on March 3'` (with the year when it is not this one). The time and date
 * follow the browser's own format; the words come with the page's other messages, so the
 * sentence stays in one language.
 */
export function whenChanged(updatedAt: string, now: Date): string {
  const changed = new Date(updatedAt);
  const day = localIsoDate(changed);
  if (day === localIsoDate(now)) {
    const time = new Intl.DateTimeFormat(pageLocale(), { timeStyle: 'short' }).format(changed);
    return fill(whenMessages.today, { time });
  }
  // By the calendar, not 24 hours back: the day before a change of the clocks is 23 or 25 long.
  const yesterday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1);
  if (day === localIsoDate(yesterday)) return whenMessages.yesterday;
  const thisYear = changed.getFullYear() === now.getFullYear();
  const date = new Intl.DateTimeFormat(pageLocale(), {
    day: 'numeric',
    month: 'long',
    year: thisYear ? undefined : 'numeric',
  }).format(changed);
  return fill(whenMessages.on, { date });
}
