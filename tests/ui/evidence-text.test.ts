import fc from 'fast-check';
import { HIGH_FROM, MEDIUM_FROM } from '../../src/domain/index.ts';
import {
  evidenceText,
  likelihoodLabel,
  strength,
  weightText,
  wholePercents,
} from '../../src/ui/results/evidence-text.ts';

describe('showing likelihoods', () => {
  it('rounds to whole percentages that always add up to 100', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.001, max: 1, noNaN: true }), { minLength: 1, maxLength: 11 }),
        (raw) => {
          const total = raw.reduce((a, b) => a + b, 0);
          const percents = wholePercents(raw.map((r) => r / total));
          expect(percents.reduce((a, b) => a + b, 0)).toBe(100);
          percents.forEach((p, i) => expect(Math.abs(p - (raw[i]! / total) * 100)).toBeLessThan(1));
        },
      ),
    );
  });

  it('calls a meaning "likely" only when it is more likely than not', () => {
    expect(likelihoodLabel(0.49)).toBe('possible');
    expect(likelihoodLabel(0.5)).toBe('likely');
    expect(likelihoodLabel(0.7)).toBe('very likely');
    expect(likelihoodLabel(0.05)).toBe('unlikely');
  });

  it('changes words exactly where confidence changes', () => {
    expect(likelihoodLabel(MEDIUM_FROM - 1e-9)).toBe('possible');
    expect(likelihoodLabel(MEDIUM_FROM)).toBe('likely');
    expect(likelihoodLabel(HIGH_FROM - 1e-9)).toBe('likely');
    expect(likelihoodLabel(HIGH_FROM)).toBe('very likely');
  });
});

describe('showing evidence and weights', () => {
  it.each([
    [2.4, 'strongly'],
    [-2, 'strongly'],
    [1.2, 'clearly'],
    [-0.4, 'somewhat'],
    [0.1, 'slightly'],
  ])('calls a weight of %d "%s"', (weight, words) => {
    expect(strength(weight)).toBe(words);
  });

  it.each([
    [{ question: 'topics', value: 'salary', weight: 2.4 }, 'What they mentioned: Salary or pay'],
    [{ question: 'days', value: '9', weight: -0.1 }, 'Days since the interview: 9 days ago'],
    [{ question: 'days', value: '1', weight: 0.2 }, 'Days since the interview: 1 day ago'],
    [{ question: 'days', value: '0', weight: 0.2 }, 'Days since the interview: Today'],
    [
      { question: 'caller', value: 'agency', weight: 0.2 },
      'Who called: An outside recruiter or agency',
    ],
  ] as const)('words evidence %j as %j', (evidence, words) => {
    expect(evidenceText(evidence)).toBe(words);
  });

  it('words a weight for a band of days as the span of the band', () => {
    expect(weightText({ question: 'days', value: '7-13', weight: -0.1 })).toBe(
      'Days since the interview: 7 to 13 days',
    );
    expect(weightText({ question: 'days', value: '30+', weight: -0.8 })).toBe(
      'Days since the interview: 30 days or more',
    );
    expect(weightText({ question: 'tone', value: 'warm', weight: 0.5 })).toBe(
      'How they sounded: Upbeat and friendly',
    );
  });
});
