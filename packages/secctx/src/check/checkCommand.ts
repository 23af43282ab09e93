/** `secctx check`: evaluates manifests and exits 0 (fine), 1 (below --level) or 2 (input error). */
import { paletteFor } from '../colour'
import { answerHelpOrError, type Command } from '../command'
import { CHECK_USAGE } from '../usage'
import { parseCheckArgs } from './checkArgs'
import { inputsOrStdin } from '../readInput'
import { writeInputs } from './readInputs'
import type { Tally } from './renderText'
import { sarifWriter } from './sarif/sarifWriter'
import { jsonWriter, textWriter } from './writeReports'

/** Exit statuses, as documented in `secctx check --help`. */
const EXIT = { ok: 0, belowLevel: 1, inputError: 2 } as const

/** The `check` subcommand. */
export const checkCommand: Command = {
  name: 'check',
  summary: 'evaluate manifests against the Pod Security Standards',
  usage: CHECK_USAGE,
  async run(args, io) {
    const parsed = parseCheckArgs(args)
    if (parsed.kind !== 'run') return answerHelpOrError('check', CHECK_USAGE, parsed, io)
    const { options } = parsed
    const files = inputsOrStdin('check', options.files, 'a manifest', io)
    if (!files) return EXIT.inputError
    // Machine formats keep standard error free of colour codes too: it is usually a CI log.
    const plain = paletteFor({ isTTY: false, env: {} })
    const writer =
      options.format === 'json'
        ? jsonWriter(io, options.level)
        : options.format === 'sarif'
          ? sarifWriter(io, options.level, plain, process.cwd())
          : textWriter(io, options.level, paletteFor(io))
    await writeInputs(files, { version: options.version, level: options.level ?? 'restricted', versions: options.versions ?? undefined }, io, writer)
    return exitStatus(await writer.end())
  },
}

/** 2 when any input error, else 1 when an object is not allowed at the level, else 0. */
function exitStatus(tally: Tally): number {
  if (tally.errors > 0) return EXIT.inputError
  if (tally.below > 0) return EXIT.belowLevel
  return EXIT.ok
}
