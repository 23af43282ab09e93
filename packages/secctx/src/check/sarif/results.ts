/**
 * One object's SARIF results: each Pod Security violation once (at its first location), each API
 * problem and each kubelet finding; and an input error's result. Levels:
 * - a violation is `error` when it keeps the object out of the level its admission gate targets
 *   (`--level`, or restricted without it, as for the gates), else `warning`;
 * - an API problem is `error` when the API server rejects the object, `warning` when it accepts it;
 * - the kubelet refusing a container is `error`; an outcome left to the image or node is `note`.
 */
import type { CheckedLevel, ContainerReport, InputError, KubeletFinding, Level, ObjectReport, Problem, SourceRange, Violation } from '@secctx/engine'
import { artifactLocation } from './artifactUri'
import { FINGERPRINT_KEY, type FindingIdentity, type Fingerprints } from './fingerprints'
import { kubeletKind } from './otherHelp'
import { INPUT_RULE_ID, inputRule, kubeletRule, kubeletRuleId, problemRuleId, type RuleTable } from './rules'
import type { SarifLevel, SarifLocation, SarifResult } from './sarifTypes'

/** What results need besides the object: the run's rules, versions, fingerprints and directory. */
export interface ResultContext {
  rules: RuleTable
  fingerprints: Fingerprints
  policyVersion: string
  requestedVersion: string
  cwd: string
}

/** The SARIF location of a range in a file; engine ranges and SARIF regions both end exclusively. */
export function location(file: string | null, range: SourceRange, cwd: string): SarifLocation {
  return {
    physicalLocation: {
      artifactLocation: artifactLocation(file, cwd),
      region: { startLine: range.line, startColumn: range.column, endLine: range.endLine, endColumn: range.endColumn },
    },
  }
}

/** Every result of one object, violations first (in check order), then API problems, then kubelet findings. */
export function objectResults(object: ObjectReport, context: ResultContext): SarifResult[] {
  return [
    ...violationsOf(object).map((violation) => violationResult(object, violation, context)),
    ...object.problems.map((problem) => problemResult(object, problem, context)),
    ...object.gates.kubelet.findings.map((finding) => kubeletResult(object, finding, context)),
  ]
}

/** Each failing check once: the restricted evaluation repeats the baseline checks it does not replace. */
function violationsOf(object: ObjectReport): Violation[] {
  const byCheck = new Map<string, Violation>()
  for (const violation of [...object.levels.baseline.violations, ...object.levels.restricted.violations]) {
    if (!byCheck.has(violation.check)) byCheck.set(violation.check, violation)
  }
  return [...byCheck.values()]
}

/** Whether failing a check of `level` keeps an object out of `target`. */
function blocks(level: CheckedLevel, target: Level): boolean {
  return target === 'restricted' || (target === 'baseline' && level === 'baseline')
}

function violationResult(object: ObjectReport, violation: Violation, context: ResultContext): SarifResult {
  const first = violation.locations[0] ?? object.location
  const policy = `"${violation.level}:${context.requestedVersion}"`
  const finding = `${violation.reason}${violation.detail ? ` (${violation.detail})` : ''}`
  // kubectl's words: a Pod is denied, a workload only warned about (its pods are denied later).
  const verdict = object.kind === 'Pod' ? `violates PodSecurity ${policy}` : `would violate PodSecurity ${policy}`
  const path = 'path' in first ? first.path : object.podSpecPath
  // One result per check per object, so the object and check identify it; a container would change as containers are fixed one by one.
  return result(object, context, {
    ruleId: violation.check,
    ruleIndex: context.rules.checkIndex(violation.check, violation.level),
    level: blocks(violation.level, object.gates.admission.level) ? 'error' : 'warning',
    text: `${subjectOf(object)} ${verdict}: ${finding}`,
    range: first,
    subject: '',
    properties: { check: violation.check, checkLevel: violation.level, path, container: containerAt(object, path)?.name ?? null },
  })
}

function problemResult(object: ObjectReport, problem: Problem, context: ResultContext): SarifResult {
  const rejected = problem.severity === 'error'
  return result(object, context, {
    ruleId: problemRuleId(problem.code),
    ruleIndex: context.rules.problemIndex(problem.code),
    level: rejected ? 'error' : 'warning',
    text: `${subjectOf(object)}${rejected ? ' is rejected by the API server' : ''}: ${problem.message}`,
    range: problem,
    subject: stablePath(object, problem.path),
    properties: { code: problem.code, severity: problem.severity, path: problem.path, container: containerAt(object, problem.path)?.name ?? null },
  })
}

function kubeletResult(object: ObjectReport, finding: KubeletFinding, context: ResultContext): SarifResult {
  const kind = kubeletKind(finding)
  const ruleId = kubeletRuleId(kind)
  const container = finding.container === null ? '' : ` container ${JSON.stringify(finding.container)}`
  const text =
    kind === 'refused'
      ? `${subjectOf(object)}: the kubelet refuses to start${container}: ${finding.message}`
      : `${subjectOf(object)}${container}: ${finding.message}`
  return result(object, context, {
    ruleId,
    ruleIndex: context.rules.indexOf(ruleId, () => kubeletRule(kind)),
    level: kind === 'refused' ? 'error' : 'note',
    text,
    range: finding,
    subject: stablePath(object, finding.path),
    properties: { status: finding.status, ...(finding.dependsOn ? { dependsOn: finding.dependsOn } : {}), path: finding.path, container: finding.container },
  })
}

interface ResultParts {
  ruleId: string
  ruleIndex: number
  level: SarifLevel
  text: string
  range: SourceRange
  subject: string
  properties: Record<string, unknown>
}

function result(object: ObjectReport, context: ResultContext, parts: ResultParts): SarifResult {
  const identity: FindingIdentity = { kind: object.kind, namespace: object.namespace, name: object.name, ruleId: parts.ruleId, subject: parts.subject }
  return {
    ruleId: parts.ruleId,
    ruleIndex: parts.ruleIndex,
    level: parts.level,
    message: { text: plainText(parts.text) },
    locations: [location(object.file, parts.range, context.cwd)],
    partialFingerprints: { [FINGERPRINT_KEY]: context.fingerprints.next(object.file, identity) },
    properties: {
      kind: object.kind,
      name: object.name,
      namespace: object.namespace,
      apiVersion: object.apiVersion,
      document: object.document,
      ...(object.item === null ? {} : { item: object.item }),
      policyVersion: context.policyVersion,
      requestedVersion: context.requestedVersion,
      ...parts.properties,
    },
  }
}

/** The result of an input error that has a place in a file (an error with no document is a notification instead, see sarifLog.ts). */
export function inputErrorResult(error: InputError, context: ResultContext): SarifResult {
  const identity: FindingIdentity = { kind: '', namespace: null, name: null, ruleId: INPUT_RULE_ID, subject: `${error.document ?? ''}/${error.item ?? ''}` }
  return {
    ruleId: INPUT_RULE_ID,
    ruleIndex: context.rules.indexOf(INPUT_RULE_ID, inputRule),
    level: 'error',
    message: { text: plainText(error.message) },
    locations: [location(error.file, error, context.cwd)],
    partialFingerprints: { [FINGERPRINT_KEY]: context.fingerprints.next(error.file, identity) },
    properties: { document: error.document, ...(error.item === null || error.item === undefined ? {} : { item: error.item }) },
  }
}

/** `Deployment/web`, with its namespace when it names one. */
function subjectOf(object: ObjectReport): string {
  const name = `${object.kind}/${object.name ?? '(unnamed)'}`
  return object.namespace === null ? name : `${name} in namespace ${object.namespace}`
}

/** The container a dotted path lies in, if any. */
function containerAt(object: ObjectReport, path: string): ContainerReport | undefined {
  return object.containers.find((container) => path === container.path || path.startsWith(`${container.path}.`) || path.startsWith(`${container.path}[`))
}

/** A path with its container's index replaced by the container's name, so reordering containers keeps the identity. */
function stablePath(object: ObjectReport, path: string): string {
  const container = containerAt(object, path)
  if (container === undefined) return path
  return `${container.type} ${JSON.stringify(container.name)}${path.slice(container.path.length)}`
}

/**
 * A SARIF plain-text message: a sentence with a final period, and `[text](target)`, which SARIF
 * reads as a link, escaped when a manifest's text happens to contain one.
 */
function plainText(text: string): string {
  const escaped = /\[[^\]]*\]\(/.test(text) ? text.replace(/[\\[\]]/g, (char) => `\\${char}`) : text
  return /[.!?]$/.test(escaped) ? escaped : `${escaped}.`
}
