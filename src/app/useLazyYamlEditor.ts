import { useCallback, useEffect, useRef, useState, type ComponentType } from 'react'
import type { YamlEditorProps } from '../editor/types'

type EditorComponent = ComponentType<YamlEditorProps>

/**
 * How long after the page's `load` event Monaco starts loading on its own, if nothing asked for it
 * sooner. Monaco is over 900 KB gzip of script: parsing and running it blocks the main thread for a
 * while, so it waits until the page is painted, the first verdict is shown and the browser is idle.
 */
const MONACO_IDLE_DELAY_MS = 5000

/**
 * The Monaco editor, loaded on demand. `Editor` is null until its chunk has loaded (show the
 * textarea meanwhile). Loading starts when `request()` is called (the user reaches for the editor)
 * or on its own once the page has loaded and the browser is idle; never while `enabled` is false.
 * Switching `enabled` on later (the user chose Monaco) loads at once. If the chunk fails to load,
 * `Editor` stays null and `onFail` is told; `retry` tries the import again.
 */
export function useLazyYamlEditor(
  onFail: (error: unknown) => void,
  enabled: boolean,
): { Editor: EditorComponent | null; request: () => void; retry: () => void } {
  const [Editor, setEditor] = useState<EditorComponent | null>(null)
  const [requested, setRequested] = useState(false)
  const [attempt, setAttempt] = useState(0)
  const onFailRef = useRef(onFail)
  useEffect(() => {
    onFailRef.current = onFail
  }, [onFail])

  const request = useCallback(() => setRequested(true), [])
  const retry = useCallback(() => {
    setEditor(null)
    setRequested(true)
    setAttempt((count) => count + 1)
  }, [])

  // Turning Monaco on after start-up is the user asking for it: load now, not at the next idle moment.
  const wasEnabled = useRef(enabled)
  useEffect(() => {
    if (enabled && !wasEnabled.current) setRequested(true)
    wasEnabled.current = enabled
  }, [enabled])

  // Until asked, wait for the page to load and settle, then for an idle moment.
  useEffect(() => {
    if (!enabled || requested) return
    return whenPageIdle(MONACO_IDLE_DELAY_MS, request)
  }, [enabled, requested, request])

  useEffect(() => {
    if (!enabled || !requested) return
    let current = true
    import('../editor/YamlEditor').then(
      (module) => {
        if (current) setEditor(() => module.default)
      },
      (error: unknown) => {
        if (!current) return
        onFailRef.current(error)
      },
    )
    return () => {
      current = false
    }
  }, [enabled, requested, attempt])

  return { Editor, request, retry }
}

/** Calls `run` once the page has loaded, `delayMs` have passed and the browser is idle; returns a cancel function. */
function whenPageIdle(delayMs: number, run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  let idle: number | undefined
  const afterLoad = () => {
    timer = setTimeout(() => {
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(run, { timeout: 2000 })
      else run()
    }, delayMs)
  }
  if (document.readyState === 'complete') afterLoad()
  else window.addEventListener('load', afterLoad, { once: true })
  return () => {
    window.removeEventListener('load', afterLoad)
    if (timer !== undefined) clearTimeout(timer)
    if (idle !== undefined) cancelIdleCallback(idle)
  }
}
