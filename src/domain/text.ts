// Characters that can hide or reorder text around them: C0 and C1 controls (NUL, escape…),
// and the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069),
// which can make "evil.exe" read as "exe.live" next to the app's own words.
const HIDDEN = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu;
// A UTF-16 surrogate without its partner: encodeURIComponent and TextEncoder refuse it.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text from outside (a link, storage, a paste) made well-formed: a lone surrogate becomes
 * U+FFFD, as `String.prototype.toWellFormed` does. Example: `wellFormed('a\ud800')` is `'a�'`.
 */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd');
}

/**
 * Text from outside made safe to show inside the app's own sentences: well-formed, and every
 * control or bidirectional formatting character replaced by a space. Line breaks are kept when
 * `multiline` is set (notes). Example: `plainText('a\u202eb')` is `'a b'`.
 */
export function plainText(text: string, { multiline = false } = {}): string {
  const formed = wellFormed(text);
  return formed.replace(HIDDEN, (char) =>
    multiline && (char === '\n' || char === '\t') ? char : ' ',
  );
}
