/** Reads `secctx plan`'s arguments; every mistake becomes one line naming the accepted forms. */
import { checkChoice, checkVersion, readOptions, type OptionHelp } from '../options'

/** What `secctx plan` was asked to do. */
export interface PlanOptions {
  version: string
  admissionConfig: string | null
  /** The namespace of objects that name none. */
  namespace: string
  format: 'text' | 'json'
  /** As given; `-` is standard input. Empty means standard input. */
  files: string[]
}

/** Parsed options, a request for help, or a one-line error. */
export type PlanArgs = { kind: 'run'; options: PlanOptions } | { kind: 'help' } | { kind: 'error'; message: string }

const PLAN_OPTIONS = {
  version: { type: 'string' },
  'admission-config': { type: 'string' },
  namespace: { type: 'string' },
  format: { type: 'string' },
} as const

const PLAN_HELP: OptionHelp = {
  accepted: '--version latest|v1.N, --admission-config FILE, --namespace NAME, --format text|json, --help',
  values: { version: 'latest or v1.<minor>, e.g. v1.30', 'admission-config': 'a file', namespace: 'a namespace name', format: 'text or json' },
}

/** Parses the arguments that follow `plan`. */
export function parsePlanArgs(args: readonly string[]): PlanArgs {
  const read = readOptions(args, PLAN_OPTIONS, PLAN_HELP)
  if (!read.ok) return { kind: 'error', message: read.message }
  const { values, positionals } = read
  if (values.help) return { kind: 'help' }
  const version = checkVersion(values.version)
  if (!version.ok) return { kind: 'error', message: version.message }
  const namespace = values.namespace ?? 'default'
  // A namespace name is a DNS label, as the API server requires.
  if (!/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(namespace)) {
    return { kind: 'error', message: `invalid --namespace ${JSON.stringify(namespace)}: a lowercase DNS label (a-z, 0-9, '-', at most 63 characters)` }
  }
  const format = checkChoice('format', values.format, ['text', 'json'], 'text')
  if (!format.ok) return { kind: 'error', message: format.message }
  return {
    kind: 'run',
    options: { version: version.value, admissionConfig: values['admission-config'] ?? null, namespace, format: format.value, files: positionals },
  }
}
