/** Pod Security at every policy version of a range, evaluating each check variant once per pod. */
import type { CheckFailure, PodTemplate } from '../model'
import type { CheckedLevel } from '../types'
import type { CheckOutcome, CheckVariant } from './checks/types'
import { podView } from './podView'
import { CHECKS, activeVariant, checksFor } from './registry'

/** A run of consecutive minors in which both levels give the same verdict. */
export interface MatrixRange {
  from: number
  to: number
  allowed: Record<CheckedLevel, boolean>
}

/** How a check's result on this pod differs from the minor before. */
export type ChangeKind = 'added' | 'changed' | 'relaxed'

/** One check whose result on this pod changes at `minor`, with upstream's description of the change. */
export interface MatrixChange {
  minor: number
  check: string
  kind: ChangeKind
  /** What upstream changed at this minor (the variant's `change`). */
  change: string
  /** The failure from this minor on; null when the check now passes. */
  failure: CheckFailure | null
  /** The failure before this minor; null when it passed or did not exist. */
  previous: CheckFailure | null
}

/** The minors at which some check starts or changes variant, ascending. */
const BOUNDARIES: readonly number[] = [...new Set(CHECKS.flatMap((check) => check.variants.map((variant) => variant.minVersion)))].sort((a, b) => a - b)

/** Per boundary, each check whose variant changes there, with the variant before (undefined for a new check). */
const TRANSITIONS = new Map(
  BOUNDARIES.map((minor) => [
    minor,
    CHECKS.flatMap((check) => {
      const variant = activeVariant(check, minor)
      const before = minor > 0 ? activeVariant(check, minor - 1) : undefined
      return variant && variant !== before ? [{ check, variant, before }] : []
    }),
  ]),
)

/** The verdicts of `v1.<from>` … `v1.<to>` compressed into ranges, and every check change that concerns this pod. */
export interface PodMatrix {
  ranges: MatrixRange[]
  changes: MatrixChange[]
}

/**
 * Evaluates a pod (already API-defaulted) at every minor from `from` to `to`. The check list only
 * changes where some variant starts, so each distinct variant runs once on one pod view and each of
 * the 13 segments between boundaries is assembled from those outcomes: about 31 check runs instead of 38 × 19.
 */
export function podMatrix(pod: PodTemplate, from: number, to: number): PodMatrix {
  const view = podView(pod)
  const outcomes = new Map<CheckVariant, CheckFailure | null>()
  const outcomeOf = (id: string, level: CheckedLevel, variant: CheckVariant): CheckFailure | null => {
    let failure = outcomes.get(variant)
    if (failure === undefined) {
      const outcome: CheckOutcome | null = variant.evaluate(view)
      failure = outcome ? { check: id, level, ...outcome } : null
      outcomes.set(variant, failure)
    }
    return failure
  }
  const ranges: MatrixRange[] = []
  const changes: MatrixChange[] = []
  // Between two boundaries every check runs the same variant, so one verdict per segment suffices.
  for (const start of [from, ...BOUNDARIES.filter((minor) => minor > from && minor <= to)]) {
    const allowed = {
      baseline: checksFor('baseline', start).every(({ check, variant }) => !outcomeOf(check.id, check.level, variant)),
      restricted: checksFor('restricted', start).every(({ check, variant }) => !outcomeOf(check.id, check.level, variant)),
    }
    const last = ranges[ranges.length - 1]
    if (!last || last.allowed.baseline !== allowed.baseline || last.allowed.restricted !== allowed.restricted) {
      if (last) last.to = start - 1
      ranges.push({ from: start, to, allowed })
    }
    if (start === from) continue
    for (const { check, variant, before } of TRANSITIONS.get(start) ?? []) {
      const failure = outcomeOf(check.id, check.level, variant)
      const previous = before ? outcomeOf(check.id, check.level, before) : null
      const kind = changeKind(before !== undefined, previous, failure)
      if (kind) changes.push({ minor: start, check: check.id, kind, change: variant.change ?? '', failure, previous })
    }
  }
  return { ranges, changes }
}

function changeKind(existed: boolean, previous: CheckFailure | null, failure: CheckFailure | null): ChangeKind | null {
  if (!existed) return failure ? 'added' : null
  if (previous && !failure) return 'relaxed'
  if (!failure) return null
  // Failing from here on: newly (the rule got stricter for this pod) or with other words.
  return !previous || previous.reason !== failure.reason || previous.detail !== failure.detail ? 'changed' : null
}
