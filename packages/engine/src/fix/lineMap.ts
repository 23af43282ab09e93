/** Carries source positions found in an edited text back to the text the edits were made to. */
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

/**
 * A copy of `value` with every source position (`line`, and `endLine` beside it) passed through
 * `map`; columns stay, since the edits here add or replace whole lines.
 */
export function relocateLines<T>(value: T, map: (line: number) => number): T {
  if (Array.isArray(value)) return value.map((item) => relocateLines(item, map)) as T
  if (typeof value !== 'object' || value === null) return value
  const out: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) out[key] = relocateLines(item, map)
  if (typeof out.line === 'number' && typeof out.column === 'number') {
    out.line = map(out.line)
    if (typeof out.endLine === 'number') out.endLine = Math.max(out.line as number, map(out.endLine))
  }
  return out as T
}
