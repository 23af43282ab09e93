/**
 * What-if: one object evaluated as if its pod spec said something else (user namespaces, the other
 * operating system) or as if it had been made to meet a level, computed on a changed copy of its
 * document. The change comes as the text edits that would make it, so applying it later is an
 * ordinary edit of the user's text, and nothing is ever written until then.
 */
import { evaluate } from '../evaluate'
import { LEVEL_NAMES, parsePolicyVersion } from '../pss'
import type { CheckedLevel, ObjectReport } from '../types'
import { documentSpans } from './documentSpans'
import { makeLevel, workloadAt, type ObjectTarget } from './fixObject'
import { lineMapBack, relocatePositions, type Place } from './lineMap'
import { textEdits } from './lineDiff'
import { SourceText } from './sourceText'
import { applyOp } from './textOps'
import type { FixSummary, TextEdit, Unfixable } from './types'

/** A change to look at before making it. */
export type WhatIf =
  /** `spec.hostUsers: false`: the pod in a user namespace (Pod Security relaxes runAsNonRoot and runAsUser for it from v1.35). */
  | { kind: 'hostUsers' }
  /** `spec.os.name`: the pod placed on Windows or Linux nodes (Windows pods skip the Linux-only checks from v1.25). */
  | { kind: 'os'; name: 'linux' | 'windows' }
  /** Every fix the object needs to meet the level, as "Make it <level>" would make them. */
  | { kind: 'level'; level: CheckedLevel }

/** The object as the what-if would have it, and the edits that make the change. */
export interface WhatIfResult {
  /** The edits to the whole text (UTF-16 offsets into the text given), in text order. */
  edits: TextEdit[]
  /** For a level: the fixes it takes, in the order they are made; empty otherwise. */
  fixes: FixSummary[]
  /** For a level: the checks that would still fail, and why. */
  unfixable: Unfixable[]
  /**
   * The object evaluated in the changed text, with every `versions: 'all'` detail; its lines point
   * into the text given (a line the change adds points at where the change starts).
   */
  object: ObjectReport
}

/** Options of {@link whatIf}. */
export interface WhatIfOptions {
  /** `latest` (the default) or `v1.<minor>`. */
  version?: string
}

const BOM = '\uFEFF'

/** A short phrase for a what-if, for banners and messages, e.g. `hostUsers: false`. */
export function describeWhatIf(change: WhatIf): string {
  if (change.kind === 'hostUsers') return 'hostUsers: false'
  if (change.kind === 'os') return `spec.os.name: ${change.name}`
  return `made ${LEVEL_NAMES[change.level]}`
}

/**
 * The object at `target` as if `change` were made to its text; `{ reason }` when the object is not
 * there, the version is invalid, or the change would change nothing (the field already says so,
 * the object already meets the level).
 */
export function whatIf(text: string, target: ObjectTarget, change: WhatIf, options: WhatIfOptions = {}): WhatIfResult | { reason: string } {
  const versionLabel = options.version ?? 'latest'
  const parsed = parsePolicyVersion(versionLabel)
  if (!parsed.ok) return { reason: `${versionLabel} is not a policy version` }
  // As for fixes: only the object's own document is edited and evaluated, offsets shifted past a byte-order mark.
  const bom = text.startsWith(BOM) ? BOM.length : 0
  const body = text.slice(bom)
  const span = documentSpans(body).get(target.document)
  if (!span) return { reason: 'the object is no longer in the text' }
  const own = body.slice(span.start, span.end)
  const local = { document: 0, item: target.item }
  const found = workloadAt(own, local)
  if (!found) return { reason: 'the object is no longer in the text' }

  let after: string
  let fixes: FixSummary[] = []
  let unfixable: Unfixable[] = []
  if (change.kind === 'level') {
    const made = makeLevel(own, local, { level: change.level, version: parsed.version, versionLabel })
    fixes = made.fixes.map(({ check, path, label, description }) => ({ check, path, label, description }))
    unfixable = made.unfixable
    after = made.text
  } else {
    const field = change.kind === 'hostUsers' ? ['hostUsers'] : ['os', 'name']
    const value = change.kind === 'hostUsers' ? false : change.name
    const applied = applyOp(own, 0, { kind: 'set', path: [...found.templatePath, 'spec', ...field], value })
    if (!applied.ok) return { reason: applied.reason }
    after = applied.text
  }
  const ownEdits = textEdits(own, after)
  if (ownEdits.length === 0) {
    const already = change.kind === 'level' ? `it already meets ${LEVEL_NAMES[change.level]}` : `it already says ${describeWhatIf(change)}`
    return { reason: unfixable.length > 0 ? `no fix applies: ${unfixable[0].reason}` : already }
  }
  // A level what-if judges admission at its own level; any other, at the default, as the report it stands beside.
  const level = change.kind === 'level' ? change.level : undefined
  const object = evaluate(after, { version: versionLabel, level, versions: 'all' }).objects.find((o) => o.item === target.item)
  if (!object) return { reason: 'the changed text no longer holds the object' }
  const before = new SourceText(body.slice(0, span.start))
  const firstLine = before.lineCount()
  // A document that shares its first line with another starts mid-line: columns there count from its start.
  const firstColumn = before.column(span.start)
  const back = lineMapBack(own, ownEdits)
  const place = ({ line, column }: Place): Place => {
    const ownLine = back(line)
    return { line: ownLine + firstLine - 1, column: ownLine === 1 ? column + firstColumn : column }
  }
  const shift = (edit: TextEdit): TextEdit => ({ ...edit, start: edit.start + span.start + bom, end: edit.end + span.start + bom })
  return {
    edits: ownEdits.map(shift),
    fixes,
    unfixable,
    object: { ...relocatePositions(object, place), document: target.document },
  }
}
