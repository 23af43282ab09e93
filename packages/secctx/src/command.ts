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
