/** The fixer's public result types: what the app's Fix buttons and `secctx fix --format json` show. Fields may be added, never renamed. */
import type { CheckedLevel } from '../types'

/** safe: hardening the app almost never notices; changes-behaviour: the app may lose something it uses. */
export type FixLabel = 'safe' | 'changes-behaviour'

/** Replace the text in [start, end) (UTF-16 offsets into the text the fix was computed for) with `text`. */
export interface TextEdit {
  start: number
  end: number
  text: string
}

/** What one fix does, without its edits: the CLI's JSON form. */
export interface FixSummary {
  /** Upstream check id the fix makes pass, e.g. `runAsNonRoot`. */
  check: string
  /** Dotted path, from the object root, of the first field the fix changes. */
  path: string
  label: FixLabel
  /** One sentence: what changes and what the app may lose. */
  description: string
}

/** The minimal patch for one failing check, verified by evaluating the patched text. */
export interface Fix extends FixSummary {
  /** The level the check was failing at. */
  level: CheckedLevel
  /** Other ways to fix it, least disruptive first. */
  alternatives: string[]
  /** The edits, in text order, not overlapping. */
  edits: TextEdit[]
  /** The patch as a unified diff with 2 lines of context, for a preview. */
  diff: string
}

/** A check that could not be fixed, and why. */
export interface Unfixable {
  check: string
  reason: string
}

/** Every fix needed for one object to meet a level, as one patch. */
export interface LevelPatch extends Pick<Fix, 'edits' | 'diff'> {
  level: CheckedLevel
  /** Whether the patched object is allowed at the level. */
  allowed: boolean
  /** The fixes applied, in the order they were applied. */
  fixes: FixSummary[]
  /** Checks still failing after the patch. */
  unfixable: Unfixable[]
}

/** The fixes of one object: one per failing check at the level, and the whole patch. */
export interface ObjectFixes {
  document: number
  item: number | null
  kind: string
  name: string | null
  /** One fix per failing check at the level, in upstream check order. */
  fixes: Fix[]
  /** Failing checks with no fix of their own (see `reason`). */
  unfixable: Unfixable[]
  /** Everything at once; null when the object already meets the level. */
  patch: LevelPatch | null
}
