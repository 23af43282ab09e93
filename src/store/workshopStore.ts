/**
 * What the audience is working on: a playlist step, or a gallery lesson. Kept in its own small store
 * rather than a slice of the app store: no panel reads it, and the feature stays removable whole.
 */
import { createStore, type StoreApi } from 'zustand/vanilla'
import type { WorkshopPosition } from '@secctx/link'

/** The workshop store's state and actions. */
export interface WorkshopState {
  position: WorkshopPosition | null
  /** Opens a playlist step, or closes the workshop with null. */
  setPosition: (position: WorkshopPosition | null) => void
  /** The gallery example whose lesson is shown, if any. */
  lessonId: string | null
  setLesson: (id: string | null) => void
}

/** A vanilla zustand store of the workshop state. */
export type WorkshopStore = StoreApi<WorkshopState>

/** A fresh workshop store; the app makes one per page, tests one per test. */
export function createWorkshopStore(position: WorkshopPosition | null = null): WorkshopStore {
  return createStore<WorkshopState>()((set, get) => ({
    position,
    setPosition(next) {
      const current = get().position
      if (current?.playlist === next?.playlist && current?.step === next?.step) return
      set({ position: next })
    },
    lessonId: null,
    setLesson: (lessonId) => set({ lessonId }),
  }))
}
