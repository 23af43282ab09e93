import type { Manifest } from './corpus'
import type { Task } from './measure'

/** One row of the table before it is timed. */
export interface SuiteTask extends Task {
  /** What is measured, e.g. `engine: parse + evaluate`. */
  name: string
  /** How many manifests one run handles, for the per-manifest columns. */
  manifests: number
  /** Anything a reader must know to compare the row fairly; read after timing, so it may report what the runs found. */
  note?: () => string
}

/**
 * A group of rows in the table. index.ts times the tasks of all suites together, round by round, so
 * the load on a shared machine falls on them alike. Another measurement of the corpus (the bundle, a
 * browser) is one more Suite listed in index.ts.
 */
export interface Suite {
  name: string
  /** Sets up (untimed) and returns the work to time; the first task of the first suite is the table's reference. */
  tasks(corpus: readonly Manifest[]): Promise<SuiteTask[]>
}
