import { useEffect, useRef } from 'react'

/** Elements where the arrow keys already mean something (moving a caret, choosing an option, scrolling the results). */
const ARROW_OWNERS =
  'input, textarea, select, [contenteditable="true"], [role="radio"], [role="tab"], [role="listbox"], [role="option"], [role="slider"], .monaco-editor, .results'

/**
 * Step keys for a workshop in the presenter view: PageDown/PageUp move a step from anywhere (a
 * presentation clicker sends exactly those, whatever has the focus), and so do the arrow keys when
 * nothing that uses them has the focus. Outside the presenter view the page keeps its own keys.
 */
export function useStepKeys(presenter: boolean, move: (by: 1 | -1) => void): void {
  const latest = useRef(move)
  useEffect(() => {
    latest.current = move
  })
  useEffect(() => {
    if (!presenter) return
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return
      const target = event.target instanceof Element ? event.target : null
      const inOwner = target?.closest(ARROW_OWNERS) != null
      const page = event.key === 'PageDown' ? 1 : event.key === 'PageUp' ? -1 : 0
      const arrow = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0
      const by = page !== 0 ? page : inOwner ? 0 : arrow
      if (by === 0) return
      event.preventDefault()
      event.stopPropagation()
      latest.current(by)
    }
    // Capture phase: the editor would otherwise take PageDown to scroll itself.
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [presenter])
}
