/** Reads `secctx fix`'s arguments; every mistake becomes one line naming the accepted forms. */
import { CHECKED_LEVELS, LATEST_MINOR, type CheckedLevel } from '@secctx/engine'
import { checkChoice, checkVersion, orList, readOptions, type OptionHelp } from '../options'
import { STDIN } from '../readInput'

/** Where the fixed text goes. */
export type FixOutput = { kind: 'stdout' } | { kind: 'write' } | { kind: 'out-dir'; dir: string } | { kind: 'diff' }

/** What `secctx fix` was asked to do. */
export interface FixCommandOptions {
  level: CheckedLevel
  version: string
  output: FixOutput
  format: 'text' | 'json'
  /** As given; `-` is standard input. */
  files: string[]
}

/** Parsed options, a request for help, or a one-line error. */
export type FixArgs = { kind: 'run'; options: FixCommandOptions } | { kind: 'help' } | { kind: 'error'; message: string }

/** `secctx fix --help`. */
export const FIX_USAGE = `Usage: secctx fix [--level baseline|restricted] [--version latest|v1.N]
                  [--write | --out-dir DIR | --diff] [--format text|json] FILE|-...

Applies every fix each object needs to meet the level, as the smallest edits to your text:
comments, key order, quoting, flow or block style, indentation and line endings stay as written.
Every fix is checked by evaluating the fixed text; a fix that would add a failing check at any
level, an API server rejection or a kubelet refusal is not made.

Options:
  --level L     baseline or restricted (the default)
  --version V   policy version: latest (the default; evaluates as v1.${LATEST_MINOR}) or v1.<minor>
  (no output option, one FILE)  print the fixed text
  --write       rewrite each FILE in place
  --out-dir DIR write each fixed file to DIR under its own base name
  --diff        print a unified diff per file instead of the text
  --format F    text (the default) or json: per file and object, the fixes made
                ({check, path, label: safe|changes-behaviour, description}) and what could not be fixed
  -h, --help    show this help

Exit status:
  0  every object now meets the level
  1  something could not be fixed (listed on standard error, with why)
  2  an input error (nothing is written for that file) or a bad option
`

const FIX_OPTIONS = {
  level: { type: 'string' },
  version: { type: 'string' },
  write: { type: 'boolean' },
  'out-dir': { type: 'string' },
  diff: { type: 'boolean' },
  format: { type: 'string' },
} as const

const FIX_HELP: OptionHelp = {
  accepted: '--level baseline|restricted, --version latest|v1.N, --write, --out-dir DIR, --diff, --format text|json, --help',
  values: { level: orList(CHECKED_LEVELS), version: 'latest or v1.<minor>, e.g. v1.30', 'out-dir': 'a directory', format: 'text or json' },
}

/** Parses the arguments that follow `fix`. */
export function parseFixArgs(args: readonly string[]): FixArgs {
  const read = readOptions(args, FIX_OPTIONS, FIX_HELP)
  if (!read.ok) return { kind: 'error', message: read.message }
  const { values, positionals: files } = read
  if (values.help) return { kind: 'help' }
  const level = checkChoice('level', values.level, CHECKED_LEVELS, 'restricted')
  if (!level.ok) return { kind: 'error', message: level.message }
  const version = checkVersion(values.version)
  if (!version.ok) return { kind: 'error', message: version.message }
  const format = checkChoice('format', values.format, ['text', 'json'], 'text')
  if (!format.ok) return { kind: 'error', message: format.message }
  const chosen = [values.write && '--write', values['out-dir'] !== undefined && '--out-dir', values.diff && '--diff'].filter(Boolean)
  if (chosen.length > 1) return { kind: 'error', message: `${chosen.join(' and ')} exclude each other: choose one` }
  if (files.length === 0) return { kind: 'error', message: 'no input: name FILEs, or - for standard input (see secctx fix --help)' }
  const output: FixOutput = values.write
    ? { kind: 'write' }
    : values['out-dir'] !== undefined
      ? { kind: 'out-dir', dir: values['out-dir'] }
      : values.diff
        ? { kind: 'diff' }
        : { kind: 'stdout' }
  if (output.kind === 'stdout' && format.value === 'text' && files.length > 1) {
    return { kind: 'error', message: 'several FILEs: give --write, --out-dir DIR or --diff (the fixed text of one FILE goes to standard output)' }
  }
  if ((output.kind === 'write' || output.kind === 'out-dir') && files.includes(STDIN)) {
    return {
      kind: 'error',
      message: `standard input (-) has no file to ${output.kind === 'write' ? 'rewrite' : 'name the output after'}: use it without --write or --out-dir`,
    }
  }
  return { kind: 'run', options: { level: level.value, version: version.value, output, format: format.value, files } }
}
