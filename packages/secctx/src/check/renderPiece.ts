/**
 * One piece's share of `secctx check`'s output, rendered from its report alone, so it can be made
 * in a worker thread (parallel.ts) as well as where it is written (writeReports.ts): the entries of
 * the output's body, what the end of the output collects, standard error's lines and the counts.
 */
import type { Level, Report } from '@secctx/engine'
import { paletteFor } from '../colour'
import { entryLine } from './jsonLines'
import { type Tally, addToTally, emptyTally, renderBlocks, renderErrors } from './renderText'

/** What a piece is rendered for; plain data, so a worker thread gets it as it is. */
export interface PieceFormat {
  format: 'json' | 'text'
  /** `--level`, for the tally's count of objects below it. */
  level: Level | null
  /** Whether text is coloured (standard output is a terminal and NO_COLOR is unset). */
  colour: boolean
}

/** A piece's output. */
export interface RenderedPiece {
  tally: Tally
  /** The piece's entries, each preceded by `ENTRY_SEPARATOR[format]`, as strings in order (not joined: see chunkedOutput.ts); UTF-8 bytes when made in a worker thread. */
  body: string[] | Uint8Array
  /** JSON: the piece's `skipped` and `errors` entries, written after every object. */
  skipped: string[]
  errors: string[]
  /** Input errors, one line each, for standard error. */
  stderr: string
}

/** What goes between two entries of the body; ASCII, so its length is its byte count too. */
const ENTRY_SEPARATOR: Readonly<Record<PieceFormat['format'], string>> = { json: entryLine(1, '    ', ''), text: '\n\n' }

/** The part of the separator that only goes between entries, dropped before the run's first one. */
export const BETWEEN_ENTRIES: Readonly<Record<PieceFormat['format'], number>> = { json: 1, text: 2 }

/** Renders one piece's report. */
export function renderPiece(report: Report, { format, level, colour }: PieceFormat): RenderedPiece {
  const tally = emptyTally()
  addToTally(tally, report, level)
  const separator = ENTRY_SEPARATOR[format]
  // Machine formats keep standard error free of colour codes too: it is usually a CI log.
  const palette = paletteFor({ isTTY: colour && format === 'text', env: {} })
  const body: string[] = []
  const skipped: string[] = []
  const errors: string[] = []
  if (format === 'json') {
    // JSON.stringify escapes every control character, so the report is written as the engine made it.
    for (const object of report.objects) body.push(separator, JSON.stringify(object))
    for (const entry of report.skipped) skipped.push(JSON.stringify(entry))
    for (const entry of report.errors) errors.push(JSON.stringify(entry))
  } else {
    // The text renderers escape manifest text where they write it: no copy of the report.
    for (const block of renderBlocks(report, palette)) body.push(separator, block)
  }
  const stderr = report.errors.length > 0 ? renderErrors(report, palette) : ''
  return { tally, body, skipped, errors, stderr }
}
