/** Minimal, verified text patches that make an object meet a Pod Security level: per failing check and all at once. */
import { evaluate } from '../evaluate'
import { isAllowedAt } from '../evaluateMerge'
import { parsePolicyVersion } from '../pss'
import type { CheckedLevel, InputError } from '../types'
import { fixCheck, makeLevel, type FixGoal, type ObjectTarget } from './fixObject'
import { textEdits, unifiedDiff } from './lineDiff'
import type { Fix, FixSummary, ObjectFixes, TextEdit, Unfixable } from './types'

export { applyEdits, unifiedDiff } from './lineDiff'
export type { ObjectTarget } from './fixObject'

/** The level (baseline or restricted) and policy version to fix for. */
export interface FixOptions {
  level?: CheckedLevel
  /** `latest` (the default) or `v1.<minor>`. */
  version?: string
}

/** One object after `fixManifest`: what was applied and what could not be. */
export interface FixedObject {
  document: number
  item: number | null
  kind: string
  name: string | null
  /** Whether the object meets the level in the fixed text. */
  allowed: boolean
  fixes: FixSummary[]
  unfixable: Unfixable[]
}

/** The whole text fixed for every object, or the input errors that stopped it. */
export interface FixedManifest {
  /** The fixed text; the input unchanged when there are errors. */
  text: string
  objects: FixedObject[]
  errors: InputError[]
}

const BOM = '\uFEFF'
const DIFF_CONTEXT = 2

/** Every fix for the object at `target`: one per check failing at the level, and the whole patch; null when there is no such object or the version is invalid. */
export function fixObject(text: string, target: ObjectTarget, options: FixOptions = {}): ObjectFixes | null {
  const goal = goalOf(options)
  if (!goal) return null
  // The parser ignores a leading byte-order mark; edits are computed without it and shifted back.
  const bom = text.startsWith(BOM) ? BOM : ''
  const body = text.slice(bom.length)
  const report = evaluate(body, { version: goal.versionLabel })
  const object = report.objects.find((o) => o.document === target.document && o.item === target.item)
  if (!object) return null
  const shift = (edits: TextEdit[]) => edits.map((e) => ({ start: e.start + bom.length, end: e.end + bom.length, text: e.text }))
  const fixes: Fix[] = []
  const unfixable: Unfixable[] = []
  for (const violation of object.levels[goal.level].violations) {
    const fixed = fixCheck(body, target, violation.check, goal)
    if ('reason' in fixed) {
      unfixable.push({ check: violation.check, reason: fixed.reason })
      continue
    }
    const { text: after, ...summary } = fixed
    fixes.push({ ...summary, level: goal.level, edits: shift(textEdits(body, after)), diff: unifiedDiff(body, after, DIFF_CONTEXT) })
  }
  let patch: ObjectFixes['patch'] = null
  if (!object.levels[goal.level].allowed) {
    const whole = makeLevel(body, target, goal)
    patch = {
      level: goal.level,
      allowed: whole.allowed,
      fixes: whole.fixes.map(summaryOf),
      unfixable: whole.unfixable,
      edits: shift(textEdits(body, whole.text)),
      diff: unifiedDiff(body, whole.text, DIFF_CONTEXT),
    }
  }
  return { document: target.document, item: target.item, kind: object.kind, name: object.name, fixes, unfixable, patch }
}

/** Fixes every object of a text to meet the level, object after object; a text with input errors is left as it is. */
export function fixManifest(text: string, options: FixOptions = {}): FixedManifest {
  const goal = goalOf(options)
  const report = evaluate(text, { version: options.version ?? 'latest' })
  if (!goal || report.errors.length > 0) return { text, objects: [], errors: report.errors }
  const bom = text.startsWith(BOM) ? BOM : ''
  let current = text.slice(bom.length)
  const objects: FixedObject[] = []
  for (const object of report.objects) {
    const target = { document: object.document, item: object.item }
    const identity = { ...target, kind: object.kind, name: object.name }
    if (isAllowedAt(object, goal.level)) {
      objects.push({ ...identity, allowed: true, fixes: [], unfixable: [] })
      continue
    }
    const whole = makeLevel(current, target, goal)
    current = whole.text
    objects.push({ ...identity, allowed: whole.allowed, fixes: whole.fixes.map(summaryOf), unfixable: whole.unfixable })
  }
  return { text: bom + current, objects, errors: [] }
}

function summaryOf({ check, path, label, description }: FixSummary): FixSummary {
  return { check, path, label, description }
}

function goalOf(options: FixOptions): FixGoal | null {
  const versionLabel = options.version ?? 'latest'
  const parsed = parsePolicyVersion(versionLabel)
  const level = options.level ?? 'restricted'
  if (!parsed.ok || (level !== 'baseline' && level !== 'restricted')) return null
  return { level, version: parsed.version, versionLabel }
}
