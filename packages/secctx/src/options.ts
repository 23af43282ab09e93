/**
 * How every subcommand reads its options: node:util parseArgs, strict, with each mistake turned into
 * one line that names the accepted forms, and the checks of the values several commands share.
 */
import { parseArgs } from 'node:util'
import { parsePolicyVersion } from '@secctx/engine'

/** A subcommand's options as parseArgs declares them; `-h/--help` is added to every one. */
export type OptionSpec = Readonly<Record<string, { type: 'string' } | { type: 'boolean' }>>

/** What was given: a string per string option, true per switch, absent when not given. */
export type OptionValues<S extends OptionSpec> = { [K in keyof S]?: S[K] extends { type: 'string' } ? string : boolean } & { help?: boolean }

/** How a subcommand's error messages describe its options. */
export interface OptionHelp {
  /** Every option with its forms, e.g. `--version latest|v1.N, --format text|json, --help`. */
  accepted: string
  /** Per string option (without `--`), the values it takes, for `--version needs a value: …`. */
  values?: Readonly<Record<string, string>>
}

/** The options and operands, or one line saying what is wrong. */
export type ReadOptions<S extends OptionSpec> = { ok: true; values: OptionValues<S>; positionals: string[] } | { ok: false; message: string }

/** A checked value, or one line saying what is wrong with it. */
export type Checked<T> = { ok: true; value: T } | { ok: false; message: string }

/** Reads `args` against `spec`; never throws. A lone `-` (standard input) is an operand. */
export function readOptions<S extends OptionSpec>(args: readonly string[], spec: S, help: OptionHelp): ReadOptions<S> {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: { ...spec, help: { type: 'boolean', short: 'h' } },
    })
    return { ok: true, values: values as OptionValues<S>, positionals }
  } catch (error) {
    return { ok: false, message: describeOptionError(error, help) }
  }
}

/** `--version`: `latest` when absent, else `latest` or `v1.<minor>` as the engine reads it. */
export function checkVersion(value: string | undefined): Checked<string> {
  const version = value ?? 'latest'
  const parsed = parsePolicyVersion(version)
  return parsed.ok ? { ok: true, value: version } : { ok: false, message: `--version: ${parsed.message}` }
}

/** A string option that takes one of `allowed` (`fallback` when absent). */
export function checkChoice<C extends string>(option: string, value: string | undefined, allowed: readonly C[], fallback: C): Checked<C>
export function checkChoice<C extends string>(option: string, value: string | undefined, allowed: readonly C[]): Checked<C | undefined>
export function checkChoice<C extends string>(option: string, value: string | undefined, allowed: readonly C[], fallback?: C): Checked<C | undefined> {
  if (value === undefined) return { ok: true, value: fallback }
  if ((allowed as readonly string[]).includes(value)) return { ok: true, value: value as C }
  return { ok: false, message: `invalid --${option} ${JSON.stringify(value)}: expected ${orList(allowed)}` }
}

/** `a`, `a or b`, `a, b or c`. */
export function orList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`
}

function describeOptionError(error: unknown, help: OptionHelp): string {
  const code = (error as { code?: string }).code
  const message = error instanceof Error ? error.message : String(error)
  const accepted = `accepted: ${help.accepted}`
  // parseArgs names the option in quotes: '--out-dir <value>', '--windows', '-x'.
  const named = /'(--?[\w-]+)/.exec(message)?.[1] ?? ''
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${named} (${accepted})`
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && named !== '') {
    if (message.includes('does not take an argument')) return `${named} takes no value`
    return `${named} needs a value: ${help.values?.[named.replace(/^--?/, '')] ?? accepted}`
  }
  return `${message.split('\n')[0]} (${accepted})`
}
