/** `secctx check`: evaluates manifests and exits 0 (fine), 1 (below --level) or 2 (input error). */
import { isAllowedAt, mergeReports, type Report } from '../../engine'
import { paletteFor } from '../colour'
import type { Command } from '../command'
import { CHECK_USAGE } from '../usage'
import { parseCheckArgs } from './checkArgs'
import { STDIN, readReports } from './readInputs'
import { renderErrors, renderText } from './renderText'
import { escapeControls, terminalSafeReport } from './terminalSafe'

/** Exit statuses, as documented in `secctx check --help`. */
export const EXIT = { ok: 0, belowLevel: 1, inputError: 2 } as const

/** The `check` subcommand. */
export const checkCommand: Command = {
  name: 'check',
  summary: 'evaluate manifests against the Pod Security Standards',
  usage: CHECK_USAGE,
  async run(args, io) {
    const parsed = parseCheckArgs(args)
    if (parsed.kind === 'help') {
      io.stdout.write(CHECK_USAGE)
      return EXIT.ok
    }
    if (parsed.kind === 'error') {
      io.stderr.write(`secctx check: ${parsed.message}\n`)
      return EXIT.inputError
    }
    const { options } = parsed
    if (options.files.length === 0 && io.stdinIsTTY) {
      // Waiting for a manifest to be typed is never what was meant.
      io.stderr.write('secctx check: no input: name FILEs or pipe a manifest into standard input (see secctx check --help)\n')
      return EXIT.inputError
    }
    const files = options.files.length > 0 ? options.files : [STDIN]
    const report = mergeReports(await readReports(files, options.version, options.level ?? 'restricted', io))
    const palette = paletteFor(io)
    if (options.format === 'json') {
      io.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
      io.stderr.write(renderErrors(terminalSafeReport(report), paletteFor({ isTTY: false, env: {} })))
    } else {
      const safe = terminalSafeReport(report)
      io.stdout.write(renderText(safe, { palette, level: options.level, files: files.map(escapeControls) }))
      io.stderr.write(renderErrors(safe, palette))
    }
    return exitStatus(report, options.level)
  },
}

/** 2 when any input error, else 1 when an object is not allowed at the level, else 0. */
export function exitStatus(report: Report, level: Parameters<typeof isAllowedAt>[1] | null): number {
  if (report.errors.length > 0) return EXIT.inputError
  if (level !== null && report.objects.some((object) => !isAllowedAt(object, level))) return EXIT.belowLevel
  return EXIT.ok
}
