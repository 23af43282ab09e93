import { clampIndex } from '../workers/protocol/reportView'
import type { AppState, FixesState } from './types'
import { useAppStore } from './useAppStore'
import { failuresFor, useBoundedRetry } from './useBoundedRetry'

const NONE: FixesState = { key: null, status: 'idle', value: null, appliedText: null }

/**
 * Up to this much text, fixes are worked out as soon as a verdict shows. Past it, only when asked:
 * the worker reads the whole stream to find the object's document (about a second per MB), and an
 * edit's evaluation would wait behind that.
 */
const EAGER_FIX_CHARS = 256 * 1024

/** The key of the fixes the shown verdict needs: the evaluation of the current text and the selected object. */
function selectWantedKey(state: AppState): string | null {
  const { report, forRevision, forVersion } = state.evaluation
  if (!report || report.outOfDate || report.objects.length === 0 || forRevision !== state.document.revision) return null
  return `${forRevision}:${forVersion}:${clampIndex(state.selection.objectIndex, report.objects.length)}`
}

/** The selected object's fixes for the shown verdict (asked for at once for a small text), and `load` to ask for them. */
export function useFixes(): FixesState & { load: () => void } {
  const wanted = useAppStore(selectWantedKey)
  const small = useAppStore((state) => state.document.text.length <= EAGER_FIX_CHARS)
  const fixes = useAppStore((state) => state.fixes)
  const load = useAppStore((state) => state.loadFixes)
  // A request the worker dropped is asked again after a pause, a few times at most.
  useBoundedRetry(wanted, failuresFor(fixes.failed, wanted), load, small)
  return { ...(wanted !== null && fixes.key === wanted ? fixes : NONE), load }
}
