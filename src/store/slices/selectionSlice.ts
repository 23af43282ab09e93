import type { SelectionSlice } from '../types'
import type { SliceContext } from './sliceContext'

export function createSelectionSlice({ set, get }: SliceContext, objectIndex: number): SelectionSlice {
  return {
    selection: { objectIndex },
    selectObject(index) {
      set({ selection: { objectIndex: Math.max(0, Math.trunc(index)) } })
      get().loadSelectedDetail()
    },
  }
}
