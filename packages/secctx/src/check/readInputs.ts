/** Reads each input (a file, or standard input for `-`) and evaluates it into the run's writer, a piece at a time. */
import { evaluate, parsePolicyVersion, streamPieces, type EvaluateOptions, type Level, type Report } from '@secctx/engine'
import type { CliIo } from '../io'
import { readInput } from '../readInput'
import { PiecePool } from './parallel'
import type { PieceWriter, ReportWriter } from './writeReports'

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
  let pool: PiecePool | undefined
  try {
    for (const file of files) {
      const input = await readInput(file, io)
      if ('error' in input) {
        await writer.write(unreadable(file, run.version, input.error))
        continue
      }
      const { text } = input
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

function unreadable(file: string, version: string, message: string): Report {
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
        message,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
      },
    ],
  }
}
