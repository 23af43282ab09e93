/** Maps the app's `EditorMarker`s to Monaco marker data and back, without importing Monaco. */
import type { EditorMarker } from './types'

/** Owner of the markers this app sets; monaco-yaml uses `yaml`, so the two sets never overwrite each other. */
export const SECCTX_MARKER_OWNER = 'secctx'

/**
 * Monaco's `MarkerSeverity` values. Copied rather than imported so this module (and its tests) stay
 * free of Monaco, which only exists in the lazily loaded chunk.
 */
export const MARKER_SEVERITY = { hint: 1, info: 2, warning: 4, error: 8 } as const

/** The fields of `monaco.editor.IMarkerData` this app fills in. */
export interface MarkerData {
  severity: number
  message: string
  source: string
  startLineNumber: number
  startColumn: number
  endLineNumber: number
  endColumn: number
}

/** What the mapping needs to know about the current text, so stale markers still land on real lines. */
export interface LineInfo {
  lineCount: number
  /** 1 + the line's length, as `ITextModel.getLineMaxColumn`. */
  maxColumn: (line: number) => number
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max)

/**
 * Converts markers to Monaco marker data. Markers can be computed for an older revision of the text
 * than the one on screen, so positions are clamped into the current text rather than dropped.
 */
export function toMarkerData(markers: readonly EditorMarker[], lines: LineInfo): MarkerData[] {
  return markers.map((marker) => {
    const startLineNumber = clamp(Math.trunc(marker.line) || 1, 1, lines.lineCount)
    const endLineNumber = clamp(Math.trunc(marker.endLine) || startLineNumber, startLineNumber, lines.lineCount)
    const startColumn = clamp(Math.trunc(marker.column) || 1, 1, lines.maxColumn(startLineNumber))
    const endMin = endLineNumber === startLineNumber ? startColumn : 1
    const endColumn = clamp(Math.trunc(marker.endColumn) || endMin, endMin, lines.maxColumn(endLineNumber))
    return {
      severity: MARKER_SEVERITY[marker.severity],
      message: marker.message,
      source: marker.source,
      startLineNumber,
      startColumn,
      endLineNumber,
      endColumn,
    }
  })
}

/**
 * monaco-yaml labels schema problems `yaml-schema: <schema URI>`, an in-memory URI that means
 * nothing to users; YAML syntax errors keep their own label.
 */
export function describeYamlSource(source: string | undefined): string {
  if (!source) return 'YAML'
  return source.startsWith('yaml-schema') ? 'Kubernetes schema' : source
}

/** Converts a marker Monaco reports (e.g. monaco-yaml's schema check) into the app's shape. */
export function fromMarkerData(marker: Omit<MarkerData, 'source'>, source: string): EditorMarker {
  const severity: EditorMarker['severity'] =
    marker.severity >= MARKER_SEVERITY.error ? 'error' : marker.severity >= MARKER_SEVERITY.warning ? 'warning' : 'info'
  return {
    severity,
    message: marker.message,
    source,
    line: marker.startLineNumber,
    column: marker.startColumn,
    endLine: marker.endLineNumber,
    endColumn: marker.endColumn,
  }
}
