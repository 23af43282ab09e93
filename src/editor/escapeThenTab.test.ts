// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest'
import { installEscapeThenTab } from './escapeThenTab'

function fakeEditor() {
  const container = document.createElement('div')
  document.body.append(container)
  const blurListeners: (() => void)[] = []
  const updateOptions = vi.fn()
  const editor = {
    getContainerDomNode: () => container,
    updateOptions,
    onDidBlurEditorWidget: (listener: () => void) => {
      blurListeners.push(listener)
      return { dispose: () => blurListeners.splice(blurListeners.indexOf(listener), 1) }
    },
  }
  const press = (key: string, handled = false) => {
    const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })
    if (handled) event.preventDefault()
    container.dispatchEvent(event)
  }
  const blur = () => blurListeners.forEach((listener) => listener())
  return { editor, updateOptions, press, blur, blurListeners }
}

describe('installEscapeThenTab', () => {
  it('lets Tab move focus after an Escape nobody else handled', () => {
    const { editor, updateOptions, press } = fakeEditor()
    const armed = vi.fn()
    installEscapeThenTab(editor, armed)
    press('Escape')
    expect(updateOptions).toHaveBeenLastCalledWith({ tabFocusMode: true })
    expect(armed).toHaveBeenLastCalledWith(true)
  })

  it('ignores an Escape that closed a widget', () => {
    const { editor, updateOptions, press } = fakeEditor()
    installEscapeThenTab(editor)
    press('Escape', true)
    expect(updateOptions).not.toHaveBeenCalled()
  })

  it('keeps the mode through Shift (for Shift+Tab), ends it on any other key or on blur', () => {
    const { editor, updateOptions, press, blur } = fakeEditor()
    installEscapeThenTab(editor)
    press('Escape')
    press('Shift')
    expect(updateOptions).toHaveBeenCalledTimes(1)
    press('a')
    expect(updateOptions).toHaveBeenLastCalledWith({ tabFocusMode: false })
    press('Escape')
    blur()
    expect(updateOptions).toHaveBeenLastCalledWith({ tabFocusMode: false })
    expect(updateOptions).toHaveBeenCalledTimes(4)
  })

  it('stops listening when disposed', () => {
    const { editor, updateOptions, press, blurListeners } = fakeEditor()
    installEscapeThenTab(editor).dispose()
    press('Escape')
    expect(updateOptions).not.toHaveBeenCalled()
    expect(blurListeners).toHaveLength(0)
  })
})
