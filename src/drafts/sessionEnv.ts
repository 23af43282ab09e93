/** The browser surface the session touches, behind an interface so the session logic runs in Node tests. */
import type { DraftStorage } from './draftStorage'
import type { SessionLike } from './tabIdentity'

/** Address bar, storage and events, as the session uses them. */
export interface SessionEnv {
  /** `location.hash`, with its `#`. */
  getHash(): string
  /** Puts a fragment in the address bar without a history entry (`history.replaceState`). */
  replaceHash(fragment: string): void
  storage: DraftStorage | null
  session: SessionLike | null
  /** Subscribes to a window or document event; returns the unsubscribe function. */
  listen(target: 'window' | 'document', type: string, listener: (event: Event) => void): () => void
  /** Whether the page is being hidden (tab switch, close, reload). */
  isHidden(): boolean
}

// Reading `localStorage` itself throws in sandboxed frames with storage disabled.
function guarded<T>(read: () => T): T | null {
  try {
    return read()
  } catch {
    return null
  }
}

/** The real browser. */
export function browserSessionEnv(): SessionEnv {
  return {
    getHash: () => window.location.hash,
    replaceHash(fragment) {
      const url = new URL(window.location.href)
      url.hash = fragment
      window.history.replaceState(window.history.state, '', url)
    },
    storage: guarded(() => window.localStorage),
    session: guarded(() => window.sessionStorage),
    listen(target, type, listener) {
      const on = target === 'window' ? window : document
      on.addEventListener(type, listener)
      return () => on.removeEventListener(type, listener)
    },
    isHidden: () => document.visibilityState === 'hidden',
  }
}
