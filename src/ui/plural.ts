import { pageLanguage } from './language.ts';

/** A message with a form for one and a form for other counts. */
export interface PluralMessage {
  /** Example: `'We suggest {days} day from today.'` */
  one: string;
  /** Example: `'We suggest {days} days from today.'` */
  other: string;
}

// Made on first use: the first Intl object a page makes loads the browser's locale data,
// which costs a slow phone tens of milliseconds that the first paint should not wait for.
let plurals: Intl.PluralRules | undefined;

/**
 * The form of a message for a count, by the page's language's plural rules
 * (English and Spanish both say `one` for 1 only).
 * Example: `plural(1, message)` is `message.one`, `plural(3, message)` is `message.other`.
 */
export function plural<M extends PluralMessage>(count: number, message: M): M['one'] | M['other'] {
  plurals ??= new Intl.PluralRules(pageLanguage);
  return plurals.select(count) === 'one' ? message.one : message.other;
}
