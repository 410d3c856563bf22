import { CALLERS, CONTACTS, MAX_DAYS, ROUNDS, TONES, TOPICS } from '../../src/domain/schema.ts';
import { spanishBlindMessages, spanishBlindToday } from '../fixtures/suggest-quality.ts';

// Checks the blind Spanish table itself, never the reader's scores on it: those are only
// printed by `npm run suggest-quality`, so that nobody tunes the reader to this table.
describe('the blind Spanish table (messages-es-blind.json)', () => {
  const messages = spanishBlindMessages;

  it('holds at least 60 messages with unique ids and a Thursday for its today', () => {
    expect(messages.length).toBeGreaterThanOrEqual(60);
    expect(new Set(messages.map((m) => m.id)).size).toBe(messages.length);
    expect(new Date(`${spanishBlindToday}T12:00:00Z`).getUTCDay()).toBe(4);
  });

  it('labels every message with valid ids, topics sorted and "nothing" alone', () => {
    for (const m of messages) {
      expect(m.text.trim().length, m.id).toBeGreaterThan(20);
      expect(m.topics, m.id).toEqual([...m.topics].sort());
      expect(new Set(m.topics).size, m.id).toBe(m.topics.length);
      for (const topic of m.topics) expect(TOPICS, m.id).toContain(topic);
      if (m.topics.includes('nothing')) expect(m.topics, m.id).toEqual(['nothing']);
      if (m.tone !== undefined) expect(TONES, m.id).toContain(m.tone);
      // Every fact is labelled on every message: a value, or null where the text is not plain.
      expect([...CALLERS, null], m.id).toContain(m.caller);
      expect([...CONTACTS, null], m.id).toContain(m.contact);
      expect([...ROUNDS, null], m.id).toContain(m.round);
      if (m.days !== null) {
        expect(Number.isInteger(m.days), m.id).toBe(true);
        expect(m.days, m.id).toBeGreaterThanOrEqual(0);
        expect(m.days, m.id).toBeLessThanOrEqual(MAX_DAYS);
      }
    }
  });

  it('mentions every topic at least twice, and leaves some facts unlabelled', () => {
    for (const topic of TOPICS) {
      const count = messages.filter((m) => m.topics.includes(topic)).length;
      expect(count, topic).toBeGreaterThanOrEqual(2);
    }
    for (const fact of ['caller', 'round', 'days'] as const) {
      expect(
        messages.some((m) => m[fact] === null),
        fact,
      ).toBe(true);
      expect(
        messages.some((m) => m[fact] !== null),
        fact,
      ).toBe(true);
    }
  });
});
