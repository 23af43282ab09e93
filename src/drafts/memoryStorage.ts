/** An in-memory Storage for tests and for browsers where localStorage is unavailable. */
import type { DraftStorage } from './draftStorage'

/** A Map-backed Storage; `failWrites` makes setItem throw like a full quota. */
export function createMemoryStorage(options: { failWrites?: boolean } = {}): DraftStorage & { failWrites: boolean } {
  const items = new Map<string, string>()
  return {
    failWrites: options.failWrites ?? false,
    get length() {
      return items.size
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem(key, value) {
      if (this.failWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      items.set(key, String(value))
    },
    removeItem: (key) => void items.delete(key),
  }
}
