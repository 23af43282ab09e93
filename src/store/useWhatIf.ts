import { useEffect } from 'react'
import { wantedWhatIfKey } from './slices/whatIfSlice'
import { selectSelectedIndex } from './selectors'
import { useAppStore } from './useAppStore'

/** Failed requests for one what-if before useWhatIf stops asking, and the pause per failure (as for fixes). */
const MAX_ATTEMPTS = 4
const RETRY_MS = 200

/**
 * Keeps the switch that is on in step with the shown evaluation: asks again for a new text or
 * version, and turns the switch off when another object is selected (a switch is per object).
 */
export function useWhatIf(): void {
  const wanted = useAppStore(wantedWhatIfKey)
  const on = useAppStore((state) => (state.whatIf.change === null ? null : state.whatIf.objectIndex))
  const selected = useAppStore(selectSelectedIndex)
  const failed = useAppStore((state) => (state.whatIf.failed?.key === wanted ? state.whatIf.failed.attempts : 0))
  const load = useAppStore((state) => state.loadWhatIf)
  const setWhatIf = useAppStore((state) => state.setWhatIf)
  useEffect(() => {
    if (on !== null && selected !== -1 && selected !== on) setWhatIf(null)
  }, [on, selected, setWhatIf])
  useEffect(() => {
    if (wanted === null) return
    if (failed === 0) return load()
    if (failed >= MAX_ATTEMPTS) return
    const timer = setTimeout(load, RETRY_MS * failed)
    return () => clearTimeout(timer)
  }, [wanted, load, failed])
}
