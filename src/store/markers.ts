/** Turns the report into editor squiggles: syntax errors, API problems and Pod Security failures at the target level. */
import type { EditorMarker } from '../editor/types'
import type { Report, SourceRange } from '../engine/types'
import { memoizeSelector } from './memoize'
import type { AppState, TargetLevel } from './types'

/**
 * Markers for every object, not only the selected one: in a multi-document file the squiggles
 * show where the other objects fail while the panels focus on one, and each hover names its object.
 * Recomputed only when a report arrives or the target changes; the text read then is the text the
 * report was computed for, because the store accepts only reports for the current revision.
 */
export const selectEditorMarkers = memoizeSelector(
  (state: AppState) => [state.evaluation.report, state.settings.level] as const,
  (report, level, state) => buildMarkers(report, level, state.document.text),
)

export function buildMarkers(report: Report | null, level: TargetLevel, text: string): EditorMarker[] {
  if (!report) return []
  const lines = text.split('\n')
  const markers: EditorMarker[] = report.errors.map((error) => ({
    severity: 'error',
    message: error.message,
    source: 'yaml',
    ...clampToFirstLine(error, lines),
  }))
  for (const object of report.objects) {
    const who = `${object.kind}${object.name ? ` "${object.name}"` : ''}`
    for (const problem of object.problems) {
      markers.push({
        severity: problem.severity,
        message: `${who}: ${problem.path}: ${problem.message}`,
        source: 'API validation',
        ...clampToFirstLine(problem, lines),
      })
    }
    if (level === 'privileged') continue
    for (const violation of object.levels[level].violations) {
      const detail = violation.detail ? ` (${violation.detail})` : ''
      for (const location of violation.locations) {
        markers.push({
          severity: 'error',
          message: `${who} [${violation.check}]: ${violation.reason}${detail}`,
          source: `PodSecurity ${level}:${report.requestedVersion}`,
          ...clampToFirstLine(location, lines),
        })
      }
    }
  }
  return markers
}

/**
 * A missing field is blamed on its nearest existing ancestor, often a whole container block;
 * squiggling one line keeps the editor readable while still pointing at the right place.
 */
function clampToFirstLine(range: SourceRange, lines: readonly string[]): SourceRange {
  if (range.endLine <= range.line) return pickRange(range)
  const lineLength = lines[range.line - 1]?.length ?? range.column
  return {
    line: range.line,
    column: range.column,
    endLine: range.line,
    endColumn: Math.max(range.column + 1, lineLength + 1),
  }
}

function pickRange({ line, column, endLine, endColumn }: SourceRange): SourceRange {
  return { line, column, endLine, endColumn }
}
