/** Where the kubectl differential corpus lives. */
import { fileURLToPath } from 'node:url'

const CORPUS_DIR = fileURLToPath(new URL('../../packages/engine/fixtures/kubectl-read/', import.meta.url))
/** One input file per case. */
export const CASES_DIR = CORPUS_DIR + 'cases/'
/** kubectl's reading of each case, `<case>.json`. */
export const GOLDEN_DIR = CORPUS_DIR + 'golden/'

/** The golden file of a case file: its name with `.json` in place of its extension. */
export function goldenName(caseFile: string): string {
  return caseFile.replace(/\.(yaml|json)$/, '.json')
}
