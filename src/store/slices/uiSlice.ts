import type { UiSlice } from '../types'
import type { SliceContext } from './sliceContext'

export function createUiSlice({ set, get }: SliceContext): UiSlice {
  // A fresh nonce per request lets the editor reveal the same place twice in a row.
  let nonce = 0
  return {
    ui: { reveal: null, notice: null },
    revealAt(line, column) {
      nonce += 1
      set((state) => ({ ui: { ...state.ui, reveal: { line, column, nonce } } }))
    },
    showNotice: (notice) => set((state) => ({ ui: { ...state.ui, notice } })),
    dismissNotice(id) {
      const current = get().ui.notice
      if (!current || (id !== undefined && current.id !== id)) return
      set((state) => ({ ui: { ...state.ui, notice: null } }))
    },
  }
}
