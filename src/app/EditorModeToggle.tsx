import { selectEditorMode } from '../store/selectors'
import { useAppStore } from '../store/useAppStore'

/** Switches between Monaco and the plain textarea; the choice is remembered in localStorage. */
export function EditorModeToggle() {
  const mode = useAppStore(selectEditorMode)
  const setEditorMode = useAppStore((state) => state.setEditorMode)
  const plain = mode === 'textarea'
  return (
    <button type="button" className="switch" aria-pressed={plain} onClick={() => setEditorMode(plain ? 'monaco' : 'textarea')}>
      <span className="switch__track" aria-hidden="true" />
      Plain text editor
    </button>
  )
}
