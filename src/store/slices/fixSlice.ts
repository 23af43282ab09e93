import { applyEdits } from '@secctx/engine'
import { clampIndex } from '../../workers/protocol/reportView'
import type { FixSlice } from '../types'
import { failedAgain } from '../useBoundedRetry'
import type { SliceContext } from './sliceContext'

/**
 * Fixes of the selected object, computed where the full report lives (the worker) on request, since
 * each fix is verified by evaluating the patched text; and applying one to the text.
 */
export function createFixSlice({ set, get, evaluator, onDispose }: SliceContext): FixSlice {
  let disposed = false
  onDispose(() => (disposed = true))

  /** The evaluation and object the fixes would be for, or null when there is nothing to fix. */
  const wanted = () => {
    const { report, forRevision, forVersion } = get().evaluation
    if (!report || report.outOfDate || report.objects.length === 0 || forRevision === null || forVersion === null) return null
    if (forRevision !== get().document.revision) return null
    const index = clampIndex(get().selection.objectIndex, report.objects.length)
    return { revision: forRevision, version: forVersion, index, key: `${forRevision}:${forVersion}:${index}` }
  }

  return {
    fixes: { key: null, status: 'idle', value: null, appliedText: null },
    loadFixes() {
      const request = wanted()
      if (disposed || !request || !evaluator.fixes || get().fixes.key === request.key) return
      set((state) => ({ fixes: { ...state.fixes, key: request.key, status: 'loading', value: null } }))
      evaluator.fixes(request).then(
        (value) => {
          if (!disposed && get().fixes.key === request.key) set((state) => ({ fixes: { ...state.fixes, status: 'done', value } }))
        },
        () => {
          // The worker no longer holds that evaluation (a newer one, or a restart that cancelled a slow
          // request under load): useFixes asks again, a bounded number of times.
          if (disposed || get().fixes.key !== request.key) return
          set((state) => ({ fixes: { ...state.fixes, key: null, status: 'error', value: null, failed: failedAgain(state.fixes.failed, request.key) } }))
        },
      )
    },
    applyFix(edits) {
      const request = wanted()
      // Edits are offsets into the text they were computed for; any other text would be garbled.
      if (!request || get().fixes.key !== request.key) return
      const text = applyEdits(get().document.text, edits)
      set((state) => ({ fixes: { ...state.fixes, appliedText: text } }))
      get().setText(text)
    },
  }
}
