/**
 * "Escape, then Tab" leaves a Monaco editor (see EDITOR_KEYBOARD_HELP). Escape arms Monaco's
 * tab-focus mode for this editor only; the next Tab or Shift+Tab then moves focus through the
 * browser's own tab order, and any other key disarms it again.
 */

/** The slice of `IStandaloneCodeEditor` this needs, so it can be tested without Monaco. */
export interface EscapableEditor {
  getContainerDomNode(): HTMLElement
  updateOptions(options: { tabFocusMode: boolean }): void
  onDidBlurEditorWidget(listener: () => void): { dispose(): void }
}

const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'CapsLock'])

export function installEscapeThenTab(editor: EscapableEditor, onArmedChange?: (armed: boolean) => void): { dispose(): void } {
  const container = editor.getContainerDomNode()
  let armed = false
  const setArmed = (next: boolean) => {
    if (armed === next) return
    armed = next
    editor.updateOptions({ tabFocusMode: next })
    onArmedChange?.(next)
  }
  // Registered after Monaco's own keydown listener on the same node, so Monaco has already
  // dispatched the key: a prevented Escape closed a widget or a selection and must not arm.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      if (!event.defaultPrevented) setArmed(true)
    } else if (event.key !== 'Tab' && !MODIFIER_KEYS.has(event.key)) {
      setArmed(false)
    }
  }
  container.addEventListener('keydown', onKeyDown)
  // Tab moved focus away (or the user clicked elsewhere): back to indenting on return.
  const blur = editor.onDidBlurEditorWidget(() => setArmed(false))
  return {
    dispose() {
      container.removeEventListener('keydown', onKeyDown)
      blur.dispose()
    },
  }
}
