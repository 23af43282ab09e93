/** Reads `secctx check`'s arguments; every mistake becomes one line naming the accepted forms. */
import { parseArgs } from 'node:util'
import { isLevel, parsePolicyVersion, parseVersionRange, type Level } from '@secctx/engine'

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

/** Parses the arguments that follow `check`. */
export function parseCheckArgs(args: readonly string[]): CheckArgs {
  let values: { version?: string; versions?: string; level?: string; format?: string; help?: boolean }
  let positionals: string[]
  try {
    ;({ values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        version: { type: 'string' },
        versions: { type: 'string' },
        level: { type: 'string' },
        format: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }))
  } catch (error) {
    return { kind: 'error', message: describeArgError(error) }
  }
  if (values.help) return { kind: 'help' }

  const version = values.version ?? 'latest'
  const parsedVersion = parsePolicyVersion(version)
  if (!parsedVersion.ok) return { kind: 'error', message: `--version: ${parsedVersion.message}` }
  const versions = values.versions === undefined ? undefined : parseVersionRange(values.versions)
  if (versions && !versions.ok) return { kind: 'error', message: `--versions: ${versions.message}` }
  if (values.level !== undefined && !isLevel(values.level)) {
    return { kind: 'error', message: `invalid --level ${JSON.stringify(values.level)}: expected baseline, restricted or privileged` }
  }
  if (values.format !== undefined && !FORMATS.includes(values.format as CheckFormat)) {
    return { kind: 'error', message: `invalid --format ${JSON.stringify(values.format)}: expected text, json or sarif` }
  }
  return {
    kind: 'run',
    options: { version, versions: values.versions ?? null, level: (values.level as Level | undefined) ?? null, format: (values.format as CheckFormat | undefined) ?? 'text', files: positionals },
  }
}

const ACCEPTED = 'accepted: --version latest|v1.N, --versions all|v1.A..v1.B, --level baseline|restricted|privileged, --format text|json|sarif, --help'

const VALUES: Readonly<Record<string, string>> = {
  version: 'latest or v1.<minor>, e.g. v1.30',
  versions: 'all or v1.<minor>..v1.<minor>, e.g. v1.22..latest',
  level: 'baseline, restricted or privileged',
  format: 'text, json or sarif',
}

function describeArgError(error: unknown): string {
  const code = (error as { code?: string }).code
  const message = error instanceof Error ? error.message : String(error)
  const option = /--(\w+)/.exec(message)?.[1] ?? /'(-\w)'/.exec(message)?.[1]
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${/'([^']+)'/.exec(message)?.[1] ?? ''} (${ACCEPTED})`
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option !== undefined) {
    if (message.includes('does not take an argument')) return `--${option} takes no value`
    return `--${option} needs a value: ${VALUES[option] ?? ACCEPTED}`
  }
  return `${message.split('\n')[0]} (${ACCEPTED})`
}
