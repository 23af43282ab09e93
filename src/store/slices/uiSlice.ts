import type { UiSlice } from '../types'
import type { SliceContext } from './sliceContext'

export function createUiSlice({ set, get }: SliceContext): UiSlice {
  // A fresh nonce per request lets the editor reveal the same place twice in a row.
  let nonce = 0
  return {
    ui: { reveal: null, notice: null },
    revealAt(line, column, options) {
      nonce += 1
      const reveal = options?.scrollOnly ? { line, column, nonce, scrollOnly: true } : { line, column, nonce }
      set((state) => ({ ui: { ...state.ui, reveal } }))
    },
    showNotice: (notice) => set((state) => ({ ui: { ...state.ui, notice } })),
    dismissNotice(id) {
      const current = get().ui.notice
      if (!current || (id !== undefined && current.id !== id)) return
      set((state) => ({ ui: { ...state.ui, notice: null } }))
    },
  }
}
