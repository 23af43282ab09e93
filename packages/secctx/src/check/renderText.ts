/** `secctx check`'s text output: one block per object in input order, then a summary line; written a report at a time. */
import { LEVELS, isAllowedAt, type Level, type ObjectReport, type Report, type SkippedObject } from '@secctx/engine'
import { levelColour, type Palette } from '../colour'
import { objectTitle, origin, renderObject } from './renderObject'
import { escapeControls as safe } from './terminalSafe'

/** What the summary line counts, added up over every report of the run. */
export interface Tally {
  policyVersion: string
  requestedVersion: string
  /** Objects by their highest level. */
  highest: Record<Level, number>
  objects: number
  skipped: number
  errors: number
  /** Objects not allowed at the `--level` asked for. */
  below: number
}

type Entry = { object: ObjectReport } | { skipped: SkippedObject }

/** A tally of nothing yet. */
export function emptyTally(): Tally {
  return { policyVersion: '', requestedVersion: '', highest: { restricted: 0, baseline: 0, privileged: 0 }, objects: 0, skipped: 0, errors: 0, below: 0 }
}

/** Adds a report to the tally. */
export function addToTally(tally: Tally, report: Report, level: Level | null): void {
  if (tally.policyVersion === '') Object.assign(tally, { policyVersion: report.policyVersion, requestedVersion: report.requestedVersion })
  for (const object of report.objects) {
    tally.highest[object.highestLevel] += 1
    if (level !== null && !isAllowedAt(object, level)) tally.below += 1
  }
  tally.objects += report.objects.length
  tally.skipped += report.skipped.length
  tally.errors += report.errors.length
}

/** Adds one tally to another; the run's versions are the first tally's. */
export function addTallies(into: Tally, from: Tally): void {
  if (into.policyVersion === '') Object.assign(into, { policyVersion: from.policyVersion, requestedVersion: from.requestedVersion })
  for (const level of Object.keys(from.highest) as Level[]) into.highest[level] += from.highest[level]
  into.objects += from.objects
  into.skipped += from.skipped
  into.errors += from.errors
  into.below += from.below
}

/** One block per object or skipped object of a report of one input, in document order; manifest text in it is escaped where it is written. */
export function renderBlocks(report: Report, palette: Palette): string[] {
  const key = (entry: Entry) => {
    const value = 'object' in entry ? entry.object : entry.skipped
    return [value.document, value.item ?? -1]
  }
  const entries: Entry[] = [...report.objects.map((object) => ({ object })), ...report.skipped.map((skipped) => ({ skipped }))]
  entries.sort((a, b) => {
    const [x, y] = [key(a), key(b)]
    return x[0] - y[0] || x[1] - y[1]
  })
  return entries.map((entry) => ('object' in entry ? renderObject(entry.object, palette) : [renderSkipped(entry.skipped, palette)]).join('\n'))
}

/** One line per input error, compiler style, for standard error. */
export function renderErrors(report: Report, palette: Palette): string {
  return report.errors
    .map((error) => `${origin(error.file, error.line, error.column, error.document, error.item)}: ${palette.red('error:')} ${safe(error.message)}\n`)
    .join('')
}

function renderSkipped(skipped: SkippedObject, palette: Palette): string {
  const where = origin(skipped.file, skipped.location.line, skipped.location.column, skipped.document, skipped.item)
  return palette.dim(`${objectTitle(skipped.kind, skipped.name)}  ${where}  skipped: ${safe(skipped.reason)}`)
}

/** The last line: objects per level, skipped objects, input errors, the verdict at `level`, the policy version. */
export function renderSummary(tally: Tally, palette: Palette, level: Level | null): string {
  // Most strict first, as the verdict line reads.
  const levels = [...LEVELS].reverse().map((each) => levelColour(each, palette)(`${tally.highest[each]} ${each}`))
  const parts = [`${plural(tally.objects, 'object')} (${levels.join(', ')})`]
  if (tally.skipped > 0) parts.push(`${tally.skipped} skipped`)
  if (tally.errors > 0) parts.push(palette.red(plural(tally.errors, 'input error')))
  if (level !== null) parts.push(tally.below > 0 ? palette.red(`${tally.below} not allowed at ${level}`) : palette.green(`all allowed at ${level}`))
  const version = tally.requestedVersion === tally.policyVersion ? tally.policyVersion : `${tally.requestedVersion} = ${tally.policyVersion}`
  return `${palette.bold('summary')}  ${parts.join(' · ')}  ${palette.dim(`policy ${version}`)}`
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
