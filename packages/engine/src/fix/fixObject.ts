/**
 * Fixes for one object: per failing check, the plan applied to the text one operation at a time and
 * verified by evaluating the result; and "make it <level>", which repeats that until the level is met.
 */
import { evaluate } from '../evaluate'
import type { CheckFailure } from '../model'
import { parseManifests } from '../parse'
import { CHECKED_LEVELS, applyApiDefaults, evaluatePodSecurityLevels, type PolicyVersion } from '../pss'
import type { CheckedLevel, FieldPath, Report } from '../types'
import { formatPath } from '../util/paths'
import { extractDocument, type Workload } from '../workloads'
import { PLANNERS, type Plan } from './plans'
import { applyOp, type FixOp } from './textOps'
import type { FixLabel, FixSummary, Unfixable } from './types'

/** Which object of a stream: its document and, inside a List, its item. */
export interface ObjectTarget {
  document: number
  item: number | null
}

/** The level and version a fix aims at. */
export interface FixGoal {
  level: CheckedLevel
  version: PolicyVersion
  /** The version as written, for `evaluate`. */
  versionLabel: string
}

/** A verified fix: the fixed text and what it did. */
export interface AppliedFix extends FixSummary {
  text: string
  alternatives: string[]
}

/** The object at `target` in `text`, with the path of its pod template from the document root. */
export function workloadAt(text: string, target: ObjectTarget): { workload: Workload; templatePath: FieldPath } | null {
  const doc = parseManifests(text).documents.find((d) => d.index === target.document)
  if (!doc) return null
  for (const extracted of extractDocument(doc.value)) {
    if (extracted.type === 'workload' && extracted.item === target.item)
      return { workload: extracted, templatePath: [...extracted.objectPath, ...extracted.templatePath] }
  }
  return null
}

/** The object's failing checks at each level, as admission sees it (after API defaulting). */
function failuresOf(workload: Workload, version: PolicyVersion): Record<CheckedLevel, CheckFailure[]> {
  return evaluatePodSecurityLevels(applyApiDefaults(workload.template, { isPod: workload.kind === 'Pod' }), version)
}

// A fix that leaves its check failing is planned again on its own result: setting a bad pod-level
// seccomp type can leave containers that then need the pod-level default, and so on.
const MAX_ROUNDS = 3

/** Fixes one failing check of the object, or says why it cannot. */
export function fixCheck(text: string, target: ObjectTarget, check: string, goal: FixGoal): AppliedFix | { reason: string } {
  const planner = PLANNERS[check]
  if (!planner) return { reason: `no fix is known for ${check}` }
  let current = text
  let first: (Plan & { path: string }) | null = null
  let label: FixLabel = 'safe'
  const anchors = new Set<string>()
  for (let round = 0; ; round++) {
    const found = workloadAt(current, target)
    if (!found) return { reason: 'the object can no longer be read' }
    const failure = failuresOf(found.workload, goal.version)[goal.level].find((f) => f.check === check)
    if (!failure) break
    if (round === MAX_ROUNDS) return { reason: `${check} still fails after the fix` }
    const plan = planner(failure, found.workload.template)
    if ('reason' in plan) return plan
    if (plan.ops.length === 0) return { reason: `${check} fails for a reason the fixer cannot change` }
    // Paths from the object root, for the summary: a workload's pod template sits under spec.template.
    const objectPrefix = found.workload.templatePath
    first ??= { ...plan, path: formatPath([...objectPrefix, ...plan.ops[0].path]) }
    if (plan.label === 'changes-behaviour') label = 'changes-behaviour'
    for (const op of ordered(plan.ops)) {
      const result = applyOp(current, target.document, { ...op, path: [...found.templatePath, ...op.path] } as FixOp)
      if (!result.ok) return { reason: result.reason }
      current = result.text
      if (result.sharedAnchor) anchors.add(result.sharedAnchor)
    }
  }
  if (!first) return { reason: `${check} does not fail` }
  const harm = newHarm(evaluate(text, { version: goal.versionLabel }), evaluate(current, { version: goal.versionLabel }))
  if (harm) return { reason: `the fix ${harm}` }
  const shared = [...anchors].map((a) => (a.startsWith('a ') ? a : `&${a}`))
  const description =
    shared.length > 0
      ? `${first.description.replace(/\.$/, '')}; it edits ${shared.join(', ')}, so everything that reuses ${shared.length === 1 ? 'it' : 'them'} changes too.`
      : first.description
  return { check, path: first.path, label, description, alternatives: first.alternatives, text: current }
}

/** Every fix the object needs to meet the level, applied one check at a time in upstream order. */
export function makeLevel(text: string, target: ObjectTarget, goal: FixGoal): { text: string; fixes: AppliedFix[]; unfixable: Unfixable[]; allowed: boolean } {
  let current = text
  const fixes: AppliedFix[] = []
  const unfixable: Unfixable[] = []
  for (;;) {
    const found = workloadAt(current, target)
    if (!found) return { text: current, fixes, unfixable: [{ check: '', reason: 'the object can no longer be read' }], allowed: false }
    const failing = failuresOf(found.workload, goal.version)[goal.level]
    const next = failing.find((f) => !unfixable.some((u) => u.check === f.check))
    if (!next) return { text: current, fixes, unfixable, allowed: failing.length === 0 }
    const fixed = fixCheck(current, target, next.check, goal)
    if ('reason' in fixed) unfixable.push({ check: next.check, reason: fixed.reason })
    else {
      fixes.push(fixed)
      current = fixed.text
      // A check refused before may be fixable now (hostNetwork can go once hostProcess has); a verified
      // fix never adds a failing check, so the failing set shrinks and the loop ends.
      unfixable.length = 0
    }
  }
}

/** Sets and appends first, in plan order; then removals, later list items first so earlier indexes stay right. */
function ordered(ops: readonly FixOp[]): FixOp[] {
  const removals = ops.filter((op) => op.kind === 'remove')
  const unique = [...new Map(removals.map((op) => [JSON.stringify(op.path), op])).values()]
  return [...ops.filter((op) => op.kind !== 'remove'), ...unique.sort((a, b) => comparePaths(b.path, a.path))]
}

function comparePaths(a: FieldPath, b: FieldPath): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] === b[i]) continue
    if (typeof a[i] === 'number' && typeof b[i] === 'number') return (a[i] as number) - (b[i] as number)
    return String(a[i]) < String(b[i]) ? -1 : 1
  }
  return a.length - b.length
}

/** What the fixed text has that the original had not: a failing check at any level, an API error, a kubelet refusal, an unreadable document; null when nothing. */
function newHarm(before: Report, after: Report): string | null {
  if (after.errors.length > before.errors.length) return `would make the text unreadable: ${after.errors[0].message}`
  for (const object of after.objects) {
    const old = before.objects.find((o) => o.document === object.document && o.item === object.item)
    if (!old) return 'would change which objects the text holds'
    for (const level of CHECKED_LEVELS) {
      const had = new Set(old.levels[level].violations.map((v) => v.check))
      const added = object.levels[level].violations.find((v) => !had.has(v.check))
      if (added) return `would make ${object.kind} ${JSON.stringify(object.name ?? '')} fail ${added.check} at ${level}`
    }
    const errors = new Set(old.problems.filter((p) => p.severity === 'error').map((p) => `${p.code} ${p.path}`))
    const rejected = object.problems.find((p) => p.severity === 'error' && !errors.has(`${p.code} ${p.path}`))
    if (rejected) return `would make the API server reject it: ${rejected.message}`
    const refusedBefore = new Set(old.gates.kubelet.findings.filter((f) => f.status === 'refused').map((f) => `${f.container} ${f.path}`))
    const refused = object.gates.kubelet.findings.find((f) => f.status === 'refused' && !refusedBefore.has(`${f.container} ${f.path}`))
    if (refused) return `would make the kubelet refuse to start it: ${refused.message}`
  }
  return null
}
