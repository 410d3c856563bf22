import {
  MAX_NAME,
  REPLY_PLACEHOLDERS,
  replyPlaceholderPattern,
  type ReplyPlaceholder,
} from './codes.ts';
import type { Reply } from './schema.ts';
import { replyFallbacks } from './reply-words.ts';

/** The names the person typed, any of them missing or blank. Example: `{ theirName: 'Dana' }`. */
export type ReplyNames = Partial<Record<ReplyPlaceholder, string>>;

/** A reply ready to copy or to open in an email app. */
export interface FilledReply {
  /** Example: `'Thank you: offer for Data Analyst at Acme'`. */
  subject: string;
  /** The paragraphs, a blank line between each. */
  body: string;
}

// Control characters (tabs, line breaks, NUL…) and bidi overrides can reorder or hide text in
// an email app. Braces go too, so a filled reply never shows text that looks like an unfilled
// placeholder.
const UNWANTED = /[\p{Cc}\u202a-\u202e\u2066-\u2069{}]/gu;

/** A typed name made safe to use: one line, trimmed, at most `MAX_NAME` characters. */
function cleanName(value: unknown): string {
  if (typeof value !== 'string') return '';
  const oneLine = value.replace(UNWANTED, ' ').replace(/\s+/g, ' ').trim();
  // Cut by code point, not UTF-16 unit, so an emoji or a rare letter is never split in half.
  return Array.from(oneLine).slice(0, MAX_NAME).join('').trim();
}

/** One template with the names put in, each line trimmed and blank trailing lines dropped. */
function fillText(template: string, names: Record<ReplyPlaceholder, string>): string {
  const lines = template
    .replace(replyPlaceholderPattern, (_match, key: ReplyPlaceholder) => names[key])
    .split('\n')
    .map((line) => line.trim());
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n');
}

/**
 * A reply template with the typed names filled in, as plain text; never throws. A name left
 * blank takes its stand-in from `fallbacks`, the page language's by default.
 * Example: `fillReply(offer.reply, { theirName: 'Dana' }).body` starts `'Hi Dana,'`.
 */
export function fillReply(
  reply: Reply,
  names: ReplyNames = {},
  fallbacks: Readonly<Record<ReplyPlaceholder, string>> = replyFallbacks,
): FilledReply {
  const filled = {} as Record<ReplyPlaceholder, string>;
  for (const key of REPLY_PLACEHOLDERS) {
    filled[key] = cleanName(names?.[key]) || fallbacks[key];
  }
  return {
    subject: fillText(reply.subject, filled),
    body: reply.body
      .map((paragraph) => fillText(paragraph, filled))
      .filter((paragraph) => paragraph !== '')
      .join('\n\n'),
  };
}
