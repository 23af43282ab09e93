/** The few preferences kept in localStorage; every access is guarded because storage can throw (private mode, quota). */
import type { EditorMode } from './types'

/** The part of `Storage` the store uses, so tests can pass a Map-backed fake. */
export interface StorageLike {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
}

const EDITOR_MODE_KEY = 'security-context-playground.editorMode'

export function readEditorMode(storage: StorageLike | null): EditorMode | null {
  try {
    const value = storage?.getItem(EDITOR_MODE_KEY)
    return value === 'monaco' || value === 'textarea' ? value : null
  } catch {
    return null
  }
}

export function writeEditorMode(storage: StorageLike | null, mode: EditorMode): void {
  try {
    storage?.setItem(EDITOR_MODE_KEY, mode)
  } catch {
    // A preference that cannot be saved only costs the user one click next time.
  }
}
