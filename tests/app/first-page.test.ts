import { showsPrerenderedPage } from '../../src/app/first-page.ts';
import { createAppStore, type StoreEnv } from '../../src/state/store.ts';

/** A store opened at `query`, with its own storage (shared between calls given the same one). */
function open(query: string, storage: Storage = memoryStorage()) {
  const env: StoreEnv = {
    history: { read: () => query, push: () => undefined, replace: () => undefined },
    storage: () => storage,
    now: () => new Date('2025-01-02T10:00:00Z'),
    newId: () => 'newcall1',
  };
  return createAppStore(env);
}

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('showsPrerenderedPage', () => {
  it.each([
    ['', true],
    ['?fbclid=IwAR2x9', true],
    ['?utm_source=newsletter&zzz=1', true],
    ['?step=caller', true],
    ['?caller=', true],
    ['?step=contact', false],
    ['?caller=recruiter', false],
    ['?caller=zzz', false],
    ['?view=how', false],
    ['?from=check', false],
    ['?done=offer-know-your-number', false],
  ])('for the link %j is %s', (query, expected) => {
    expect(showsPrerenderedPage(open(query).getState())).toBe(expected);
  });

  it('is false when a saved session is offered on the bare link', () => {
    const storage = memoryStorage();
    open('', storage).getState().answerAndContinue('caller', 'recruiter');
    expect(showsPrerenderedPage(open('', storage).getState())).toBe(false);
  });
});
