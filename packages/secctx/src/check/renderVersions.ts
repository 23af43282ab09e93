/** The compact version-matrix line of an object in `secctx check --versions` text output. */
import type { ObjectReport } from '@secctx/engine'
import { levelColour, type Palette } from '../colour'

/** `versions    v1.0–v1.22 restricted · v1.23–v1.37 baseline  (v1.23 runAsUser added)`; nothing without a matrix. */
export function renderVersions(object: ObjectReport, palette: Palette): string[] {
  if (!object.matrix) return []
  const ranges = object.matrix.map((range) => {
    const span = range.from === range.to ? range.from : `${range.from}–${range.to}`
    return `${span} ${levelColour(range.highestLevel, palette)(range.highestLevel)}`
  })
  const changes = (object.changes ?? []).map((change) => `${change.version} ${change.check} ${change.kind}`)
  return [`  versions    ${ranges.join(' · ')}${changes.length > 0 ? palette.dim(`  (${changes.join(', ')})`) : ''}`]
}
