/** Carries source positions found in an edited text back to the text the edits were made to. */
import { setOwn } from '../util/values'
import type { TextEdit } from './types'

/** Line breaks as the parser counts them for positions: \n, \r\n and a lone \r. */
function breaks(text: string): number {
  return text.match(/\r\n|\n|\r/g)?.length ?? 0
}

/**
 * Maps a 1-based line of `applyEdits(before, edits)` (whole-line edits, as `textEdits` makes) to the
 * line of `before` it came from; a new line maps to the line it replaced, or to where its edit starts.
 */
export function lineMapBack(before: string, edits: readonly TextEdit[]): (line: number) => number {
  const runs = [...edits]
    .sort((a, b) => a.start - b.start)
    .map((edit) => ({ line: breaks(before.slice(0, edit.start)) + 1, removed: breaks(before.slice(edit.start, edit.end)), added: breaks(edit.text) }))
  return (line) => {
    let delta = 0
    for (const run of runs) {
      const startAfter = run.line + delta
      if (line < startAfter) break
      // A new or rewritten line: the old line it replaced, else where the edit starts.
      if (line < startAfter + run.added) return run.line + Math.min(line - startAfter, Math.max(run.removed - 1, 0))
      delta += run.added - run.removed
    }
    return line - delta
  }
}

/** A place in a text: 1-based line and column. */
export interface Place {
  line: number
  column: number
}

// Where a report holds the manifest's own data (EffectiveField and PodField): a key named `line` in
// there is the user's, not a position, so it is carried over as it is.
const MANIFEST_DATA = new Set(['value', 'overrides'])

/**
 * A copy of a report with every source position (`line` and `column`, and `endLine`/`endColumn`
 * beside them) passed through `map`.
 */
export function relocatePositions<T>(value: T, map: (place: Place) => Place): T {
  if (Array.isArray(value)) return value.map((item) => relocatePositions(item, map)) as T
  if (typeof value !== 'object' || value === null) return value
  const out: Record<string, unknown> = {}
  // Keys are copied as own data, so one named `__proto__` can never set the copy's prototype.
  for (const [key, item] of Object.entries(value)) setOwn(out, key, MANIFEST_DATA.has(key) ? item : relocatePositions(item, map))
  if (typeof out.line === 'number' && typeof out.column === 'number') {
    const start = map({ line: out.line, column: out.column })
    out.line = start.line
    out.column = start.column
    if (typeof out.endLine === 'number' && typeof out.endColumn === 'number') {
      const end = map({ line: out.endLine, column: out.endColumn })
      // Lines an edit added map back to where it starts, which may be above the start's own line.
      out.endLine = Math.max(start.line, end.line)
      out.endColumn = end.column
    }
  }
  return out as T
}
