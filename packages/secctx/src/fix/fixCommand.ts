/** `secctx fix`: rewrites manifests so every object meets a level, and exits 0 (done), 1 (something left) or 2 (input error). */
import { basename, join } from 'node:path'
import { fixManifest, unifiedDiff, type FixedManifest } from '@secctx/engine'
import { renderErrors } from '../check/renderText'
import { escapeControls } from '../check/terminalSafe'
import { paletteFor } from '../colour'
import { answerHelpOrError, type Command } from '../command'
import type { CliIo } from '../io'
import { readInput } from '../readInput'
import { FIX_USAGE, parseFixArgs, type FixCommandOptions } from './fixArgs'

/** Exit statuses, as `secctx fix --help` documents them. */
const FIX_EXIT = { ok: 0, unfixed: 1, inputError: 2 } as const

interface FileResult {
  file: string
  before: string
  fixed: FixedManifest
}

/** The `fix` subcommand. */
export const fixCommand: Command = {
  name: 'fix',
  summary: 'rewrite manifests with the smallest edits that make every object meet a level',
  usage: FIX_USAGE,
  async run(args, io) {
    const parsed = parseFixArgs(args)
    if (parsed.kind !== 'run') return answerHelpOrError('fix', FIX_USAGE, parsed, io)
    const { options } = parsed
    const outputs = outputPaths(options)
    if (typeof outputs === 'string') {
      io.stderr.write(`secctx fix: ${outputs}\n`)
      return FIX_EXIT.inputError
    }
    const results: FileResult[] = []
    let status: number = FIX_EXIT.ok
    for (const file of options.files) {
      const result = await fixFile(file, options, io)
      if ('error' in result) {
        io.stderr.write(`secctx fix: ${escapeControls(result.error)}\n`)
        status = FIX_EXIT.inputError
        continue
      }
      results.push(result)
      if (result.fixed.errors.length > 0) {
        // renderErrors escapes the file names and messages it writes.
        const errors = result.fixed.errors.map((error) => ({ ...error, file }))
        io.stderr.write(renderErrors({ policyVersion: '', requestedVersion: '', objects: [], skipped: [], errors }, paletteFor(io)))
        status = FIX_EXIT.inputError
        continue
      }
      for (const object of result.fixed.objects) {
        for (const { check, reason } of object.unfixable) {
          const who = `${object.kind}${object.name ? ` "${object.name}"` : ''}`
          io.stderr.write(escapeControls(`${file}: ${who}: ${check} not fixed: ${reason}\n`))
          if (status === FIX_EXIT.ok) status = FIX_EXIT.unfixed
        }
      }
      const target = outputs.get(file)
      if (target !== undefined && result.fixed.text !== result.before) await io.writeFile(target, result.fixed.text)
      if (options.format === 'text' && options.output.kind === 'stdout') io.stdout.write(result.fixed.text)
      if (options.format === 'text' && options.output.kind === 'diff')
        io.stdout.write(unifiedDiff(result.before, result.fixed.text, 3, `a/${file}`, `b/${file}`))
    }
    if (options.format === 'json') io.stdout.write(`${JSON.stringify(jsonReport(options, results), null, 2)}\n`)
    return status
  },
}

/** Where each input's fixed text is written, or why the inputs cannot be written there. */
function outputPaths(options: FixCommandOptions): Map<string, string> | string {
  const out = new Map<string, string>()
  const { output } = options
  if (output.kind === 'write') for (const file of options.files) out.set(file, file)
  if (output.kind === 'out-dir') {
    for (const file of options.files) {
      const name = basename(file)
      const clash = [...out.keys()].find((other) => basename(other) === name && other !== file)
      if (clash !== undefined) return `${clash} and ${file} would both be written to ${join(output.dir, name)}: give inputs distinct base names`
      out.set(file, join(output.dir, name))
    }
  }
  return out
}

async function fixFile(file: string, options: FixCommandOptions, io: CliIo): Promise<FileResult | { error: string }> {
  const input = await readInput(file, io)
  if ('error' in input) return input
  return { file, before: input.text, fixed: fixManifest(input.text, { level: options.level, version: options.version }) }
}

function jsonReport(options: FixCommandOptions, results: readonly FileResult[]) {
  return {
    level: options.level,
    version: options.version,
    files: results.map(({ file, fixed }) => ({ file, objects: fixed.objects, errors: fixed.errors })),
  }
}
