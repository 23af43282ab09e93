/** Reads `secctx plan`'s arguments; every mistake becomes one line naming the accepted forms. */
import { parseArgs } from 'node:util'
import { parsePolicyVersion } from '@secctx/engine'

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

const ACCEPTED = 'accepted: --version latest|v1.N, --admission-config FILE, --namespace NAME, --format text|json, --help'

/** Parses the arguments that follow `plan`. */
export function parsePlanArgs(args: readonly string[]): PlanArgs {
  let values: { version?: string; 'admission-config'?: string; namespace?: string; format?: string; help?: boolean }
  let positionals: string[]
  try {
    ;({ values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        version: { type: 'string' },
        'admission-config': { type: 'string' },
        namespace: { type: 'string' },
        format: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }))
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const option = /'(--[\w-]+)/.exec(message)?.[1]
    if ((error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return { kind: 'error', message: `unknown option ${option ?? ''} (${ACCEPTED})` }
    return { kind: 'error', message: `${option ? `${option} needs a value` : message.split('\n')[0]} (${ACCEPTED})` }
  }
  if (values.help) return { kind: 'help' }
  const version = values.version ?? 'latest'
  const parsed = parsePolicyVersion(version)
  if (!parsed.ok) return { kind: 'error', message: `--version: ${parsed.message}` }
  const namespace = values.namespace ?? 'default'
  // A namespace name is a DNS label, as the API server requires.
  if (!/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(namespace)) {
    return { kind: 'error', message: `invalid --namespace ${JSON.stringify(namespace)}: a lowercase DNS label (a-z, 0-9, '-', at most 63 characters)` }
  }
  if (values.format !== undefined && values.format !== 'text' && values.format !== 'json') {
    return { kind: 'error', message: `invalid --format ${JSON.stringify(values.format)}: expected text or json` }
  }
  return {
    kind: 'run',
    options: { version, admissionConfig: values['admission-config'] ?? null, namespace, format: values.format === 'json' ? 'json' : 'text', files: positionals },
  }
}
