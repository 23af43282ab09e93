import type { Manifest } from './corpus'
import type { Task, Timing } from './measure'
import type { Row } from './table'

/** A figure judged against what we aim for; `met` is undefined when there is no aim. */
export interface Verdict {
  figure: string
  aim: string
  met?: boolean
}

/** One row of the table before it is timed. */
export interface SuiteTask extends Task {
  /** What is measured, e.g. `engine: parse + evaluate`. */
  name: string
  /** How many manifests one run handles, for the per-manifest columns. */
  manifests: number
  /** Anything a reader must know to compare the row fairly; read after timing, so it may report what the runs found. */
  note?: () => string
  /** The row's figure against its aim, from its own timing and (by name) the other rows' timings. */
  assess?: (timing: Timing, timingOf: (name: string) => Timing | undefined) => Verdict
}

/**
 * A group of rows in the table. index.ts times the tasks of all suites together, round by round, so
 * the load on a shared machine falls on them alike. Measurements that are not Node timings (a
 * browser, the bundle, Lighthouse) return finished rows from `results`, run one suite after another
 * once the timing is over, so they neither disturb it nor each other.
 */
export interface Suite {
  name: string
  /** Sets up (untimed) and returns the work to time; the first task of the first suite is the table's reference. */
  tasks?(corpus: readonly Manifest[]): Promise<SuiteTask[]>
  /** Measures on its own and returns finished rows; a failure becomes a "not measured" row. */
  results?(): Promise<Row[]>
}

/** A row for something that could not be measured, with the reason. */
export function notMeasured(name: string, aim: string, reason: unknown): Row {
  const message = reason instanceof Error ? reason.message : String(reason)
  return { name, figure: `not measured: ${message.split('\n')[0].slice(0, 160)}`, aim }
}
