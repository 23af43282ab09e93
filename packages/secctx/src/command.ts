import { escapeControls } from './check/terminalSafe'
import type { CliIo } from './io'

/** A `secctx` subcommand. */
export interface Command {
  /** The word after `secctx`. */
  name: string
  /** One line for `secctx --help`. */
  summary: string
  /** Its full help text. */
  usage: string
  /** Runs with the arguments after the name; resolves to the exit status. */
  run(args: readonly string[], io: CliIo): Promise<number>
}

/**
 * What every subcommand does before its work: prints its help (exit 0), or its one-line option
 * error, escaped for the terminal as all output is (exit 2).
 */
export function answerHelpOrError(command: string, usage: string, parsed: { kind: 'help' } | { kind: 'error'; message: string }, io: CliIo): number {
  if (parsed.kind === 'help') {
    io.stdout.write(usage)
    return 0
  }
  io.stderr.write(`secctx ${command}: ${escapeControls(parsed.message)}\n`)
  return 2
}
