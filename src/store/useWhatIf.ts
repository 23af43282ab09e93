import { useEffect } from 'react'
import { wantedWhatIfKey } from './slices/whatIfSlice'
import { selectSelectedIndex } from './selectors'
import { useAppStore } from './useAppStore'
import { failuresFor, useBoundedRetry } from './useBoundedRetry'

/**
 * Keeps the switch that is on in step with the shown evaluation: asks again for a new text or
 * version, and turns the switch off when another object is selected (a switch is per object).
 */
export function useWhatIf(): void {
  const wanted = useAppStore(wantedWhatIfKey)
  const on = useAppStore((state) => (state.whatIf.change === null ? null : state.whatIf.objectIndex))
  const selected = useAppStore(selectSelectedIndex)
  const failures = useAppStore((state) => failuresFor(state.whatIf.failed, wanted))
  const load = useAppStore((state) => state.loadWhatIf)
  const setWhatIf = useAppStore((state) => state.setWhatIf)
  useEffect(() => {
    if (on !== null && selected !== -1 && selected !== on) setWhatIf(null)
  }, [on, selected, setWhatIf])
  useBoundedRetry(wanted, failures, load)
}
