/**
 * `secctx check`'s output, written a piece at a time as the reports of a run's pieces come in (a
 * large input is several, see readInputs.ts), each piece rendered here or in a worker thread
 * (renderPiece.ts, parallel.ts) and gathered into large writes (chunkedOutput.ts): no output string
 * ever holds the whole run, and standard output's backpressure is honoured, so a slow reader does
 * not make the process buffer it all either.
 */
import type { Level, Report } from '@secctx/engine'
import { isColoured, type Palette } from '../colour'
import type { CliIo } from '../io'
import { ChunkedOutput, send } from './chunkedOutput'
import { BETWEEN_ENTRIES, type PieceFormat, type RenderedPiece, renderPiece } from './renderPiece'
import { type Tally, addTallies, emptyTally, renderSummary } from './renderText'

/** Where one run's reports go. */
export interface ReportWriter {
  write(report: Report): Promise<void>
  /** Writes what follows the last report; resolves to the run's tally. */
  end(): Promise<Tally>
}

/** A writer whose pieces can also be rendered elsewhere (a worker thread) and handed over rendered. */
export interface PieceWriter extends ReportWriter {
  /** How its pieces are rendered (renderPiece). */
  readonly pieceFormat: PieceFormat
  /** Writes a piece rendered from the next report. */
  writeRendered(piece: RenderedPiece): Promise<void>
}

/**
 * `--format json`: one report of the whole run, its pieces' entries gathered in stream order, laid out one entry per line inside
 * its arrays: the same JSON value as `JSON.stringify(report, null, 2)` at about 60% of the bytes,
 * each object's change a one-line diff, and each object written as soon as it is evaluated.
 */
export function jsonWriter(io: CliIo, level: Level | null): PieceWriter {
  // Skipped objects and errors follow the objects in the JSON; they are few and small, so kept as text until the end.
  const skipped: string[] = []
  const errors: string[] = []
  return pieceWriter(
    io,
    { format: 'json', level, colour: false },
    {
      head: (tally) =>
        `{\n  "policyVersion": ${JSON.stringify(tally.policyVersion)},\n  "requestedVersion": ${JSON.stringify(tally.requestedVersion)},\n  "objects": [`,
      keep(piece) {
        for (const entry of piece.skipped) skipped.push(entry)
        for (const entry of piece.errors) errors.push(entry)
      },
      tail: (tally) => `${tally.objects > 0 ? '\n  ]' : ']'},\n  "skipped": [${entries(skipped)}],\n  "errors": [${entries(errors)}]\n}\n`,
    },
  )
}

/** Text for people: one block per object or skipped object, then the summary line; input errors on standard error. */
export function textWriter(io: CliIo, level: Level | null, palette: Palette): PieceWriter {
  return pieceWriter(
    io,
    { format: 'text', level, colour: isColoured(palette) },
    {
      head: () => '',
      keep: () => undefined,
      tail: (tally, entries) => `${entries > 0 ? '\n\n' : ''}${renderSummary(tally, palette, level)}\n`,
    },
  )
}

/** What a format writes around the pieces' entries. */
interface Frame {
  /** Before the first entry; the run's versions are in the tally. */
  head(tally: Tally): string
  /** Collects what a piece keeps for the end. */
  keep(piece: RenderedPiece): void
  /** After the last entry. */
  tail(tally: Tally, entries: number): string
}

function pieceWriter(io: CliIo, pieceFormat: PieceFormat, frame: Frame): PieceWriter {
  const tally = emptyTally()
  const out = new ChunkedOutput(io.stdout)
  let begun = false
  let entries = 0
  const writeRendered = async (piece: RenderedPiece) => {
    addTallies(tally, piece.tally)
    if (!begun) {
      begun = true
      await out.add(frame.head(tally))
    }
    frame.keep(piece)
    if (piece.body.length > 0) {
      // The first entry of the run has nothing before it to be separated from.
      await out.add(entries === 0 ? dropStart(piece.body, BETWEEN_ENTRIES[pieceFormat.format]) : piece.body)
      entries += 1
    }
    if (piece.stderr !== '') await send(io.stderr, piece.stderr)
  }
  return {
    pieceFormat,
    writeRendered,
    write: (report) => writeRendered(renderPiece(report, pieceFormat)),
    async end() {
      if (!begun) await out.add(frame.head(tally))
      await out.add(frame.tail(tally, entries))
      await out.flush()
      return tally
    },
  }
}

/** The body without its first `count` characters (ASCII, so bytes too; the first part is a whole separator). */
function dropStart(body: string[] | Uint8Array, count: number): string[] | Uint8Array {
  return body instanceof Uint8Array ? body.subarray(count) : [body[0].slice(count), ...body.slice(1)]
}

/** JSON array entries, one a line, each line indented under its key. */
function entries(lines: readonly string[]): string {
  let text = ''
  for (let i = 0; i < lines.length; i++) text += `${i === 0 ? '' : ','}\n    ${lines[i]}`
  return lines.length > 0 ? `${text}\n  ` : text
}
