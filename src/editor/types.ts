/** The contract between the app and the lazily loaded editor (Monaco, or the plain textarea fallback). */
import type { CheckedLevel } from '@secctx/engine'

/** A squiggle in the editor; lines and columns count from 1, end exclusive. */
export interface EditorMarker {
  severity: 'error' | 'warning' | 'info'
  message: string
  line: number
  column: number
  endLine: number
  endColumn: number
  /** Who raised it, shown in the hover: e.g. `yaml`, `PodSecurity restricted:latest`, `API validation`. */
  source: string
}

/** A request to move the cursor; `nonce` changes on every request so the same place can be revealed twice. */
export interface RevealRequest {
  line: number
  column: number
  nonce: number
  /** Only scroll the line into view: the cursor and the focus stay where they are (a workshop step opening). */
  scrollOnly?: boolean
}

/** A fix offered as a Monaco quick fix on the Pod Security markers of its object and check. */
export interface QuickFix {
  /** The object as markers name it: `Kind "name"`, or `Kind` for an unnamed one. */
  object: string
  check: string
  level: CheckedLevel
  /** The action's title, e.g. `Fix runAsNonRoot: set runAsNonRoot: true (changes behaviour)`. */
  title: string
  /** Offsets into the editor's current text. */
  edits: readonly { start: number; end: number; text: string }[]
}

/** What an empty editor says, in both implementations. */
export const EMPTY_PLACEHOLDER = 'Paste a Kubernetes manifest (YAML or JSON), or open one from Examples.'

/** Props of both editor implementations. */
export interface YamlEditorProps {
  value: string
  onChange: (value: string) => void
  markers: readonly EditorMarker[]
  reveal: RevealRequest | null
  /** Accessible name of the editing surface. */
  ariaLabel: string
  /** Long lines wrap at the pane's edge instead of scrolling sideways (flow-style YAML in a half-width pane). */
  wordWrap?: boolean
  /** Larger type for the workshop/presenter view. */
  fontSize?: number
  /** 'vs' or 'vs-dark', following the OS preference. */
  theme: 'light' | 'dark'
  /**
   * Problems Monaco's own YAML and Kubernetes-schema check found (owner `yaml`), each time they
   * change, and `[]` on unmount. Only the Monaco editor calls it; the textarea has no such check.
   */
  onSchemaMarkers?: (markers: EditorMarker[]) => void
  /**
   * Take the focus with the caret here when the editor mounts: Monaco arriving while the user is in
   * the textarea that stood in for it. Read once, at mount.
   */
  focusAt?: { line: number; column: number }
  /** Quick fixes for the Pod Security markers (Monaco only). */
  quickFixes?: readonly QuickFix[]
  /** When `value` becomes this text (an applied fix), it is applied as one edit the user can undo. */
  undoableValue?: string | null
  /** The caret moved (1-based line and column), for a status line. */
  onCursorChange?: (position: { line: number; column: number }) => void
}
