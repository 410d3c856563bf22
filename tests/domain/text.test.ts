import fc from 'fast-check';
import { plainText, wellFormed } from '../../src/domain/text.ts';

/** Whether a string holds a control or bidirectional formatting character. */
const hidden = (text: string) => /[\p{Cc}\u202a-\u202e\u2066-\u2069]/u.test(text);

describe('wellFormed', () => {
  it.each([
    ['a lone high surrogate at the end', 'a\ud800', 'a\ufffd'],
    ['a lone low surrogate at the start', '\udc00b', '\ufffdb'],
    ['two high surrogates in a row', '\ud800\ud800\ude00', '\ufffd\ud800\ude00'],
  ])('replaces %s with U+FFFD', (_name, text, expected) => {
    expect(wellFormed(text)).toBe(expected);
    expect(() => encodeURIComponent(wellFormed(text))).not.toThrow();
  });

  it('keeps whole pairs, such as an emoji, and every other text as it was', () => {
    expect(wellFormed('Dana 👋')).toBe('Dana 👋');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(wellFormed(text)).toBe(text);
      }),
    );
  });

  it('makes any string encodable, at the same length', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const formed = wellFormed(text);
        expect(formed).toHaveLength(text.length);
        expect(() => encodeURIComponent(formed)).not.toThrow();
      }),
    );
  });
});

describe('plainText', () => {
  it('turns a right-to-left override into a space, so "exe.live" cannot pass for "evil.exe"', () => {
    expect(plainText('evil\u202eexe.live')).toBe('evil exe.live');
  });

  it.each([
    ['NUL', 'a\u0000b'],
    ['escape', 'a\u001bb'],
    ['a C1 control', 'a\u0085b'],
    ['a left-to-right embedding', 'a\u202ab'],
    ['a first-strong isolate', 'a\u2068b'],
    ['a pop directional isolate', 'a\u2069b'],
  ])('turns %s into a space', (_name, text) => {
    expect(plainText(text)).toBe('a b');
  });

  it('keeps line breaks and tabs only when asked to', () => {
    expect(plainText('one\ntwo\tthree')).toBe('one two three');
    expect(plainText('one\ntwo\tthree', { multiline: true })).toBe('one\ntwo\tthree');
    expect(plainText('one\r\ntwo', { multiline: true })).toBe('one \ntwo');
  });

  it('leaves nothing hidden and nothing malformed, whatever it is given', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.boolean(), (text, multiline) => {
        const plain = plainText(text, { multiline });
        expect(plain).toHaveLength(text.length);
        // With `multiline`, line breaks and tabs are the only controls left.
        expect(hidden(multiline ? plain.replace(/[\n\t]/g, '') : plain)).toBe(false);
        expect(() => encodeURIComponent(plain)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps ordinary words, accents and emoji exactly', () => {
    expect(plainText('Résumé for Zoë, 3 days 👍')).toBe('Résumé for Zoë, 3 days 👍');
  });
});
