/** Turns a playlist written as a start manifest plus edits into ready steps, so every step continues the last one. */
import type { Edit, Playlist, PlaylistStep, StepSource } from './types'

/** Applies edits in order; each `find` must occur exactly once, so a stale edit fails loudly in tests. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  return edits.reduce((current, { find, replace }) => {
    const first = current.indexOf(find)
    if (first === -1 || current.indexOf(find, first + 1) !== -1) {
      throw new Error(`edit target must occur exactly once: ${JSON.stringify(find)}`)
    }
    return current.slice(0, first) + replace + current.slice(first + find.length)
  }, text)
}

/** Builds the steps: step n opens on step n-1's model answer plus its own introduction. */
export function buildPlaylist(meta: Omit<Playlist, 'steps'>, start: string, sources: readonly StepSource[]): Playlist {
  let previous = start
  const steps = sources.map(({ introduce = [], answer, ...rest }): PlaylistStep => {
    const manifest = applyEdits(previous, introduce)
    const solution = applyEdits(manifest, answer)
    previous = solution
    return { ...rest, manifest, solution, line: lineOf(manifest, answer[0]?.find ?? '') }
  })
  return { ...meta, steps }
}

/** The line (from 1) where `find` starts in `text`; 1 when it is not there. */
function lineOf(text: string, find: string): number {
  const at = Math.max(0, text.indexOf(find))
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) line += 1
  return line
}
