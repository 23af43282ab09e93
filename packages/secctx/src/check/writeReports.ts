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
import { closeEntries, entryLine } from './jsonLines'
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
      tail: (tally) => `${closeEntries(tally.objects, '  ')},\n  "skipped": [${restOfArray(skipped)},\n  "errors": [${restOfArray(errors)}\n}\n`,
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
export interface Frame {
  /** Before the first entry; the run's versions are in the tally. */
  head(tally: Tally): string
  /** Collects what a piece keeps for the end. */
  keep(piece: RenderedPiece): void
  /** After the last entry. */
  tail(tally: Tally, entries: number): string
  /** How many characters of the first entry's separator only go between entries (dropped before the run's first entry). */
  between: number
}

/** A run's output, a rendered piece at a time: the frame's head before the first, its tail at the end, input errors on standard error. */
export interface FramedOutput {
  writeRendered(piece: RenderedPiece): Promise<void>
  /** Writes the tail; resolves to the run's tally. */
  end(): Promise<Tally>
}

function pieceWriter(io: CliIo, pieceFormat: PieceFormat, frame: Omit<Frame, 'between'>): PieceWriter {
  const output = framedOutput(io, { ...frame, between: BETWEEN_ENTRIES[pieceFormat.format] })
  return { pieceFormat, ...output, write: (report) => output.writeRendered(renderPiece(report, pieceFormat)) }
}

/** The output of a run in some format (pieceWriter's, and SARIF's whose pieces are rendered where they are written). */
export function framedOutput(io: CliIo, frame: Frame): FramedOutput {
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
      await out.add(entries === 0 ? dropStart(piece.body, frame.between) : piece.body)
      entries += 1
    }
    if (piece.stderr !== '') await send(io.stderr, piece.stderr)
  }
  return {
    writeRendered,
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

/** A top-level JSON array after its `[`: its entries one a line, and its `]`. */
function restOfArray(lines: readonly string[]): string {
  let text = ''
  for (let i = 0; i < lines.length; i++) text += entryLine(i, '    ', lines[i])
  return text + closeEntries(lines.length, '  ')
}
