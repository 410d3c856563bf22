import { classify, parseAnswers, REASON_IDS } from '../../src/domain/index.ts';
import { allScenarios, visibleScenarios } from '../fixtures/scenarios.ts';

describe('scenarios', () => {
  it('keeps every visible scenario of the shared set', () => {
    expect(visibleScenarios.length).toBeGreaterThanOrEqual(28);
  });

  it.each(allScenarios)('$id: $why', (scenario) => {
    const { answers, problems } = parseAnswers(scenario.query);
    expect(problems).toEqual([]);
    const result = classify(answers);
    const top = result.ranked[0]!;
    for (const id of scenario.top) expect(REASON_IDS).toContain(id);
    expect(scenario.top, `${scenario.why} (got ${top.reason})`).toContain(top.reason);
    if (scenario.confidence === 'low') {
      expect(top.likelihood).toBeLessThan(0.5);
      expect(result.confidence).toBe('low');
    }
  });
});
