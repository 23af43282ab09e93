/** `secctx link`: prints a playground link that opens a manifest with the given settings. */
import { LEVELS } from '@secctx/engine'
import { encodePermalink } from '@secctx/link'
import { MAX_MINOR, MAX_TEXT_BYTES, SNAPSHOT_DEFAULTS, type Snapshot, isShareableVersion } from '@secctx/link'
import { escapeControls } from './check/terminalSafe'
import { answerHelpOrError, type Command } from './command'
import type { CliIo } from './io'
import { checkChoice, checkVersion, orList, readOptions, type OptionHelp } from './options'
import { readInput } from './readInput'

/** The local dev server (`npm run dev`); pass --base for a deployed copy. */
export const DEFAULT_BASE = 'http://127.0.0.1:5173/'

/** `secctx link --help`. */
const LINK_USAGE = `Usage: secctx link [--base URL] [--version latest|v1.N] [--level baseline|restricted|privileged]
                   [--object N] [--windows] FILE|-

Prints a link that opens FILE (or standard input, for "-") in the Security Context Playground
with the given settings. The manifest travels compressed in the link's #fragment, which browsers
never send to a server.

Options:
  --base URL    where the playground is served (default ${DEFAULT_BASE}, the dev server)
  --version V   policy version to open with: latest (the default) or v1.<minor>
  --level L     target level to open with: restricted (the default), baseline or privileged
  --object N    select the Nth object of the file, from 1 (default 1)
  --windows     open the Windows panel
  -h, --help    show this help

Exit status: 0 printed a link; 2 bad option, unreadable input, or a file over 1 MiB.
`

type Parsed = { kind: 'help' } | { kind: 'error'; message: string } | { kind: 'run'; file: string; base: URL; settings: Omit<Snapshot, 'text'> }

const LINK_OPTIONS = {
  base: { type: 'string' },
  version: { type: 'string' },
  level: { type: 'string' },
  object: { type: 'string' },
  windows: { type: 'boolean' },
} as const

const LINK_HELP: OptionHelp = {
  accepted: '--base URL, --version latest|v1.N, --level privileged|baseline|restricted, --object N, --windows, --help',
  values: { base: 'a URL', version: 'latest or v1.<minor>, e.g. v1.30', level: orList(LEVELS), object: 'a number from 1' },
}

/** Parses `secctx link` arguments; never throws. */
export function parseLinkArgs(args: readonly string[]): Parsed {
  const read = readOptions(args, LINK_OPTIONS, LINK_HELP)
  if (!read.ok) return { kind: 'error', message: read.message }
  const { values, positionals: files } = read
  if (values.help) return { kind: 'help' }
  const version = checkVersion(values.version)
  if (!version.ok) return { kind: 'error', message: version.message }
  if (!isShareableVersion(version.value))
    return { kind: 'error', message: `--version: a link carries minors up to v1.${MAX_MINOR}, not ${JSON.stringify(version.value)}` }
  const level = checkChoice('level', values.level, LEVELS, SNAPSHOT_DEFAULTS.level)
  if (!level.ok) return { kind: 'error', message: level.message }
  const settings: Omit<Snapshot, 'text'> = { ...SNAPSHOT_DEFAULTS, version: version.value, level: level.value, windowsOpen: values.windows === true }
  if (values.object !== undefined) {
    const n = Number(values.object)
    if (!Number.isInteger(n) || n < 1 || n > 10000) return { kind: 'error', message: '--object must be a number from 1' }
    settings.objectIndex = n - 1
  }
  const base = values.base ?? DEFAULT_BASE
  if (files.length !== 1) return { kind: 'error', message: 'name exactly one FILE, or - for standard input' }
  let url: URL
  try {
    url = new URL(base)
  } catch {
    return { kind: 'error', message: `--base is not a URL: ${JSON.stringify(base)}` }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'error', message: '--base must be an http or https URL' }
  url.hash = ''
  return { kind: 'run', file: files[0]!, base: url, settings }
}

/** The `link` subcommand. */
export const linkCommand: Command = {
  name: 'link',
  summary: 'print a playground link that opens a manifest',
  usage: LINK_USAGE,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const parsed = parseLinkArgs(args)
    if (parsed.kind !== 'run') return answerHelpOrError('link', LINK_USAGE, parsed, io)
    const input = await readInput(parsed.file, io)
    if ('error' in input) {
      io.stderr.write(`secctx link: ${escapeControls(input.error)}\n`)
      return 2
    }
    const { text } = input
    if (new TextEncoder().encode(text).byteLength > MAX_TEXT_BYTES) {
      io.stderr.write(`secctx link: ${escapeControls(parsed.file)} is larger than 1 MiB, which the playground refuses to open\n`)
      return 2
    }
    const fragment = await encodePermalink({ ...parsed.settings, text })
    io.stdout.write(`${parsed.base.href}#${fragment}\n`)
    return 0
  },
}
