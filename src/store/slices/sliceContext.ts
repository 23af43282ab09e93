import type { StoreApi } from 'zustand/vanilla'
import type { Evaluator } from '../evaluator'
import type { StorageLike } from '../storage'
import type { AppState } from '../types'

/** What every slice creator receives: the store's setters and the injected dependencies. */
export interface SliceContext {
  set: StoreApi<AppState>['setState']
  get: () => AppState
  evaluator: Evaluator
  storage: StorageLike | null
  debounceMs: number
  /** Registers cleanup for `dispose()` (timers, late answers). */
  onDispose: (cleanup: () => void) => void
}
