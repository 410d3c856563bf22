import { TOPICS } from '../../src/domain/schema.ts';
import { messages, scoreSuggestions, summary } from '../fixtures/suggest-quality.ts';

describe('suggestAnswers on the table of realistic messages', () => {
  const quality = scoreSuggestions();

  it('has a well-formed table', () => {
    expect(messages.length).toBeGreaterThanOrEqual(45);
    expect(new Set(messages.map((m) => m.id)).size).toBe(messages.length);
    expect(messages.filter((m) => m.tone).length).toBeGreaterThanOrEqual(8);
    expect(messages.filter((m) => m.caller).length).toBeGreaterThanOrEqual(8);
    for (const m of messages) {
      // Only a missed call, or a notice with nothing in it, mentions no topic.
      if (m.topics.length === 0) expect(m.contact, m.id).toBeDefined();
      expect(m.topics, m.id).toEqual([...m.topics].sort());
      for (const topic of m.topics) expect(TOPICS, m.id).toContain(topic);
      if (m.topics.includes('nothing')) expect(m.topics, m.id).toEqual(['nothing']);
    }
  });

  it('finds the topics people mention, and few they do not', () => {
    console.log(`suggest quality: ${summary(quality)}`);
    expect(quality.precision).toBeGreaterThanOrEqual(0.9);
    expect(quality.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('reads tone and caller where they are plain', () => {
    expect(quality.toneAccuracy).toBeGreaterThanOrEqual(0.85);
    expect(quality.callerAccuracy).toBeGreaterThanOrEqual(0.85);
  });

  it('never suggests the opposite tone', () => {
    expect(quality.oppositeTones).toEqual([]);
  });
});
