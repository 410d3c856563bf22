/**
 * A localStorage in memory that behaves as browsers do at the edges: a quota counted in UTF-16
 * code units of keys and values (about 5 million in Chromium), past which `setItem` throws a
 * DOMException named QuotaExceededError and stores nothing.
 */
export class FakeStorage implements Storage {
  readonly #items = new Map<string, string>();

  constructor(readonly quota = Number.POSITIVE_INFINITY) {}

  get length(): number {
    return this.#items.size;
  }

  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    return this.#items.get(String(key)) ?? null;
  }

  setItem(key: string, value: string): void {
    const used =
      this.#used() - (this.#items.get(key)?.length ?? 0) - (this.#items.has(key) ? key.length : 0);
    if (used + key.length + String(value).length > this.quota) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    this.#items.set(String(key), String(value));
  }

  removeItem(key: string): void {
    this.#items.delete(String(key));
  }

  clear(): void {
    this.#items.clear();
  }

  /** Every key and value, to compare before and after. */
  snapshot(): Record<string, string> {
    return Object.fromEntries(this.#items);
  }

  #used(): number {
    let total = 0;
    for (const [key, value] of this.#items) total += key.length + value.length;
    return total;
  }
}

/** A storage the browser refuses to open (blocked cookies, some private modes). */
export const blocked = (): Storage => {
  throw new DOMException('The operation is insecure.', 'SecurityError');
};

/** A storage that opens but whose every use throws, as a sandboxed frame's can. */
export function brokenStorage(): Storage {
  const fail = () => {
    throw new DOMException('Access is denied for this document.', 'SecurityError');
  };
  return {
    get length(): number {
      return fail();
    },
    key: fail,
    getItem: fail,
    setItem: fail,
    removeItem: fail,
    clear: fail,
  };
}
