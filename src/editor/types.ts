/** The contract between the app and the lazily loaded editor (Monaco, or the plain textarea fallback). */

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
}

/** Props of both editor implementations. */
export interface YamlEditorProps {
  value: string
  onChange: (value: string) => void
  markers: readonly EditorMarker[]
  reveal: RevealRequest | null
  /** Accessible name of the editing surface. */
  ariaLabel: string
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
  /** The caret moved (1-based line and column), for a status line. */
  onCursorChange?: (position: { line: number; column: number }) => void
}
