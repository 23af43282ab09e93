/** Replacing a textarea's text in a way its own undo (Ctrl+Z) can take back, as a typed change would be. */
import { minimalEdit } from './minimalEdit'

/**
 * Turns the textarea's text into `value` with one browser edit command, which enters the native
 * undo stack; assigning `.value` would wipe that stack. Focuses the textarea (the command needs
 * it). Returns false when the browser did not apply it, so the caller can assign the value.
 */
export function replaceUndoably(textarea: HTMLTextAreaElement, value: string): boolean {
  const edit = minimalEdit(textarea.value, value)
  if (!edit) return true
  textarea.focus()
  textarea.setSelectionRange(edit.start, edit.end)
  // execCommand is the only way to reach the undo stack from script; nothing replaces it yet.
  const done = edit.text === '' ? document.execCommand('delete') : document.execCommand('insertText', false, edit.text)
  return done && textarea.value === value
}
