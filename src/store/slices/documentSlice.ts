import type { DocumentSlice } from '../types'
import type { SliceContext } from './sliceContext'

export function createDocumentSlice({ set, get }: SliceContext, initialText: string): DocumentSlice {
  return {
    document: { text: initialText, revision: 0 },
    setText(text) {
      // Monaco echoes programmatic updates back through onChange; an unchanged text must not cost an evaluation.
      if (text === get().document.text) return
      set((state) => ({ document: { text, revision: state.document.revision + 1 } }))
      get().requestEvaluation()
    },
  }
}
