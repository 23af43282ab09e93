/**
 * Decides whether a `value` prop that differs from the editor's text is new content from outside
 * (load an example, open a link) or a late echo of text the editor itself emitted through
 * `onChange`. Echoes must be ignored: replacing the text with one would drop the keystrokes typed
 * since, and jump the cursor.
 */
export interface ValueSync {
  /** Records text passed to `onChange`. */
  noteEmitted(text: string): void
  /**
   * True if `incoming` should replace the editor's text, which `readCurrent` returns. An echo is
   * recognised first, so the common case never reads a multi-MB text out of the editor.
   */
  shouldApply(incoming: string, readCurrent: () => string): boolean
}

/** `limit` bounds memory if the app never echoes values back at all. */
export function createValueSync(limit = 50): ValueSync {
  let pending: string[] = []
  return {
    noteEmitted(text) {
      pending.push(text)
      if (pending.length > limit) pending = pending.slice(-limit)
    },
    shouldApply(incoming, readCurrent) {
      const echoAt = pending.lastIndexOf(incoming)
      if (echoAt >= 0) {
        // The app is catching up; everything emitted before this echo has been seen too.
        pending = pending.slice(echoAt + 1)
        return false
      }
      pending = []
      return incoming !== readCurrent()
    },
  }
}
