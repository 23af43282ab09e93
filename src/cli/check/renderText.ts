/** `secctx check`'s text output: one block per object in input order, then a summary line. */
import { isAllowedAt, type Level, type ObjectReport, type Report, type SkippedObject } from '../../engine'
import type { Palette } from '../colour'
import { levelColour, objectTitle, origin, renderObject } from './renderObject'

/** How to render. */
export interface TextOptions {
  palette: Palette
  /** The level the objects must meet, when asked for. */
  level: Level | null
  /** Inputs in command-line order, so blocks follow it. */
  files: readonly string[]
}

type Entry = { object: ObjectReport } | { skipped: SkippedObject }

/** The whole text report for standard output. */
export function renderText(report: Report, options: TextOptions): string {
  const { palette } = options
  const order = new Map(options.files.map((file, index) => [file, index]))
  const key = (entry: Entry) => {
    const value = 'object' in entry ? entry.object : entry.skipped
    return [order.get(value.file ?? '') ?? 0, value.document, value.item ?? -1]
  }
  const entries: Entry[] = [...report.objects.map((object) => ({ object })), ...report.skipped.map((skipped) => ({ skipped }))]
  entries.sort((a, b) => {
    const [x, y] = [key(a), key(b)]
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2]
  })
  const blocks = entries.map((entry) => ('object' in entry ? renderObject(entry.object, palette) : [renderSkipped(entry.skipped, palette)]).join('\n'))
  blocks.push(renderSummary(report, options))
  return `${blocks.join('\n\n')}\n`
}

/** One line per input error, compiler style, for standard error. */
export function renderErrors(report: Report, palette: Palette): string {
  return report.errors
    .map((error) => `${origin(error.file, error.line, error.column, error.document, error.item)}: ${palette.red('error:')} ${error.message}\n`)
    .join('')
}

function renderSkipped(skipped: SkippedObject, palette: Palette): string {
  const where = origin(skipped.file, skipped.location.line, skipped.location.column, skipped.document, skipped.item)
  return palette.dim(`${objectTitle(skipped.kind, skipped.name)}  ${where}  skipped: ${skipped.reason}`)
}

function renderSummary(report: Report, options: TextOptions): string {
  const { palette } = options
  const count = (level: Level) => report.objects.filter((object) => object.highestLevel === level).length
  const levels = (['restricted', 'baseline', 'privileged'] as const).map((level) => levelColour(level, palette)(`${count(level)} ${level}`))
  const parts = [`${plural(report.objects.length, 'object')} (${levels.join(', ')})`]
  if (report.skipped.length > 0) parts.push(`${report.skipped.length} skipped`)
  if (report.errors.length > 0) parts.push(palette.red(plural(report.errors.length, 'input error')))
  const level = options.level
  if (level !== null) {
    const below = report.objects.filter((object) => !isAllowedAt(object, level)).length
    parts.push(below > 0 ? palette.red(`${below} not allowed at ${level}`) : palette.green(`all allowed at ${level}`))
  }
  const version = report.requestedVersion === report.policyVersion ? report.policyVersion : `${report.requestedVersion} = ${report.policyVersion}`
  return `${palette.bold('summary')}  ${parts.join(' · ')}  ${palette.dim(`policy ${version}`)}`
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
