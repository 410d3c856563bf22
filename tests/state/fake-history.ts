import type { HistoryPort } from '../../src/state/store.ts';

/** One write the store made to the history: a new entry, or the current one rewritten. */
export interface Write {
  mode: 'push' | 'replace';
  query: string;
}

/** A history in memory, as the browser keeps it: a list of entries and the one on screen. */
export interface FakeHistory extends HistoryPort {
  /** Every write since the last `take()`, oldest first. */
  take(): Write[];
  /** The browser's Back button: the previous entry becomes current (then call syncFromHistory). */
  back(): void;
}

/** A fake history opened at `query`. */
export function fakeHistory(query = ''): FakeHistory {
  const entries = [query];
  let index = 0;
  let writes: Write[] = [];
  return {
    read: () => entries[index]!,
    push(next) {
      entries.splice(index + 1, entries.length, next);
      index += 1;
      writes.push({ mode: 'push', query: next });
    },
    replace(next) {
      entries[index] = next;
      writes.push({ mode: 'replace', query: next });
    },
    take() {
      const taken = writes;
      writes = [];
      return taken;
    },
    back() {
      index = Math.max(0, index - 1);
    },
  };
}
