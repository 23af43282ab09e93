/**
 * `secctx check`'s output, written an object at a time as the reports of a run's pieces come in
 * (a large input is several reports, see batches.ts) and gathered into large writes
 * (chunkedOutput.ts): no output string ever holds the whole run, and standard output's backpressure
 * is honoured, so a slow reader does not make the process buffer it all either.
 */
import type { Level, Report } from '@secctx/engine'
import type { Palette } from '../colour'
import type { CliIo } from '../io'
import { ChunkedOutput, send } from './chunkedOutput'
import { type Tally, addToTally, emptyTally, renderBlocks, renderErrors, renderSummary } from './renderText'
import { terminalSafeReport } from './terminalSafe'

/** Where one run's reports go. */
export interface ReportWriter {
  write(report: Report): Promise<void>
  /** Writes what follows the last report; resolves to the run's tally. */
  end(): Promise<Tally>
}

/**
 * `--format json`: the merged report of the run (`mergeReports`), laid out one entry per line inside
 * its arrays: the same JSON value as `JSON.stringify(report, null, 2)` at about half the bytes, each
 * object's change a one-line diff, and each object written as soon as it is evaluated.
 */
export function jsonWriter(io: CliIo, level: Level | null, errorPalette: Palette): ReportWriter {
  const tally = emptyTally()
  const out = new ChunkedOutput(io.stdout)
  // Skipped objects and errors follow the objects in the JSON; they are few and small, so kept as text until the end.
  const skipped: string[] = []
  const errors: string[] = []
  let objects = 0
  return {
    async write(report) {
      if (tally.policyVersion === '') {
        await out.add(`{\n  "policyVersion": ${JSON.stringify(report.policyVersion)},\n  "requestedVersion": ${JSON.stringify(report.requestedVersion)},\n  "objects": [`)
      }
      addToTally(tally, report, level)
      for (const object of report.objects) await out.add(`${objects++ === 0 ? '' : ','}\n    ${JSON.stringify(object)}`)
      for (const entry of report.skipped) skipped.push(JSON.stringify(entry))
      for (const entry of report.errors) errors.push(JSON.stringify(entry))
      if (report.errors.length > 0) await send(io.stderr, renderErrors(terminalSafeReport({ ...report, objects: [], skipped: [] }), errorPalette))
    },
    async end() {
      await out.add(`${close(objects)},\n  "skipped": [${entries(skipped)}],\n  "errors": [${entries(errors)}]\n}\n`)
      await out.flush()
      return tally
    },
  }
}

/** JSON array entries, one a line, each line indented under its key. */
function entries(lines: readonly string[]): string {
  let text = ''
  for (let i = 0; i < lines.length; i++) text += `${i === 0 ? '' : ','}\n    ${lines[i]}`
  return lines.length > 0 ? `${text}\n  ` : text
}

/** The end of the objects array, on its own line when it has entries. */
function close(objects: number): string {
  return objects > 0 ? '\n  ]' : ']'
}

/** Text for people: one block per object or skipped object, then the summary line; input errors on standard error. */
export function textWriter(io: CliIo, level: Level | null, palette: Palette): ReportWriter {
  const tally = emptyTally()
  const out = new ChunkedOutput(io.stdout)
  let blocks = 0
  return {
    async write(report) {
      addToTally(tally, report, level)
      const safe = terminalSafeReport(report)
      for (const block of renderBlocks(safe, palette)) await out.add(`${blocks++ === 0 ? '' : '\n\n'}${block}`)
      if (report.errors.length > 0) await send(io.stderr, renderErrors(safe, palette))
    },
    async end() {
      await out.add(`${blocks > 0 ? '\n\n' : ''}${renderSummary(tally, palette, level)}\n`)
      await out.flush()
      return tally
    },
  }
}
