/** The benchmark's result table: one row per measured thing, compared with a reference row. */
import type { Timing } from './measure'

/** One line of the table. Other measurements (a browser run, a bundle) add rows of the same shape. */
export interface Row {
  /** What was measured, e.g. `engine: parse + evaluate`. */
  name: string
  timing: Timing
  /** How many manifests one run handles, for the per-manifest columns. */
  manifests: number
  /** Anything a reader must know to compare this row fairly. */
  note?: string
}

const fixed = (value: number, digits: number) => value.toFixed(digits)

/** A plain-text table; the ratio columns divide each row's medians (wall and CPU) by the reference row's. */
export function formatTable(rows: readonly Row[], reference: Row): string {
  const short = reference.name.split(':')[0]
  const header = ['measurement', 'wall ms', 'cpu ms', 'cpu min', 'cold ms', 'wall µs/m', 'cpu µs/m', `× ${short} wall`, `× ${short} cpu`, 'note']
  const body = rows.map(({ name, timing, manifests, note }) => [
    name,
    fixed(timing.medianMs, 1),
    fixed(timing.cpuMedianMs, 1),
    fixed(timing.cpuMinMs, 1),
    fixed(timing.coldMs, 1),
    fixed((timing.medianMs * 1000) / manifests, 1),
    fixed((timing.cpuMedianMs * 1000) / manifests, 1),
    fixed(timing.medianMs / reference.timing.medianMs, 2),
    fixed(timing.cpuMedianMs / reference.timing.cpuMedianMs, 2),
    note ?? '',
  ])
  const widths = header.map((cell, column) => Math.max(cell.length, ...body.map((line) => line[column].length)))
  const numeric = (column: number) => column >= 1 && column < header.length - 1
  const line = (cells: string[]) => cells.map((cell, column) => (numeric(column) ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  ').trimEnd()
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...body.map(line)].join('\n')
}
