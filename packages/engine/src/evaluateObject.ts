/** Runs every stage on one object's pod template and assembles its report. */
import { rangeOf, type ObjectLocator } from './evaluateLocations'
import { highestLevel, isAllowedAt } from './evaluateMerge'
import { versionMatrix } from './evaluateMatrix'
import { kubectlMessage } from './evaluateMessages'
import { kubeletIssues, worstStatus, type KubeletIssue } from './gates'
import type { CheckFailure, ContainerContext, EffectiveValue, Finding, PodValue } from './model'
import { applyApiDefaults, evaluatePodSecurityLevels, type PolicyVersion, type VersionRange } from './pss'
import { resolveSecurityContexts } from './securityContext'
import type { CheckedLevel, ContainerReport, EffectiveField, KubeletFinding, Level, LevelResult, ObjectReport, PodField, Problem, Violation } from './types'
import { validatePodTemplate } from './validation'
import { analyseWindows } from './windows'
import type { Workload } from './workloads'
import { setOwn } from './util/values'

/** Where the object comes from: the file and document it was read from. */
export interface ObjectOrigin {
  file: string | null
  document: number
}

/** The full report of one workload, with its admission gate at `target` and, given `versions`, its version matrix; may throw, the caller turns that into an input error. */
export function evaluateWorkload(
  workload: Workload,
  locator: ObjectLocator,
  version: PolicyVersion,
  origin: ObjectOrigin,
  target: Level,
  versions?: VersionRange,
): ObjectReport {
  const { template, kind } = workload
  // Pod Security sees the pod after API-server defaulting; the other stages describe what is written.
  const defaulted = applyApiDefaults(template, { isPod: kind === 'Pod' })
  const failuresByLevel = evaluatePodSecurityLevels(defaulted, version)
  const levelResult = (level: CheckedLevel): LevelResult => {
    const failures = failuresByLevel[level]
    return {
      allowed: failures.length === 0,
      violations: failures.map((failure) => toViolation(failure, locator)),
      message: kubectlMessage(kind, workload.name, level, version, failures),
    }
  }
  const levels = { baseline: levelResult('baseline'), restricted: levelResult('restricted') }
  const contexts = resolveSecurityContexts(template)
  const windows = analyseWindows(template, contexts.containers)
  const findings: Finding[] = [...validatePodTemplate(template), ...windows.findings]
  const problems = findings.map((finding) => toProblem(finding, locator))
  if (workload.missingTemplate) problems.unshift(missingTemplate(locator))
  const identity = { kind, name: workload.name, namespace: workload.namespace }
  const kubelet = kubeletIssues(template, contexts.containers, identity).map((issue) => toKubeletFinding(issue, locator))

  const report: ObjectReport = {
    file: origin.file,
    document: origin.document,
    item: workload.item,
    apiVersion: workload.apiVersion,
    kind,
    name: workload.name,
    namespace: workload.namespace,
    podSpecPath: locator.templatePath(['spec']),
    location: rangeOf(locator.object([])),
    highestLevel: highestLevel(levels),
    levels,
    containers: contexts.containers.map((container) => toContainer(container, locator)),
    pod: mapValues(contexts.pod, (value) => toPodField(value, locator)),
    problems,
    windows: windows.windows,
    gates: {
      api: { accepted: !problems.some((problem) => problem.severity === 'error') },
      admission: { level: target, allowed: isAllowedAt({ levels }, target), workload: kind !== 'Pod' },
      kubelet: { status: worstStatus(kubelet.map((finding) => finding.status)), findings: kubelet },
    },
  }
  if (versions) Object.assign(report, versionMatrix(defaulted, versions, locator))
  return report
}

function toViolation(failure: CheckFailure, locator: ObjectLocator): Violation {
  // A check that names no field is still shown somewhere: at the pod spec.
  const paths = failure.paths.length > 0 ? failure.paths : [['spec']]
  return { check: failure.check, level: failure.level, reason: failure.reason, detail: failure.detail, locations: paths.map((path) => locator.template(path)) }
}

function toProblem(finding: Finding, locator: ObjectLocator): Problem {
  // Spelled out rather than spread: object spread is a slow path in V8 for objects of changing shapes.
  const { line, column, endLine, endColumn } = locator.template(finding.path)
  return {
    line,
    column,
    endLine,
    endColumn,
    severity: finding.severity,
    path: locator.templatePath(finding.path),
    message: finding.message,
    code: finding.code,
  }
}

function toKubeletFinding(issue: KubeletIssue, locator: ObjectLocator): KubeletFinding {
  const { line, column, endLine, endColumn } = locator.template(issue.path)
  // Spelled out in the contract's order, so the JSON reads container, status, dependsOn, message, path.
  const { container, status, dependsOn, message } = issue
  const path = locator.templatePath(issue.path)
  if (dependsOn) return { container, status, dependsOn, message, path, line, column, endLine, endColumn }
  return { container, status, message, path, line, column, endLine, endColumn }
}

function missingTemplate(locator: ObjectLocator): Problem {
  return {
    ...rangeOf(locator.template([])),
    severity: 'error',
    path: locator.templatePath([]),
    message: 'Required value: the object has no pod template, so Pod Security Admission evaluates an empty pod',
    code: 'missing-pod-template',
  }
}

function toContainer(container: ContainerContext, locator: ObjectLocator): ContainerReport {
  return {
    name: container.name,
    type: container.type,
    path: locator.templatePath(container.path),
    location: locator.template(container.path),
    effective: mapValues(container.effective, (value) => toEffective(value, locator)),
  }
}

function toEffective(value: EffectiveValue, locator: ObjectLocator): EffectiveField {
  const field: EffectiveField = { value: value.value, source: value.source }
  if ('overrides' in value) field.overrides = value.overrides
  if (value.note !== undefined) field.note = value.note
  if (value.path) field.location = locator.template(value.path)
  return field
}

function toPodField(value: PodValue, locator: ObjectLocator): PodField {
  const field: PodField = { value: value.value }
  if (value.note !== undefined) field.note = value.note
  if (value.path) field.location = locator.template(value.path)
  return field
}

function mapValues<T, U>(record: Record<string, T>, map: (value: T) => U): Record<string, U> {
  const out: Record<string, U> = {}
  for (const key of Object.keys(record)) {
    // The keys are the engine's own field names; should one ever be `__proto__`, it must stay plain data.
    setOwn(out, key, map(record[key]))
  }
  return out
}
