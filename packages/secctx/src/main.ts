/** `secctx`'s entry: dispatches to a subcommand and resolves to the process exit status. */
import { COMMANDS, findCommand } from './commands'
import { withDefaults, type CliIo } from './io'
import { mainUsage } from './usage'

/** Runs `secctx` with the arguments after the program name; `io` replaces parts of the real process (for tests). */
export async function main(argv: readonly string[], io: Partial<CliIo> = {}): Promise<number> {
  const cli = withDefaults(io)
  const [name, ...rest] = argv
  try {
    if (name === '--help' || name === '-h' || name === 'help') {
      const command = rest[0] === undefined ? undefined : findCommand(rest[0])
      cli.stdout.write(command ? command.usage : mainUsage(COMMANDS))
      return 0
    }
    if (name === undefined) {
      cli.stderr.write(mainUsage(COMMANDS))
      return 2
    }
    const command = findCommand(name)
    if (!command) {
      cli.stderr.write(`secctx: unknown command ${JSON.stringify(name)} (commands: ${COMMANDS.map((c) => c.name).join(', ')}; see secctx --help)\n`)
      return 2
    }
    return await command.run(rest, cli)
  } catch (error) {
    // The engine never throws; this is the CLI's own failure, reported without a stack trace.
    cli.stderr.write(`secctx: internal error: ${error instanceof Error ? error.message : String(error)}\n`)
    return 2
  }
}
