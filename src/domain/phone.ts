/**
 * Phone numbers as people type and paste them: a `tel:` link for a typed call-back number, and
 * the numbers found in a pasted voicemail transcript or email. Pure: no DOM, no locale data.
 */

/** The most digits a phone number has (ITU-T E.164). */
const MAX_DIGITS = 15;
/** The fewest digits `findPhoneNumbers` takes for a number: fewer are prices, times and codes. */
const MIN_FOUND_DIGITS = 7;
/** The most digits of an extension. */
const MAX_EXTENSION = 6;

/** "ext. 12", "extension 12", "x 12", "#12" at the end of a number; the digits in group 1. */
const EXTENSION = /(?:(?:extension|ext)[.:]?|x|#)\s*(\d+)\s*$/i;
/** What may sit between the digits of a typed number: spaces, dashes, dots, slashes, brackets. */
const TYPED = /^\+?[\d\s\-‐‑‒–—.()/]*$/;

/**
 * A `tel:` link (RFC 3966) for a typed number: its digits, a leading `+` if it had one, and its
 * extension as `;ext=`. `null` when it has fewer than 3 digits, more than 15, or anything but
 * digits, separators and an extension marker (letters, a `+` inside it).
 * Example: `telHref('+1 (555) 010-0200 ext. 12')` is `'tel:+15550100200;ext=12'`.
 */
export function telHref(typed: string): string | null {
  let text = typed.trim();
  let extension = '';
  const ext = EXTENSION.exec(text);
  if (ext) {
    extension = ext[1] ?? '';
    text = text.slice(0, ext.index).trim();
    if (extension.length > MAX_EXTENSION) return null;
  }
  if (!TYPED.test(text)) return null;
  const digits = text.replace(/\D/g, '');
  if (digits.length < 3 || digits.length > MAX_DIGITS) return null;
  // A number without `+` is local. RFC 3966 asks local numbers for a `phone-context`, which
  // only the person knows; every phone dials the digits as typed, so they go as they are.
  const number = `${text.startsWith('+') ? '+' : ''}${digits}`;
  return `tel:${number}${extension ? `;ext=${extension}` : ''}`;
}

/** A space inside a number: never a line break, which ends it. */
const SPACE = '[ \\t\\u00a0]';
/**
 * Between two groups of digits: a dash or dot with spaces around it, spaces alone, or nothing
 * next to a bracket ("(212)555"). Every choice either takes a character or sits at a bracket,
 * so a run of digits is never split two ways and the scan stays linear.
 */
const SEPARATOR = `(?:${SPACE}*[-.]${SPACE}*|${SPACE}+|(?<=\\))|(?=\\())`;
/** A group of digits, or an area code in brackets. */
const GROUP = '(?:\\(\\d{1,5}\\)|\\d+)';
/**
 * A number as written in running text, with its extension. It may not start inside a word, a
 * figure ("1.5", "120,000", "10:30", "3/4") or an amount ("$", "£", "€"), nor end in one; a
 * `+` may follow a colon ("Mobile:+1 555…").
 */
const CANDIDATE = new RegExp(
  `(?:(?<![\\p{L}\\p{N}_+])(\\+${SPACE}?)|(?<![\\p{L}\\p{N}_:/.,$£€¥+-]))` +
    `(${GROUP}(?:${SEPARATOR}${GROUP})*)` +
    `(?:${SPACE}*(?:(?:extension|ext)[.:]?|x|#)${SPACE}*(\\d{1,${String(MAX_EXTENSION)}}))?` +
    `(?![\\p{L}\\p{N}_:/%])`,
  'giu',
);

/** Words just before a number that say it is no phone number: a reference, an account, a postcode. */
const NOT_A_PHONE_BEFORE =
  /(?:\b(?:zip|post ?code|postal|ref|reference|order|invoice|account|acct|id|case|ticket|iban|sort code|salary|pay|budget)\b|[$£€¥])[^\d\n]{0,15}$/i;
/** What right after a number says it is an amount: "120000 USD", "95000 a year", "5000 per month". */
const AMOUNT_AFTER =
  /^[ \t\u00a0]*(?:[€£$¥]|(?:usd|eur|gbp|dollars?|euros?|pounds?|per|a year|a month|pa|p\.a\.|yearly|annually)\b)/i;
/** A year as people write one: 1900 to 2099. */
const YEAR = /^(?:19|20)\d\d$/;

/** Whether these groups of digits read as a date: 2026-11-28, 28.11.2026, 11 28 2026. */
function isDate(groups: string[]): boolean {
  if (groups.length !== 3) return false;
  const [a, b, c] = groups as [string, string, string];
  const dayOrMonth = (g: string) => g.length <= 2 && Number(g) >= 1 && Number(g) <= 31;
  if (YEAR.test(a)) return dayOrMonth(b) && dayOrMonth(c);
  return dayOrMonth(a) && dayOrMonth(b) && (YEAR.test(c) || c.length === 2);
}

/**
 * Whether a number found in text is something else: a date, a span of years, a range of
 * figures, a round figure, a time span, a ZIP+4 or Brazilian postcode. `written` is the number
 * without its extension; `plus` whether it started with `+`.
 */
function isSomethingElse(written: string, plus: boolean): boolean {
  const groups = written.match(/\d+/g) ?? [];
  const digits = groups.join('');
  if (digits.length < MIN_FOUND_DIGITS || digits.length > MAX_DIGITS) return true;
  // One unbroken run of 7 digits is more often an order or an amount than a number to call.
  if (groups.length === 1 && !plus && digits.length < 8) return true;
  if (plus) return false;
  if (isDate(groups)) return true;
  if (groups.length >= 2 && groups.every((g) => YEAR.test(g))) return true;
  const dashed = /\d[ \t\u00a0]*-[ \t\u00a0]*\d/.test(written);
  if (groups.length === 2 && dashed) {
    const [a, b] = groups as [string, string];
    // 90000-110000: a salary range. 10001-1234: a ZIP+4 code. 01310-100: a Brazilian CEP.
    if (a.length >= 5 && b.length >= 5 && !a.startsWith('0') && !b.startsWith('0')) return true;
    if (a.length === 5 && (b.length === 4 || b.length === 3)) return true;
  }
  // 1 200 000 or 1.200.000: a round figure in groups of thousands.
  const [first, ...rest] = groups;
  if (first && first.length <= 3 && rest.length > 0 && rest.every((g) => g.length === 3)) {
    if (rest.at(-1) === '000') return true;
  }
  // 1.2.3.4567: a version or a section number; phones written with dots group 2 digits or more.
  if (/^[\d.]+$/.test(written) && groups.slice(1).some((g) => g.length < 2)) return true;
  // 9.30 - 10.30: a span of time.
  if (/^\d{1,2}\.\d\d[ \t\u00a0]*-[ \t\u00a0]*\d{1,2}\.\d\d$/.test(written)) return true;
  return false;
}

/**
 * The phone numbers in a pasted text (a voicemail transcript, an email), as written there,
 * each once, in the order they appear; dates, times, years, amounts, salary ranges, postcodes
 * and reference numbers are left out. Never throws.
 * Example: `findPhoneNumbers('Call me back at 555-010-0200 before 5')` is `['555-010-0200']`.
 */
export function findPhoneNumbers(text: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  for (const match of text.matchAll(CANDIDATE)) {
    const [whole, plus, number = '', extension] = match;
    const start = match.index;
    const before = text.slice(Math.max(0, start - 30), start);
    const after = text.slice(start + whole.length, start + whole.length + 20);
    if (NOT_A_PHONE_BEFORE.test(before) || AMOUNT_AFTER.test(after)) continue;
    if (isSomethingElse(number, plus !== undefined)) continue;
    const key = `${plus ? '+' : ''}${number.replace(/\D/g, '')};${extension ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push(whole.trim());
  }
  return found;
}
