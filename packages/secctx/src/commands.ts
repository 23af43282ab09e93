/**
 * Every `secctx` subcommand, in the order `secctx --help` lists them. A new subcommand (such as
 * `link`, over src/share/) lives in its own folder, implements `Command`, and is added here; the
 * dispatch in main.ts and the help text pick it up from this list.
 */
import { checkCommand } from './check/checkCommand'
import type { Command } from './command'
import { fixCommand } from './fix/fixCommand'
import { linkCommand } from './link'
import { planCommand } from './plan/planCommand'

/** The registered subcommands. */
export const COMMANDS: readonly Command[] = [checkCommand, planCommand, fixCommand, linkCommand]

/** The subcommand with that name, if any. */
export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((command) => command.name === name)
}
