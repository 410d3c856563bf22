import type { Translated } from '../../src/lang/translated.ts';

const english = {
  title: 'Hi {name}',
  steps: ['One', 'Two'],
  count: 3,
  both: '{a} and {b}',
} as const;

/** Takes a translation of `english` only; the type checker says whether it is one. */
const translation = <T extends Translated<typeof english>>(spanish: T) => spanish;

describe('a translation’s type', () => {
  it('takes the same keys, lists of the same length and every gap in any order', () => {
    const spanish = translation({
      title: 'Hola, {name}',
      steps: ['Uno', 'Dos'],
      count: 3,
      both: '{b} y {a}',
    } as const);
    expect(spanish.steps).toHaveLength(english.steps.length);
  });

  it('refuses a missing gap, item or key (checked by npm run typecheck)', () => {
    const steps = ['Uno', 'Dos'] as const;
    const both = '{b} y {a}';
    // @ts-expect-error The gap {name} is missing.
    const noGap = translation({ title: 'Hola', steps, count: 3, both } as const);
    // @ts-expect-error A step is missing.
    const noStep = translation({ title: '{name}', steps: ['Uno'], count: 3, both } as const);
    // @ts-expect-error The key `both` is missing.
    const noKey = translation({ title: '{name}', steps, count: 3 } as const);
    expect([noGap, noStep, noKey]).toHaveLength(3);
  });
});
