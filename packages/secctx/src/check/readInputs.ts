/** Reads each input (a file, or standard input for `-`) and evaluates it into the run's writer, a piece at a time. */
import { evaluate, parsePolicyVersion, streamPieces, type EvaluateOptions, type Level, type Report } from '@secctx/engine'
import type { CliIo } from '../io'
import { manifestText } from '../manifestText'
import { PiecePool } from './parallel'
import type { PieceWriter, ReportWriter } from './writeReports'

/** The name standard input has in reports: `-`, as it was given on the command line. */
export const STDIN = '-'

/**
 * A stream is evaluated in pieces of about this many characters (a few documents; one document is never
 * split), so one piece's parse and report are held at a time, not the whole input's (20 MB of pods took
 * 2 GB in one piece). Small pieces also die young: 5,000 manifests took 2.0 s in 256 KiB pieces and
 * 1.35 s in 16 KiB ones, the difference being the garbage collector copying a large piece's live
 * parse and reports from one young generation to the next.
 */
export const PIECE_CHARS = 16 * 1024

/** Inputs at least this long are evaluated in worker threads: below it, starting them costs more than they save. */
export const PARALLEL_CHARS = 1024 * 1024

/** What every input is evaluated with. */
export interface CheckRun {
  version: string
  /** The admission gates' level. */
  level: Level
  /** `--versions`: each object carries its version matrix. */
  versions?: string
}

/**
 * Evaluates every input, in the order given, into `writer`: a large input as several reports, one per
 * piece of documents (the engine's streamPieces, whose reports carry whole-input positions), in worker threads when `io.workers` allows and the writer takes
 * rendered pieces; an unreadable input is an input error in its report.
 */
export async function writeInputs(files: readonly string[], run: CheckRun, io: CliIo, writer: ReportWriter): Promise<void> {
  let stdinBytes: Promise<Uint8Array> | undefined
  let pool: PiecePool | undefined
  try {
    for (const file of files) {
      let text: string
      try {
        // Standard input can be read once; `-` given twice reads the same text twice.
        text = manifestText(file === STDIN ? await (stdinBytes ??= io.stdin()) : await io.readFile(file))
      } catch (error) {
        await writer.write(unreadable(file, run.version, error))
        continue
      }
      const options: EvaluateOptions = { version: run.version, file, level: run.level, versions: run.versions }
      const pieces = streamPieces(text, PIECE_CHARS)
      if (io.workers && io.workers.threads > 1 && text.length >= PARALLEL_CHARS && pieces.length > 1 && isPieceWriter(writer)) {
        pool ??= new PiecePool(io.workers.script, io.workers.threads)
        const format = writer.pieceFormat
        for await (const piece of pool.render(pieces.map((piece) => ({ piece, options, format })))) await writer.writeRendered(piece)
      } else {
        for (const piece of pieces) await writer.write(evaluate(piece.text, { ...options, start: piece.start }))
      }
    }
  } finally {
    await pool?.close()
  }
}

function isPieceWriter(writer: ReportWriter): writer is PieceWriter {
  return 'writeRendered' in writer
}

function unreadable(file: string, version: string, error: unknown): Report {
  const parsed = parsePolicyVersion(version)
  return {
    policyVersion: parsed.ok ? `v1.${parsed.version.minor}` : version,
    requestedVersion: version,
    objects: [],
    skipped: [],
    errors: [
      {
        file,
        document: null,
        item: null,
        message: `cannot read ${file === STDIN ? 'standard input' : file}: ${describeReadError(error)}`,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
      },
    ],
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
