import { useEffect } from 'react'
import { clampIndex } from './reportView'
import type { AppState, FixesState } from './types'
import { useAppStore } from './useAppStore'

const NONE: FixesState = { key: null, status: 'idle', value: null, appliedText: null }

/** The key of the fixes the shown verdict needs: the evaluation of the current text and the selected object. */
function selectWantedKey(state: AppState): string | null {
  const { report, forRevision, forVersion } = state.evaluation
  if (!report || report.outOfDate || report.objects.length === 0 || forRevision !== state.document.revision) return null
  return `${forRevision}:${forVersion}:${clampIndex(state.selection.objectIndex, report.objects.length)}`
}

/** The selected object's fixes, asked for from the worker when the verdict they belong to is shown. */
export function useFixes(): FixesState {
  const wanted = useAppStore(selectWantedKey)
  const fixes = useAppStore((state) => state.fixes)
  const loadFixes = useAppStore((state) => state.loadFixes)
  useEffect(() => {
    if (wanted !== null) loadFixes()
  }, [wanted, loadFixes])
  return wanted !== null && fixes.key === wanted ? fixes : NONE
}
