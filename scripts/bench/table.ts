/** The benchmark's result table: one row per measured thing, timed rows compared with a reference row. */
import type { Timing } from './measure'

/** One line of the table: a Node timing (with the per-manifest and ratio columns) and/or a figure against an aim. */
export interface Row {
  /** What was measured, e.g. `engine: parse + evaluate`. */
  name: string
  timing?: Timing
  /** How many manifests one run handles, for the per-manifest columns. */
  manifests?: number
  /** The headline figure, e.g. `p95 42.0 ms`; "not measured: <reason>" when it could not be taken. */
  figure?: string
  /** What we aim for, e.g. `< 100 ms`; empty when the row is for information. */
  aim?: string
  /** Whether the figure met the aim; undefined (shown as —) when there is nothing to meet, e.g. a baseline row, or no figure. */
  met?: boolean
  /** Anything a reader must know to compare this row fairly. */
  note?: string
}

const fixed = (value: number, digits: number) => value.toFixed(digits)

/** A plain-text table; the ratio columns divide each timed row's medians (wall and CPU) by the reference row's. */
export function formatTable(rows: readonly Row[], reference: Row | undefined): string {
  const ref = reference?.timing
  const short = reference?.name.split(':')[0] ?? 'ref'
  const header = [
    'measurement',
    'wall ms',
    'cpu ms',
    'cpu min',
    'cold ms',
    'wall µs/m',
    'cpu µs/m',
    `× ${short} wall`,
    `× ${short} cpu`,
    'figure',
    'aim',
    'met',
    'note',
  ]
  const body = rows.map(({ name, timing, manifests = 1, figure, aim, met, note }) => [
    name,
    ...(timing
      ? [
          fixed(timing.medianMs, 1),
          fixed(timing.cpuMedianMs, 1),
          fixed(timing.cpuMinMs, 1),
          fixed(timing.coldMs, 1),
          fixed((timing.medianMs * 1000) / manifests, 1),
          fixed((timing.cpuMedianMs * 1000) / manifests, 1),
          ref ? fixed(timing.medianMs / ref.medianMs, 2) : '',
          ref ? fixed(timing.cpuMedianMs / ref.cpuMedianMs, 2) : '',
        ]
      : ['', '', '', '', '', '', '', '']),
    figure ?? '',
    aim || '—',
    met === undefined ? '—' : met ? 'yes' : 'NO',
    note ?? '',
  ])
  const widths = header.map((cell, column) => Math.max(cell.length, ...body.map((line) => line[column].length)))
  const numeric = (column: number) => column >= 1 && column <= 8
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (numeric(column) ? cell.padStart(widths[column]) : cell.padEnd(widths[column])))
      .join('  ')
      .trimEnd()
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...body.map(line)].join('\n')
}
