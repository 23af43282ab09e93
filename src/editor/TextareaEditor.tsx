/**
 * The plain-text editor: same props as the Monaco pane, for users who prefer a native textarea
 * (screen readers, mobile) and as the fallback when Monaco fails to load. Tab is left to the
 * browser, so it never traps focus.
 */
import { useDeferredValue, useEffect, useId, useLayoutEffect, useRef } from 'react'
import { offsetAt, positionAt } from './textPosition'
import { replaceUndoably } from './undoableEdit'
import { EMPTY_PLACEHOLDER, type EditorMarker, type YamlEditorProps } from './types'
import './TextareaEditor.css'

const DEFAULT_FONT_SIZE = 14
/** The line height TextareaEditor.css sets, by which a line is scrolled to. */
const LINE_HEIGHT = 1.5

const SEVERITY_LABEL: Record<EditorMarker['severity'], string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Info',
}

export function TextareaEditor(props: YamlEditorProps) {
  const { value, onChange, reveal, ariaLabel, fontSize = DEFAULT_FONT_SIZE, onCursorChange } = props
  // Hundreds of problem buttons for a large input: rendered in a transition React can slice,
  // so receiving a report never renders them in one long task.
  const markers = useDeferredValue(props.markers)
  const textareaRef = useRef<HTMLTextAreaElement>(null)
  const problemsId = useId()
  // As in the Monaco pane: a request present at mount is old news, not a reason to steal focus.
  const handledRevealNonce = useRef(reveal?.scrollOnly ? undefined : reveal?.nonce)

  // Unless word wrap is on, lines never wrap and the line height is fixed, so a line is at a known
  // height: centre it, as Monaco's reveal does (with wrapping, it lands near it).
  const scrollToLine = (textarea: HTMLTextAreaElement, line: number) => {
    const lineHeight = fontSize * LINE_HEIGHT
    textarea.scrollTop = Math.max(0, (line - 1) * lineHeight - textarea.clientHeight / 2)
  }

  const moveCaret = (line: number, column: number) => {
    const textarea = textareaRef.current
    if (!textarea) return
    const offset = offsetAt(textarea.value, line, column)
    textarea.focus()
    textarea.setSelectionRange(offset, offset)
    scrollToLine(textarea, line)
    // A caret set from script fires no reliable select event, so report it here.
    onCursorChange?.(positionAt(textarea.value, offset))
  }

  // Uncontrolled on purpose: a controlled textarea makes React also write `defaultValue` (the
  // element's text content) on every change, which for a multi-MB paste costs the main thread a
  // second copy of the text in the DOM and a long style pass. The value is written only when it
  // differs from what the textarea already shows (the user's own edits never are).
  useLayoutEffect(() => {
    const textarea = textareaRef.current
    if (!textarea || textarea.value === value) return
    // An applied fix is one edit Ctrl+Z takes back; other outside changes (an example, a link) replace the text.
    if (value !== props.undoableValue || !replaceUndoably(textarea, value)) textarea.value = value
    // Only a new value is written; undoableValue says how, and changing alone writes nothing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value])

  useEffect(() => {
    if (!reveal || reveal.nonce === handledRevealNonce.current) return
    handledRevealNonce.current = reveal.nonce
    if (!reveal.scrollOnly) return moveCaret(reveal.line, reveal.column)
    if (textareaRef.current) scrollToLine(textareaRef.current, reveal.line)
  })

  return (
    <div className="textarea-editor">
      <textarea
        ref={textareaRef}
        onChange={(event) => onChange(event.target.value)}
        onSelect={(event) => {
          const textarea = event.currentTarget
          onCursorChange?.(positionAt(textarea.value, textarea.selectionStart))
        }}
        aria-label={ariaLabel}
        aria-describedby={markers.length > 0 ? problemsId : undefined}
        aria-invalid={markers.some((marker) => marker.severity === 'error') || undefined}
        wrap={props.wordWrap ? 'soft' : 'off'}
        placeholder={EMPTY_PLACEHOLDER}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        autoCorrect="off"
        className="textarea-editor__input"
        // The presenter view enlarges the text; everything else is in TextareaEditor.css.
        style={{ fontSize }}
      />
      {markers.length > 0 && (
        <ul
          id={problemsId}
          aria-label="Problems"
          // Bounded, so a long list neither pushes the page down nor resizes (and re-lays out) a huge text.
          style={{ margin: 0, padding: 0, listStyle: 'none', maxHeight: '12rem', overflowY: 'auto', flex: '0 0 auto' }}
        >
          {markers.map((marker, index) => (
            <li key={index}>
              <button
                type="button"
                onClick={() => moveCaret(marker.line, marker.column)}
                style={{ font: 'inherit', textAlign: 'start', background: 'none', border: 'none', padding: '0.125rem 0', color: 'inherit', cursor: 'pointer' }}
              >
                {`${marker.line}:${marker.column} ${SEVERITY_LABEL[marker.severity]}: ${marker.message} (${marker.source})`}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

export default TextareaEditor
