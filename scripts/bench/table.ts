/** The benchmark's result table: one row per measured thing, compared with a reference row. */
import type { Timing } from './measure'

/** One line of the table. Other measurements (a browser run, a bundle) add rows of the same shape. */
export interface Row {
  /** What was measured, e.g. `engine: parse + evaluate`. */
  name: string
  timing: Timing
  /** How many manifests one run handles, for the per-manifest column. */
  manifests: number
  /** Anything a reader must know to compare this row fairly. */
  note?: string
}

const fixed = (value: number, digits: number) => value.toFixed(digits)

/** A plain-text table; the ratio columns compare each row's medians (wall and CPU) with the reference row's. */
export function formatTable(rows: readonly Row[], reference: Row): string {
  const short = reference.name.split(':')[0]
  const header = ['measurement', 'median ms', 'cpu ms', 'cold ms', 'µs/manifest', `× ${short}`, `× ${short} (cpu)`, 'note']
  const body = rows.map((row) => [
    row.name,
    fixed(row.timing.medianMs, 1),
    fixed(row.timing.cpuMedianMs, 1),
    fixed(row.timing.coldMs, 1),
    fixed((row.timing.medianMs * 1000) / row.manifests, 1),
    fixed(row.timing.medianMs / reference.timing.medianMs, 2),
    fixed(row.timing.cpuMedianMs / reference.timing.cpuMedianMs, 2),
    row.note ?? '',
  ])
  const widths = header.map((cell, column) => Math.max(cell.length, ...body.map((line) => line[column].length)))
  const numeric = (column: number) => column >= 1 && column <= 6
  const line = (cells: string[]) => cells.map((cell, column) => (numeric(column) ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  ').trimEnd()
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...body.map(line)].join('\n')
}
