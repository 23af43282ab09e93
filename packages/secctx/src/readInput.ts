/** How every subcommand reads an input: a file, or standard input for `-`, decoded as kubectl decodes it, a failure in words. */
import type { CliIo } from './io'
import { manifestText } from './manifestText'

/** The name standard input has on the command line and in reports: `-`. */
export const STDIN = '-'

/** An input's text, or why it could not be read (`cannot read FILE: REASON`, not yet escaped for a terminal). */
export type InputText = { text: string } | { error: string }

/** Reads one input; never throws. */
export async function readInput(file: string, io: CliIo): Promise<InputText> {
  try {
    return { text: manifestText(file === STDIN ? await io.stdin() : await io.readFile(file)) }
  } catch (error) {
    return { error: `cannot read ${file === STDIN ? 'standard input' : file}: ${describeReadError(error)}` }
  }
}

/**
 * The inputs to read: the FILEs given, or standard input when there are none. Undefined (after saying
 * so on standard error) when there are none and standard input is a terminal: waiting for a manifest to
 * be typed is never what was meant.
 */
export function inputsOrStdin(command: string, files: readonly string[], what: string, io: CliIo): readonly string[] | undefined {
  if (files.length > 0) return files
  if (!io.stdinIsTTY) return [STDIN]
  io.stderr.write(`secctx ${command}: no input: name FILEs or pipe ${what} into standard input (see secctx ${command} --help)\n`)
  return undefined
}

/** Why an input could not be read, in words (a missing file, a directory, no permission). */
function describeReadError(error: unknown): string {
  const code = (error as { code?: string } | null | undefined)?.code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EISDIR') return 'it is a directory (give the manifest files, e.g. dir/*.yaml)'
  if (code === 'EACCES') return 'permission denied'
  return error instanceof Error ? error.message : String(error)
}
