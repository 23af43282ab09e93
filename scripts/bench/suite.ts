import type { Manifest } from './corpus'
import type { Row } from './table'

/** A group of rows in the table. A later measurement (the engine in a browser, the bundle) is one more Suite listed in index.ts. */
export interface Suite {
  name: string
  /** Measures the corpus; the first row of the first suite is the table's reference. */
  measure(corpus: readonly Manifest[]): Promise<Row[]>
}
