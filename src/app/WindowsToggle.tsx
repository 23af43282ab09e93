import { selectSelectedSummary } from '../store/selectors'
import { useAppStore } from '../store/useAppStore'

/** Opens the Windows view for any object; Windows pods show it anyway. */
export function WindowsToggle() {
  const open = useAppStore((state) => state.settings.windowsOpen)
  const automatic = useAppStore((state) => selectSelectedSummary(state)?.targetsWindows ?? false)
  const setWindowsOpen = useAppStore((state) => state.setWindowsOpen)
  return (
    <button
      type="button"
      className="switch"
      aria-pressed={open || automatic}
      aria-describedby={automatic ? 'windows-toggle-note' : undefined}
      disabled={automatic}
      onClick={() => setWindowsOpen(!open)}
    >
      <span className="switch__track" aria-hidden="true" />
      Windows view
      {automatic && (
        <span id="windows-toggle-note" className="visually-hidden">
          (on, because this pod targets Windows)
        </span>
      )}
    </button>
  )
}
