/**
 * `secctx check`'s output, written a report at a time (a large input is several reports, see
 * batches.ts), so no output string ever holds the whole run: a 20 MB stream's JSON is past the
 * longest string V8 can make. Standard output's backpressure is honoured, so a slow reader does
 * not make the process buffer it all either.
 */
import type { Level, Report } from '@secctx/engine'
import type { Palette } from '../colour'
import type { CliIo } from '../io'
import { type Tally, addToTally, emptyTally, renderBlocks, renderErrors, renderSummary } from './renderText'
import { terminalSafeReport } from './terminalSafe'

/** Where one run's reports go. */
export interface ReportWriter {
  write(report: Report): Promise<void>
  /** Writes what follows the last report; resolves to the run's tally. */
  end(): Promise<Tally>
}

type Out = CliIo['stdout']

/** Writes `text`; waits for the stream to drain when it asks to. */
async function send(out: Out, text: string): Promise<void> {
  if (text === '') return
  if (out.write(text) === false && out.once) await new Promise<void>((resolve) => out.once?.('drain', resolve))
}

/** `--format json`: byte for byte `JSON.stringify(mergeReports(reports), null, 2)`, one report's objects at a time. */
export function jsonWriter(io: CliIo, level: Level | null, errorPalette: Palette): ReportWriter {
  const tally = emptyTally()
  const skipped: Report['skipped'] = []
  const errors: Report['errors'] = []
  let objects = 0
  return {
    async write(report) {
      let text = ''
      if (tally.policyVersion === '') {
        text += `{\n  "policyVersion": ${JSON.stringify(report.policyVersion)},\n  "requestedVersion": ${JSON.stringify(report.requestedVersion)},\n  "objects": [`
      }
      addToTally(tally, report, level)
      for (const object of report.objects) text += `${objects++ === 0 ? '' : ','}\n    ${indent(JSON.stringify(object, null, 2), '    ')}`
      // Pushed one by one: spreading 100,000 entries into push() overflows the stack.
      for (const entry of report.skipped) skipped.push(entry)
      for (const entry of report.errors) errors.push(entry)
      await send(io.stdout, text)
      await send(io.stderr, renderErrors(terminalSafeReport({ ...report, objects: [], skipped: [] }), errorPalette))
    },
    async end() {
      const close = objects > 0 ? '\n  ]' : ']'
      await send(io.stdout, `${close},\n  "skipped": ${indent(JSON.stringify(skipped, null, 2), '  ')},\n  "errors": ${indent(JSON.stringify(errors, null, 2), '  ')}\n}\n`)
      return tally
    },
  }
}

/** Text for people: one block per object or skipped object, then the summary line; input errors on standard error. */
export function textWriter(io: CliIo, level: Level | null, palette: Palette): ReportWriter {
  const tally = emptyTally()
  let blocks = 0
  return {
    async write(report) {
      addToTally(tally, report, level)
      const safe = terminalSafeReport(report)
      let text = ''
      for (const block of renderBlocks(safe, palette)) text += `${blocks++ === 0 ? '' : '\n\n'}${block}`
      await send(io.stdout, text)
      await send(io.stderr, renderErrors(safe, palette))
    },
    async end() {
      await send(io.stdout, `${blocks > 0 ? '\n\n' : ''}${renderSummary(tally, palette, level)}\n`)
      return tally
    },
  }
}

function indent(json: string, by: string): string {
  return json.replaceAll('\n', `\n${by}`)
}
