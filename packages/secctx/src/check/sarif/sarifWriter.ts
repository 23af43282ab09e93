/** `--format sarif`: the run's SARIF log on standard output, an object's results as soon as it is evaluated; input errors also on standard error. */
import type { Level } from '@secctx/engine'
import type { Palette } from '../../colour'
import type { CliIo } from '../../io'
import { ChunkedOutput, send } from '../chunkedOutput'
import { addToTally, emptyTally, renderErrors } from '../renderText'
import { terminalSafeReport } from '../terminalSafe'
import type { ReportWriter } from '../writeReports'
import { SarifLog } from './sarifLog'

/** A report writer that writes one SARIF log; `cwd` is what relative file names in it are relative to. */
export function sarifWriter(io: CliIo, level: Level | null, errorPalette: Palette, cwd: string): ReportWriter {
  const tally = emptyTally()
  const out = new ChunkedOutput(io.stdout)
  const log = new SarifLog({ level, cwd })
  let begun = false
  return {
    async write(report) {
      if (!begun) {
        begun = true
        await out.add(log.begin())
      }
      addToTally(tally, report, level)
      for (const object of report.objects) await out.add(log.object(object, report))
      for (const error of report.errors) await out.add(log.inputError(error, report))
      if (report.errors.length > 0) await send(io.stderr, renderErrors(terminalSafeReport({ ...report, objects: [], skipped: [] }), errorPalette))
    },
    async end() {
      if (!begun) await out.add(log.begin())
      await out.add(log.end())
      await out.flush()
      return tally
    },
  }
}
