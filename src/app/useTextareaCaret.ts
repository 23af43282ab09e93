import { useEffect, useState, type RefObject } from 'react'
import { positionAt } from '../editor/textPosition'

export interface Caret {
  line: number
  column: number
}

/**
 * Line and column of the caret of the plain textarea inside `host`, for the status line. Native
 * listeners, because the editor moves the caret programmatically on reveal and React's onSelect
 * does not report that. Monaco's own hidden textarea is ignored: its caret is not the model's.
 *
 * Updates wait for the next frame: a re-render in the middle of an `input` event would put the
 * controlled textarea's old value back before React's own listener saw the new one, and the
 * keystroke would be lost.
 */
export function useTextareaCaret(host: RefObject<HTMLElement | null>): Caret | null {
  const [caret, setCaret] = useState<Caret | null>(null)
  useEffect(() => {
    const element = host.current
    if (!element) return
    let frame = 0
    const read = () => {
      frame = 0
      const active = document.activeElement
      if (!(active instanceof HTMLTextAreaElement) || !element.contains(active) || active.closest('.monaco-editor')) {
        return
      }
      const next = positionAt(active.value, active.selectionStart)
      setCaret((current) => (current?.line === next.line && current.column === next.column ? current : next))
    }
    const update = () => {
      frame ||= requestAnimationFrame(read)
    }
    const events = ['keyup', 'mouseup', 'focusin'] as const
    document.addEventListener('selectionchange', update)
    for (const name of events) element.addEventListener(name, update)
    return () => {
      document.removeEventListener('selectionchange', update)
      for (const name of events) element.removeEventListener(name, update)
      cancelAnimationFrame(frame)
    }
  }, [host])
  return caret
}
