/**
 * The text block of one evaluated object: verdict, failing checks with the fields to fix, problems,
 * effective contexts. Every string that comes from a manifest (or a file name) goes through `safe`
 * where it is written, so a hostile one cannot move or hide text on the terminal.
 */
import { CHECKED_LEVELS, type CheckedLevel, type ContainerReport, type Location, type ObjectReport, type PodField } from '@secctx/engine'
import { levelColour, type Palette } from '../colour'
import { STDIN } from '../readInput'
import { renderGates } from './renderGates'
import { escapeControls as safe } from './terminalSafe'
import { renderVersions } from './renderVersions'

/** How a file is named in text output. */
function displayFile(file: string | null): string {
  if (file === null) return '<input>'
  return file === STDIN ? '<stdin>' : safe(file)
}

/** `Kind/name`, or `Kind (unnamed)`. */
export function objectTitle(kind: string | null, name: string | null): string {
  return `${kind === null ? 'object' : safe(kind)}${name ? `/${safe(name)}` : ' (unnamed)'}`
}

/** `file:line:col (document n, item m)`. */
export function origin(file: string | null, line: number, column: number, document: number | null, item: number | null | undefined): string {
  const where = [document === null ? null : `document ${document}`, item === null || item === undefined ? null : `item ${item}`].filter(Boolean)
  return `${displayFile(file)}:${line}:${column}${where.length > 0 ? ` (${where.join(', ')})` : ''}`
}

/** Every line of an object's block: verdict, the three gates, levels, problems, containers. */
export function renderObject(object: ObjectReport, palette: Palette): string[] {
  const lines = [
    `${palette.bold(objectTitle(object.kind, object.name))}  ${palette.dim(origin(object.file, object.location.line, object.location.column, object.document, object.item))}`,
  ]
  const verdict = levelColour(object.highestLevel, palette)(object.highestLevel)
  lines.push(`  verdict     ${verdict}  ${palette.dim(`pod spec at ${safe(object.podSpecPath)}`)}`)
  lines.push(...renderVersions(object, palette))
  lines.push(...renderGates(object, palette))
  for (const level of CHECKED_LEVELS) lines.push(...renderLevel(object, level, palette))
  if (object.problems.length > 0) {
    lines.push('  problems')
    for (const problem of object.problems) {
      const severity = problem.severity === 'error' ? palette.red('error  ') : palette.yellow('warning')
      lines.push(
        `    ${severity} ${safe(problem.path)} ${palette.dim(`${problem.line}:${problem.column}`)}  ${safe(problem.message)} ${palette.dim(`[${problem.code}]`)}`,
      )
    }
  }
  if (object.containers.length > 0) lines.push('  containers')
  for (const container of object.containers) lines.push(`    ${renderContainer(container, palette)}`)
  const pod = renderPodFields(object.pod)
  if (pod) lines.push(`  pod         ${pod}`)
  if (object.windows.targetsWindows) lines.push(`  windows     targets Windows nodes (${safe(object.windows.signals.join('; '))})`)
  return lines
}

function renderLevel(object: ObjectReport, level: CheckedLevel, palette: Palette): string[] {
  const result = object.levels[level]
  const name = level.padEnd(11)
  if (result.allowed) return [`  ${name} ${palette.green('allowed')}`]
  // Restricted repeats the baseline failures it does not override; show those once.
  const shown = level === 'restricted' ? new Set(object.levels.baseline.violations.map((v) => `${v.check}\0${v.reason}\0${v.detail}`)) : new Set<string>()
  const violations = result.violations.filter((v) => !shown.has(`${v.check}\0${v.reason}\0${v.detail}`))
  const repeated = result.violations.length - violations.length
  const lines = [
    `  ${name} ${palette.red('denied')}${repeated > 0 ? palette.dim(` (and the ${repeated} baseline failure${repeated === 1 ? '' : 's'} above)`) : ''}`,
  ]
  for (const violation of violations) {
    lines.push(
      `    ${palette.red('✗')} ${palette.bold(safe(violation.reason))}${violation.detail ? ` (${safe(violation.detail)})` : ''} ${palette.dim(`[${violation.check}]`)}`,
    )
    for (const location of violation.locations) lines.push(`        ${renderFix(location, palette)}`)
  }
  return lines
}

function renderFix(location: Location, palette: Palette): string {
  const at = palette.dim(`${location.line}:${location.column}`)
  if (location.field)
    return `fix ${palette.cyan(safe(location.field))}  ${palette.dim('not written; add it under')} ${safe(location.path) || '(the object root)'} ${at}`
  return `fix ${palette.cyan(safe(location.path))} ${at}`
}

function renderContainer(container: ContainerReport, palette: Palette): string {
  const fields = Object.entries(container.effective)
    .filter(([, field]) => field.value !== null && field.value !== undefined)
    .map(([key, field]) => `${key}=${formatValue(field.value)}${field.source === 'container' ? '' : palette.dim(` (${field.source})`)}`)
  const label = `${container.type} ${safe(container.name) || '(unnamed)'}`
  return `${palette.bold(label)}  ${fields.length > 0 ? fields.join(' · ') : palette.dim('no securityContext field set; runtime defaults apply')}`
}

function renderPodFields(pod: Record<string, PodField>): string {
  return Object.entries(pod)
    .filter(([, field]) => field.value !== null && field.value !== undefined)
    .map(([key, field]) => `${key}=${formatValue(field.value)}`)
    .join(' · ')
}

/** A value as it is shown: a string as it is, anything else as JSON; escaped either way (JSON leaves bidi and zero-width characters raw). */
function formatValue(value: unknown): string {
  return safe(typeof value === 'string' ? value : JSON.stringify(value))
}
