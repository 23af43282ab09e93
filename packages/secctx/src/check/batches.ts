/**
 * A large stream evaluated a piece at a time, so `secctx check` holds one piece's parse and report
 * at once instead of the whole stream's (20 MB of pods took 2 GB and then some). The engine cuts the
 * pieces and reports every position in the whole stream (streamPieces, EvaluateOptions.start), so
 * the reports read as if the stream had been evaluated in one piece.
 */
import { evaluate, streamPieces, type EvaluateOptions, type Report } from '@secctx/engine'

/** Streams up to this many characters are evaluated in one piece. */
export const BATCH_CHARS = 1024 * 1024

/** The engine's reports for `text`, one per piece of about `batchChars` characters, in stream order. */
export function* evaluateInBatches(text: string, options: EvaluateOptions, batchChars = BATCH_CHARS): Generator<Report> {
  for (const piece of streamPieces(text, batchChars)) yield evaluate(piece.text, { ...options, start: piece.start })
}
