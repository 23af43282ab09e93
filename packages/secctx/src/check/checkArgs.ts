/** Reads `secctx check`'s arguments; every mistake becomes one line naming the accepted forms. */
import { LEVELS, parseVersionRange, type Level } from '@secctx/engine'
import { checkChoice, checkVersion, orList, readOptions, type OptionHelp } from '../options'

/** What `secctx check` was asked to do. */
export interface CheckOptions {
  version: string
  /** `--versions`: `all` or `v1.A..v1.B` for each object's version matrix, or null. */
  versions: string | null
  level: Level | null
  format: CheckFormat
  /** As given; `-` is standard input. Empty means standard input. */
  files: string[]
}

/** The output formats of `secctx check`. */
export type CheckFormat = (typeof FORMATS)[number]

/** Parsed options, a request for help, or a one-line error. */
export type CheckArgs = { kind: 'run'; options: CheckOptions } | { kind: 'help' } | { kind: 'error'; message: string }

const FORMATS = ['text', 'json', 'sarif'] as const

const CHECK_OPTIONS = {
  version: { type: 'string' },
  versions: { type: 'string' },
  level: { type: 'string' },
  format: { type: 'string' },
} as const

const CHECK_HELP: OptionHelp = {
  accepted: '--version latest|v1.N, --versions all|v1.A..v1.B, --level baseline|restricted|privileged, --format text|json|sarif, --help',
  values: {
    version: 'latest or v1.<minor>, e.g. v1.30',
    versions: 'all or v1.<minor>..v1.<minor>, e.g. v1.22..latest',
    level: orList(LEVELS),
    format: orList(FORMATS),
  },
}

/** Parses the arguments that follow `check`. */
export function parseCheckArgs(args: readonly string[]): CheckArgs {
  const read = readOptions(args, CHECK_OPTIONS, CHECK_HELP)
  if (!read.ok) return { kind: 'error', message: read.message }
  const { values, positionals } = read
  if (values.help) return { kind: 'help' }
  const version = checkVersion(values.version)
  if (!version.ok) return { kind: 'error', message: version.message }
  const versions = values.versions === undefined ? undefined : parseVersionRange(values.versions)
  if (versions && !versions.ok) return { kind: 'error', message: `--versions: ${versions.message}` }
  const level = checkChoice('level', values.level, LEVELS)
  if (!level.ok) return { kind: 'error', message: level.message }
  const format = checkChoice('format', values.format, FORMATS, 'text')
  if (!format.ok) return { kind: 'error', message: format.message }
  return {
    kind: 'run',
    options: { version: version.value, versions: values.versions ?? null, level: level.value ?? null, format: format.value, files: positionals },
  }
}
