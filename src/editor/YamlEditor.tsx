/**
 * The Monaco editor pane, loaded lazily: `React.lazy(() => import('../editor/YamlEditor'))`.
 *
 * Monaco is used directly rather than through @monaco-editor/react: this pane needs the imperative
 * API anyway (one model with a fixed URI, markers, keybindings, tab-focus control), and the
 * wrapper's loader fetches Monaco from a CDN unless configured, a failure mode the app's CSP and
 * offline use cannot afford. Only one instance may be mounted at a time (one model URI).
 */
import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties } from 'react'
import { installEscapeThenTab } from './escapeThenTab'
import { describeYamlSource, fromMarkerData, SECCTX_MARKER_OWNER, toMarkerData } from './markers'
import { languageFor } from './largeText'
import { minimalEdit } from './minimalEdit'
import { installQuickFixes } from './quickFixes'
import { monaco, MODEL_URI, MONACO_THEME } from './setup'
import { EMPTY_PLACEHOLDER, type YamlEditorProps } from './types'
import { createValueSync } from './valueSync'

type CodeEditor = monaco.editor.IStandaloneCodeEditor

const DEFAULT_FONT_SIZE = 14
const SCHEMA_MARKER_OWNER = 'yaml'

const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
}

export function YamlEditor(props: YamlEditorProps) {
  const { value, markers, reveal, ariaLabel, theme, fontSize = DEFAULT_FONT_SIZE, wordWrap = false } = props
  const hostRef = useRef<HTMLDivElement>(null)
  const [editor, setEditor] = useState<CodeEditor | null>(null)
  const [tabLeaves, setTabLeaves] = useState(false)
  const [valueSync] = useState(createValueSync)
  // Callbacks and first-render values are read through a ref, so new function identities on every
  // render of the app never re-create the editor.
  const latest = useRef(props)
  useLayoutEffect(() => {
    latest.current = props
  })
  // A scroll-only request (a workshop step's line) is still worth honouring in an editor that
  // mounts after it: it moves neither cursor nor focus.
  const handledRevealNonce = useRef(reveal?.scrollOnly ? undefined : reveal?.nonce)
  const applyingOutsideChange = useRef(false)

  useEffect(() => {
    const initial = latest.current
    monaco.editor.getModel(MODEL_URI)?.dispose()
    // A large text starts as plain text: never tokenized, never sent to the schema worker.
    const model = monaco.editor.createModel(initial.value, languageFor(initial.value), MODEL_URI)
    model.updateOptions({ tabSize: 2, indentSize: 2, insertSpaces: true })
    const created = monaco.editor.create(hostRef.current!, {
      model,
      ariaLabel: initial.ariaLabel,
      theme: MONACO_THEME[initial.theme],
      fontSize: initial.fontSize ?? DEFAULT_FONT_SIZE,
      wordWrap: initial.wordWrap ? 'on' : 'off',
      placeholder: EMPTY_PLACEHOLDER,
      automaticLayout: true,
      detectIndentation: false,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      // Hovers and the suggestion list may extend beyond the pane instead of being clipped by it.
      fixedOverflowWidgets: true,
    })
    const contentListener = model.onDidChangeContent(() => {
      // The app already has text it passed in; echoing it back would only cost a re-evaluation.
      if (applyingOutsideChange.current) return
      const text = model.getValue()
      // Switched in the paste's own task, before any tokenizing or worker sync is scheduled for it.
      syncLanguage(model, text)
      valueSync.noteEmitted(text)
      latest.current.onChange(text)
    })
    let lastSchemaMarkers = '[]'
    const markerListener = monaco.editor.onDidChangeMarkers((uris) => {
      if (!uris.some((uri) => uri.toString() === MODEL_URI.toString())) return
      const found = monaco.editor
        .getModelMarkers({ resource: MODEL_URI, owner: SCHEMA_MARKER_OWNER })
        .map((marker) => fromMarkerData(marker, describeYamlSource(marker.source)))
      // Our own `secctx` markers fire this event too. Reporting only real changes keeps an app
      // that feeds schema problems back in as `markers` from looping.
      const serialized = JSON.stringify(found)
      if (serialized === lastSchemaMarkers) return
      lastSchemaMarkers = serialized
      latest.current.onSchemaMarkers?.(found)
    })
    const cursorListener = created.onDidChangeCursorPosition(({ position }) =>
      latest.current.onCursorChange?.({ line: position.lineNumber, column: position.column }),
    )
    const escape = installEscapeThenTab(created, setTabLeaves)
    const quickFixes = installQuickFixes(model, () => latest.current.quickFixes ?? [])
    if (initial.focusAt) {
      const position = model.validatePosition({ lineNumber: initial.focusAt.line, column: initial.focusAt.column })
      created.setPosition(position)
      created.revealPositionInCenterIfOutsideViewport(position)
      created.focus()
    }
    setEditor(created)
    return () => {
      escape.dispose()
      quickFixes.dispose()
      cursorListener.dispose()
      markerListener.dispose()
      contentListener.dispose()
      created.dispose()
      model.dispose()
      latest.current.onSchemaMarkers?.([])
    }
  }, [valueSync])

  useEffect(() => {
    const model = editor?.getModel()
    if (!editor || !model || !valueSync.shouldApply(value, () => model.getValue())) return
    const edit = minimalEdit(model.getValue(), value)
    if (!edit) return
    const range = monaco.Range.fromPositions(model.getPositionAt(edit.start), model.getPositionAt(edit.end))
    applyingOutsideChange.current = true
    syncLanguage(model, value)
    try {
      // Undo stops around it: Ctrl+Z takes back a loaded example in one step.
      editor.pushUndoStop()
      editor.executeEdits('outside', [{ range, text: edit.text, forceMoveMarkers: true }])
      editor.pushUndoStop()
    } finally {
      applyingOutsideChange.current = false
    }
  }, [editor, value, valueSync])

  useEffect(() => {
    const model = editor?.getModel()
    if (!model) return
    const data = toMarkerData(markers, {
      lineCount: model.getLineCount(),
      maxColumn: (line) => model.getLineMaxColumn(line),
    })
    monaco.editor.setModelMarkers(model, SECCTX_MARKER_OWNER, data as monaco.editor.IMarkerData[])
  }, [editor, markers])

  useEffect(() => {
    // A request that was already there when the pane mounted (say, after switching editor modes)
    // is old news: honouring it would move the cursor and steal focus.
    if (!editor || !reveal || reveal.nonce === handledRevealNonce.current) return
    handledRevealNonce.current = reveal.nonce
    const position = editor.getModel()!.validatePosition({ lineNumber: reveal.line, column: reveal.column })
    if (reveal.scrollOnly) return editor.revealLineInCenterIfOutsideViewport(position.lineNumber)
    editor.setPosition(position)
    editor.revealPositionInCenter(position)
    editor.focus()
  }, [editor, reveal])

  useEffect(() => {
    editor?.updateOptions({ ariaLabel, fontSize, wordWrap: wordWrap ? 'on' : 'off' })
  }, [editor, ariaLabel, fontSize, wordWrap])

  useEffect(() => {
    // Monaco themes are global; with a single editor per page that is what we want.
    if (editor) monaco.editor.setTheme(MONACO_THEME[theme])
  }, [editor, theme])

  return (
    <>
      <div ref={hostRef} style={{ width: '100%', height: '100%', minHeight: '12rem' }} />
      <div role="status" style={visuallyHidden}>
        {tabLeaves ? 'Tab now leaves the editor.' : ''}
      </div>
    </>
  )
}

export default YamlEditor

/** Plain text for a large text, YAML otherwise; a no-op when the model already has the right one. */
function syncLanguage(model: monaco.editor.ITextModel, text: string): void {
  const language = languageFor(text)
  if (model.getLanguageId() !== language) monaco.editor.setModelLanguage(model, language)
}
