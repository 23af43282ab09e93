import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { EDITOR_KEYBOARD_HELP, TEXTAREA_KEYBOARD_HELP } from '../editor/keyboardHelp'
import { isLargeText } from '../editor/largeText'
import { LargeTextView } from '../editor/LargeTextView'
import { TextareaEditor } from '../editor/TextareaEditor'
import { positionAt } from '../editor/textPosition'
import type { YamlEditorProps } from '../editor/types'
import { selectEditorMarkers } from '../store/markers'
import { selectEditorMode, selectPresenter, selectReveal, selectRevision, selectText } from '../store/selectors'
import { useAppStore } from '../store/useAppStore'
import { useFixes } from '../store/useFixes'
import { EditorErrorBoundary } from './EditorErrorBoundary'
import { EditorModeToggle } from './EditorModeToggle'
import { SEED_MANIFEST } from './seedManifest'
import { useStoredFlag } from './useStoredFlag'
import { KeyboardHelp } from './KeyboardHelp'
import { toQuickFixes } from './quickFixes'
import { useColorScheme } from './useColorScheme'
import { useLazyYamlEditor } from './useLazyYamlEditor'

const EDITOR_NOTICE_ID = 'editor-unavailable'
const WORD_WRAP_KEY = 'security-context-playground.wordWrap'

/**
 * The manifest editor: Monaco once its chunk has loaded (the textarea until then), or the textarea
 * by choice. Monaco loads once the page is idle after load, or as soon as the user reaches for the
 * editor (pointer over it, focus in it), so its megabyte of script never delays the first verdict.
 */
export function EditorPane() {
  const text = useAppStore(selectText)
  const revision = useAppStore(selectRevision)
  const mode = useAppStore(selectEditorMode)
  const markers = useAppStore(selectEditorMarkers)
  const reveal = useAppStore(selectReveal)
  const presenter = useAppStore(selectPresenter)
  const setText = useAppStore((state) => state.setText)
  const showNotice = useAppStore((state) => state.showNotice)
  const dismissNotice = useAppStore((state) => state.dismissNotice)
  const theme = useColorScheme()
  const fixes = useFixes()
  const quickFixes = useMemo(() => toQuickFixes(fixes.value), [fixes.value])
  // Read from the store, not the hook: the applied text is the new revision, which has no fixes yet.
  const appliedText = useAppStore((state) => state.fixes.appliedText)
  const [cursor, setCursor] = useState<{ line: number; column: number } | null>(null)
  const [wordWrap, setWordWrap] = useStoredFlag(WORD_WRAP_KEY, false)
  // A large text opens read-only in the plain-text mode until the user asks to edit it.
  const large = isLargeText(text)
  const [editLarge, setEditLarge] = useState(false)
  if (!large && editLarge) setEditLarge(false)

  const [crashed, setCrashed] = useState(false)
  // The notice outlives this render, so its action goes through a ref to the current retry.
  const retryRef = useRef(() => {})
  const onFail = useCallback(
    (error: unknown) => {
      console.info('Code editor unavailable, using the plain text editor:', error)
      showNotice({
        id: EDITOR_NOTICE_ID,
        kind: 'warning',
        text: 'The code editor could not be loaded, so the plain text editor is in use. Your text is unaffected.',
        actions: [{ label: 'Try the code editor again', run: () => retryRef.current() }],
      })
    },
    [showNotice],
  )
  const wantMonaco = mode === 'monaco' && !crashed
  const { Editor, request, retry } = useLazyYamlEditor(onFail, wantMonaco)
  useEffect(() => {
    retryRef.current = () => {
      dismissNotice(EDITOR_NOTICE_ID)
      setCrashed(false)
      retry()
    }
  }, [dismissNotice, retry])

  const props: YamlEditorProps = {
    value: text,
    onChange: setText,
    markers,
    reveal,
    ariaLabel: 'Kubernetes manifest',
    // Large on a projector, but small enough for 20+ lines of a 768 px tall screen.
    fontSize: presenter ? 18 : 14,
    theme,
    onCursorChange: setCursor,
    wordWrap,
    quickFixes,
    undoableValue: appliedText,
  }
  const monaco = wantMonaco && Editor !== null
  // Monaco replacing a textarea the user is in takes over the focus and the caret. Only worked out
  // in the render that swaps them: reading a multi-MB textarea's value on every render is not free.
  const hostRef = useRef<HTMLDivElement>(null)
  const shownMonaco = useRef(false)
  useEffect(() => {
    shownMonaco.current = monaco
  })
  const active = monaco && !shownMonaco.current ? document.activeElement : null
  const focusAt = active instanceof HTMLTextAreaElement && hostRef.current?.contains(active) ? positionAt(active.value, active.selectionStart) : undefined

  return (
    <section
      className="editor-pane"
      aria-labelledby="editor-heading"
      data-testid="editor-pane"
      data-revision={revision}
      data-editor={monaco ? 'monaco' : 'textarea'}
      onPointerEnter={wantMonaco ? request : undefined}
      onFocus={wantMonaco ? request : undefined}
    >
      <div className="editor-pane__toolbar">
        <h2 id="editor-heading" className="editor-pane__title">
          Manifest
        </h2>
        <div className="editor-pane__switches">
          <button type="button" className="switch" aria-pressed={wordWrap} onClick={() => setWordWrap(!wordWrap)}>
            <span className="switch__track" aria-hidden="true" />
            Wrap lines
          </button>
          <EditorModeToggle />
        </div>
      </div>
      <KeyboardHelp text={monaco ? EDITOR_KEYBOARD_HELP : TEXTAREA_KEYBOARD_HELP} />
      <div className="editor-pane__host" ref={hostRef}>
        {text === '' && (
          <p className="editor-pane__empty">
            <button type="button" className="button button--small" onClick={() => setText(SEED_MANIFEST)}>
              Load the example manifest
            </button>
          </p>
        )}
        {monaco ? (
          <EditorErrorBoundary
            fallback={<TextareaEditor {...props} />}
            onError={(error) => {
              setCrashed(true)
              onFail(error)
            }}
          >
            <Editor {...props} focusAt={focusAt} />
          </EditorErrorBoundary>
        ) : large && !editLarge ? (
          <LargeTextView text={text} fontSize={props.fontSize!} ariaLabel={props.ariaLabel} onEdit={() => setEditLarge(true)} />
        ) : (
          <TextareaEditor {...props} />
        )}
      </div>
      <p className="editor-pane__status" data-testid="cursor-status">
        {cursor ? `Ln ${cursor.line}, Col ${cursor.column}` : ''}
        <span className="editor-pane__lines">{plural(countLines(text), 'line')}</span>
      </p>
    </section>
  )
}

function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`
}

function countLines(text: string): number {
  let lines = 1
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++
  return lines
}
