/** Minimal, verified text patches that make an object meet a Pod Security level: per failing check and all at once. */
import { evaluate } from '../evaluate'
import { isAllowedAt } from '../evaluateMerge'
import { parsePolicyVersion } from '../pss'
import type { CheckedLevel, InputError } from '../types'
import { fixCheck, makeLevel, type FixGoal, type ObjectTarget } from './fixObject'
import { textEdits, unifiedDiff } from './lineDiff'
import { documentSpans } from './documentSpans'
import { SourceText } from './sourceText'
import type { Fix, FixSummary, ObjectFixes, TextEdit, Unfixable } from './types'

export { applyEdits, diffLines, unifiedDiff, type DiffLine } from './lineDiff'
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
  const span = documentSpans(body).get(target.document)
  if (!span) return null
  // Fixes work on the object's own document, so their cost does not grow with the rest of the stream.
  const own = body.slice(span.start, span.end)
  const local = { document: 0, item: target.item }
  const object = evaluate(own, { version: goal.versionLabel }).objects.find((o) => o.item === target.item)
  if (!object) return null
  // The diff of the document alone, numbered as lines of the whole text.
  const firstLine = new SourceText(body.slice(0, span.start)).lineCount()
  const diff = (after: string) => unifiedDiff(own, after, DIFF_CONTEXT, 'a', 'b', firstLine)
  const edits = (after: string): TextEdit[] =>
    textEdits(own, after).map((e) => ({ start: e.start + span.start + bom.length, end: e.end + span.start + bom.length, text: e.text }))
  const fixes: Fix[] = []
  const unfixable: Unfixable[] = []
  for (const violation of object.levels[goal.level].violations) {
    const fixed = fixCheck(own, local, violation.check, goal)
    if ('reason' in fixed) {
      unfixable.push({ check: violation.check, reason: fixed.reason })
      continue
    }
    const { text: after, ...summary } = fixed
    fixes.push({ ...summary, level: goal.level, edits: edits(after), diff: diff(after) })
  }
  let patch: ObjectFixes['patch'] = null
  if (!object.levels[goal.level].allowed) {
    const all = makeLevel(own, local, goal)
    patch = {
      level: goal.level,
      allowed: all.allowed,
      fixes: all.fixes.map(summaryOf),
      unfixable: all.unfixable,
      edits: edits(all.text),
      diff: diff(all.text),
    }
  }
  return { document: target.document, item: target.item, kind: object.kind, name: object.name, fixes, unfixable, patch }
}

/** Fixes every object of a text to meet the level, document by document; a text with input errors is left as it is. */
export function fixManifest(text: string, options: FixOptions = {}): FixedManifest {
  const goal = goalOf(options)
  const report = evaluate(text, { version: options.version ?? 'latest' })
  if (!goal || report.errors.length > 0) return { text, objects: [], errors: report.errors }
  const bom = text.startsWith(BOM) ? BOM : ''
  let body = text.slice(bom.length)
  const spans = documentSpans(body)
  const objects: FixedObject[] = []
  // Last document first, so the spans of the ones before stay where they were.
  for (const document of [...new Set(report.objects.map((o) => o.document))].sort((a, b) => b - a)) {
    const span = spans.get(document)
    if (!span) continue
    let own = body.slice(span.start, span.end)
    for (const object of report.objects.filter((o) => o.document === document)) {
      const identity = { document, item: object.item, kind: object.kind, name: object.name }
      if (isAllowedAt(object, goal.level)) {
        objects.push({ ...identity, allowed: true, fixes: [], unfixable: [] })
        continue
      }
      const fixed = makeLevel(own, { document: 0, item: object.item }, goal)
      own = fixed.text
      objects.push({ ...identity, allowed: fixed.allowed, fixes: fixed.fixes.map(summaryOf), unfixable: fixed.unfixable })
    }
    body = body.slice(0, span.start) + own + body.slice(span.end)
  }
  objects.sort((a, b) => a.document - b.document || (a.item ?? -1) - (b.item ?? -1))
  return { text: bom + body, objects, errors: [] }
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
