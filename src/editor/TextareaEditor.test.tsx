// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TextareaEditor } from './TextareaEditor'
import type { EditorMarker, YamlEditorProps } from './types'

afterEach(cleanup)

const text = 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: app\n'
const privileged: EditorMarker = {
  severity: 'error',
  message: 'privileged containers are not allowed',
  source: 'PodSecurity baseline:latest',
  line: 5,
  column: 7,
  endLine: 5,
  endColumn: 11,
}

const renderEditor = (props: Partial<YamlEditorProps> = {}) => {
  const all: YamlEditorProps = {
    value: text,
    onChange: vi.fn(),
    markers: [],
    reveal: null,
    ariaLabel: 'Kubernetes manifest',
    theme: 'light',
    ...props,
  }
  const view = render(<TextareaEditor {...all} />)
  const rerender = (next: Partial<YamlEditorProps>) => view.rerender(<TextareaEditor {...all} {...next} />)
  return { textarea: screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Kubernetes manifest' }), rerender, props: all }
}

describe('TextareaEditor', () => {
  it('shows the value and reports edits', () => {
    const { textarea, props } = renderEditor()
    expect(textarea.value).toBe(text)
    fireEvent.change(textarea, { target: { value: 'kind: Job\n' } })
    expect(props.onChange).toHaveBeenCalledWith('kind: Job\n')
  })

  it('lists markers with line:column, severity and source, and is marked invalid on errors', () => {
    const { textarea } = renderEditor({ markers: [privileged] })
    const list = screen.getByRole('list', { name: 'Problems' })
    expect(list.textContent).toBe('5:7 Error: privileged containers are not allowed (PodSecurity baseline:latest)')
    expect(textarea.getAttribute('aria-invalid')).toBe('true')
    expect(textarea.getAttribute('aria-describedby')).toBe(list.id)
  })

  it('moves the caret to a marker when its entry is activated', () => {
    const { textarea } = renderEditor({ markers: [privileged] })
    fireEvent.click(screen.getByRole('button', { name: /5:7 Error/ }))
    expect(document.activeElement).toBe(textarea)
    expect(textarea.selectionStart).toBe(text.indexOf('name: app'))
  })

  it('reveals each new request once, but not one that was already there at mount', () => {
    const { textarea, rerender } = renderEditor({ reveal: { line: 2, column: 1, nonce: 1 } })
    expect(document.activeElement).not.toBe(textarea)
    rerender({ reveal: { line: 3, column: 2, nonce: 2 } })
    expect(document.activeElement).toBe(textarea)
    expect(textarea.selectionStart).toBe(text.indexOf('spec') + 1)
    textarea.setSelectionRange(0, 0)
    rerender({ reveal: { line: 3, column: 2, nonce: 2 } })
    expect(textarea.selectionStart).toBe(0)
  })

  it('does not trap Tab', () => {
    const { textarea } = renderEditor()
    const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true })
    textarea.dispatchEvent(tab)
    expect(tab.defaultPrevented).toBe(false)
  })

  it('reports caret moves', () => {
    const onCursorChange = vi.fn()
    const { textarea } = renderEditor({ onCursorChange })
    textarea.setSelectionRange(text.indexOf('Pod'), text.indexOf('Pod'))
    fireEvent.select(textarea)
    expect(onCursorChange).toHaveBeenLastCalledWith({ line: 2, column: 7 })
  })

  it('reports the caret a reveal or a problem button sets', () => {
    const onCursorChange = vi.fn()
    const { rerender } = renderEditor({ onCursorChange, markers: [privileged] })
    fireEvent.click(screen.getByRole('button', { name: /5:7 Error/ }))
    expect(onCursorChange).toHaveBeenLastCalledWith({ line: 5, column: 7 })
    rerender({ reveal: { line: 3, column: 1, nonce: 7 } })
    expect(onCursorChange).toHaveBeenLastCalledWith({ line: 3, column: 1 })
  })

  it('follows the font size', () => {
    const { textarea } = renderEditor({ fontSize: 20 })
    expect(textarea.style.fontSize).toBe('20px')
  })
})
