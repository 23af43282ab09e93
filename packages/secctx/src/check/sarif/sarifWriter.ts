/** `--format sarif`: the run's SARIF log on standard output, an object's results as soon as it is evaluated; input errors also on standard error. */
import type { Level } from '@secctx/engine'
import type { Palette } from '../../colour'
import type { CliIo } from '../../io'
import { addToTally, emptyTally, renderErrors } from '../renderText'
import { framedOutput, type ReportWriter } from '../writeReports'
import { SarifLog } from './sarifLog'

/** A report writer that writes one SARIF log; `cwd` is what relative file names in it are relative to. */
export function sarifWriter(io: CliIo, level: Level | null, errorPalette: Palette, cwd: string): ReportWriter {
  const log = new SarifLog({ level, cwd })
  // The log numbers its results (rules, fingerprints, the results limit), so its pieces are rendered here, in
  // stream order, never in a worker thread; it writes its own commas, so nothing is dropped before the first.
  const output = framedOutput(io, { head: () => log.begin(), keep: () => undefined, tail: () => log.end(), between: 0 })
  return {
    write(report) {
      const tally = emptyTally()
      addToTally(tally, report, level)
      const body: string[] = []
      for (const object of report.objects) body.push(log.object(object, report))
      for (const error of report.errors) body.push(log.inputError(error, report))
      // renderErrors escapes the file names and messages it writes.
      const stderr = report.errors.length > 0 ? renderErrors(report, errorPalette) : ''
      return output.writeRendered({ tally, body, skipped: [], errors: [], stderr })
    },
    end: () => output.end(),
  }
}
