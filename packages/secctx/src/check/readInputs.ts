/** Reads each input (a file, or standard input for `-`) and evaluates it into its own report. */
import { parsePolicyVersion, type Level, type Report } from '@secctx/engine'
import type { CliIo } from '../io'
import { manifestText } from '../manifestText'
import { evaluateInBatches } from './batches'

/** The name standard input has in reports: `-`, as it was given on the command line. */
export const STDIN = '-'

/**
 * The reports of every input, in the order given, with admission gates at `level`: a large input
 * comes as several reports, one per batch of documents (see batches.ts); an unreadable input is an
 * input error in its report. With `versions`, each object carries its version matrix.
 */
export async function* readReports(files: readonly string[], version: string, level: Level, io: CliIo, versions?: string): AsyncGenerator<Report> {
  let stdinBytes: Promise<Uint8Array> | undefined
  for (const file of files) {
    let text: string
    try {
      // Standard input can be read once; `-` given twice reads the same text twice.
      text = manifestText(file === STDIN ? await (stdinBytes ??= io.stdin()) : await io.readFile(file))
    } catch (error) {
      yield unreadable(file, version, error)
      continue
    }
    yield* evaluateInBatches(text, { version, file, level, versions })
  }
}

function unreadable(file: string, version: string, error: unknown): Report {
  const parsed = parsePolicyVersion(version)
  return {
    policyVersion: parsed.ok ? `v1.${parsed.version.minor}` : version,
    requestedVersion: version,
    objects: [],
    skipped: [],
    errors: [{ file, document: null, item: null, message: `cannot read ${file === STDIN ? 'standard input' : file}: ${describeReadError(error)}`, line: 1, column: 1, endLine: 1, endColumn: 1 }],
  }
}

/** Why an input could not be read, in words (a missing file, a directory, no permission). */
export function describeReadError(error: unknown): string {
  const code = (error as { code?: string }).code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EISDIR') return 'it is a directory (give the manifest files, e.g. dir/*.yaml)'
  if (code === 'EACCES') return 'permission denied'
  return error instanceof Error ? error.message : String(error)
}
