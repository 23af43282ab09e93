/**
 * Checks that a Report is well-formed data: the UI renders it and the CLI prints it without
 * guarding, so a malformed field (NaN line, null message, inconsistent verdict, a cycle) would
 * crash them on hostile input even when the engine itself did not throw.
 */
import type { Report, SourceRange } from '../../src/index'

const LEVELS = new Set(['privileged', 'baseline', 'restricted'])
const CONTAINER_TYPES = new Set(['initContainer', 'container', 'ephemeralContainer'])

/** Throws an Error naming the first malformed field; returns quietly for a well-formed report. */
export function assertWellFormedReport(report: Report): void {
  const fail = (where: string, what: string): never => {
    throw new Error(`malformed report at ${where}: ${what}`)
  }
  if (typeof report !== 'object' || report === null) fail('report', `not an object: ${String(report)}`)
  if (!/^v1\.\d+$/.test(report.policyVersion)) fail('policyVersion', JSON.stringify(report.policyVersion))
  if (typeof report.requestedVersion !== 'string') fail('requestedVersion', 'not a string')
  for (const key of ['objects', 'skipped', 'errors'] as const) if (!Array.isArray(report[key])) fail(key, 'not an array')

  report.errors.forEach((error, i) => {
    const at = `errors[${i}]`
    if (typeof error.message !== 'string' || error.message.trim() === '') fail(at, 'empty message')
    // evaluate() turns a stage that threw into such an entry: the engine survived, but a stage has a bug.
    if (error.message.startsWith('internal error')) fail(at, error.message)
    if (error.document !== null && !isIndex(error.document)) fail(`${at}.document`, String(error.document))
    if (error.item !== undefined && error.item !== null && !isIndex(error.item)) fail(`${at}.item`, String(error.item))
    checkRange(error, at, fail)
  })
  report.skipped.forEach((skipped, i) => {
    const at = `skipped[${i}]`
    if (typeof skipped.reason !== 'string' || skipped.reason === '') fail(at, 'empty reason')
    if (!isIndex(skipped.document)) fail(`${at}.document`, String(skipped.document))
    checkRange(skipped.location, `${at}.location`, fail)
  })
  report.objects.forEach((object, i) => {
    const at = `objects[${i}]`
    if (typeof object.kind !== 'string' || object.kind === '') fail(`${at}.kind`, 'empty')
    if (!isIndex(object.document)) fail(`${at}.document`, String(object.document))
    if (!LEVELS.has(object.highestLevel)) fail(`${at}.highestLevel`, String(object.highestLevel))
    checkRange(object.location, `${at}.location`, fail)
    for (const level of ['baseline', 'restricted'] as const) {
      const result = object.levels[level]
      const where = `${at}.levels.${level}`
      if (result.allowed !== (result.violations.length === 0)) fail(where, 'allowed disagrees with its violations')
      if (result.allowed !== (result.message === null)) fail(`${where}.message`, 'present exactly when not allowed')
      if (result.message !== null && (typeof result.message !== 'string' || result.message === '')) fail(`${where}.message`, 'empty')
      result.violations.forEach((violation, v) => {
        const vAt = `${where}.violations[${v}]`
        if (!violation.check || !violation.reason || typeof violation.detail !== 'string') fail(vAt, 'missing check, reason or detail')
        if (violation.locations.length === 0) fail(vAt, 'no locations')
        violation.locations.forEach((location, l) => {
          checkRange(location, `${vAt}.locations[${l}]`, fail)
          if (typeof location.path !== 'string') fail(`${vAt}.locations[${l}].path`, 'not a string')
        })
      })
    }
    // Restricted may allow what baseline denies: upstream's Windows exemptions switch off the baseline
    // checks they override (pss-reference §6), so the levels are not checked against each other.
    const expected = object.levels.restricted.allowed ? 'restricted' : object.levels.baseline.allowed ? 'baseline' : 'privileged'
    if (object.highestLevel !== expected) fail(`${at}.highestLevel`, `${object.highestLevel}, levels say ${expected}`)
    object.containers.forEach((container, c) => {
      const cAt = `${at}.containers[${c}]`
      if (typeof container.name !== 'string') fail(`${cAt}.name`, 'not a string')
      if (!CONTAINER_TYPES.has(container.type)) fail(`${cAt}.type`, String(container.type))
      if (typeof container.effective !== 'object' || container.effective === null) fail(`${cAt}.effective`, 'not an object')
      if (container.location) checkRange(container.location, `${cAt}.location`, fail)
    })
    object.problems.forEach((problem, p) => {
      const pAt = `${at}.problems[${p}]`
      if (problem.severity !== 'error' && problem.severity !== 'warning') fail(`${pAt}.severity`, String(problem.severity))
      if (!problem.message || !problem.code) fail(pAt, 'missing message or code')
      checkRange(problem, pAt, fail)
    })
    if (typeof object.windows?.targetsWindows !== 'boolean') fail(`${at}.windows`, 'missing')
    const { api, admission, kubelet } = object.gates
    if (api.accepted !== !object.problems.some((problem) => problem.severity === 'error')) fail(`${at}.gates.api`, 'accepted disagrees with the problems')
    if (!LEVELS.has(admission.level)) fail(`${at}.gates.admission.level`, String(admission.level))
    if (admission.allowed !== (admission.level === 'privileged' || object.levels[admission.level as 'baseline'].allowed))
      fail(`${at}.gates.admission`, 'allowed disagrees with the levels')
    const rank = { starts: 0, depends: 1, refused: 2 } as const
    const worst = kubelet.findings.reduce((max, finding) => Math.max(max, rank[finding.status]), 0)
    if (rank[kubelet.status] !== worst) fail(`${at}.gates.kubelet.status`, `${kubelet.status}, findings say otherwise`)
    kubelet.findings.forEach((finding, f) => {
      const fAt = `${at}.gates.kubelet.findings[${f}]`
      if (finding.status !== 'depends' && finding.status !== 'refused') fail(`${fAt}.status`, String(finding.status))
      if ((finding.status === 'depends') !== (finding.dependsOn === 'image' || finding.dependsOn === 'node'))
        fail(`${fAt}.dependsOn`, String(finding.dependsOn))
      if (!finding.message || typeof finding.path !== 'string') fail(fAt, 'missing message or path')
      checkRange(finding, fAt, fail)
    })
  })
  // The CLI prints JSON.stringify(report); a cycle or a BigInt would throw there.
  JSON.stringify(report)
}

function checkRange(range: SourceRange, at: string, fail: (where: string, what: string) => never): void {
  const { line, column, endLine, endColumn } = range
  if (![line, column, endLine, endColumn].every((n) => Number.isInteger(n) && n >= 1)) fail(at, `bad range ${JSON.stringify(range)}`)
  if (endLine < line || (endLine === line && endColumn < column)) fail(at, `range ends before it starts ${JSON.stringify(range)}`)
}

function isIndex(n: unknown): boolean {
  return Number.isInteger(n) && (n as number) >= 0
}
