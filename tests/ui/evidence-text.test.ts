import fc from 'fast-check';
import { HIGH_FROM, MEDIUM_FROM } from '../../src/domain/index.ts';
import { likelihoodLabel, wholePercents } from '../../src/ui/results/evidence-text.ts';

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
